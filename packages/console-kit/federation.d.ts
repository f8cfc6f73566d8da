export declare const shared: Record<string, { singleton: boolean; requiredVersion?: string | false }>;
export declare const EXPOSED_MODULE: './Module';
export declare const dedupe: string[];
export { REMOTES } from '@qualipref/platform-registry';
