export declare const shared: Record<string, { singleton: boolean; requiredVersion?: string | false }>;
export declare const EXPOSED_MODULE: './Module';
export declare const dedupe: string[];
export declare const REMOTES: { app: string; name: string; directorates: string[]; path: string; title: string }[];
