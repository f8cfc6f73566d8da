import { testConfig } from '@qualipref/vitest-config';

// Component tests run in happy-dom (declared per file); the end-to-end test drives Chromium
// against the whole platform, which the machine may start slowly: generous timeouts, files one
// after the other, and no assertion depends on a duration.
export default testConfig({ include: ['test/**/*.test.{ts,tsx}'], testTimeout: 180_000, hookTimeout: 300_000, fileParallelism: false });
