import { testConfig } from '@qualipref/vitest-config';

// One browser, one platform, tests in order: they share the platform started once per file,
// and the machine may be slow (generous timeouts; no assertion depends on a duration).
export default testConfig({ testTimeout: 180_000, hookTimeout: 300_000, fileParallelism: false });
