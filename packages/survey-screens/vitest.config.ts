import { testConfig } from '@qualipref/vitest-config';

// Components in a DOM (happy-dom).
export default testConfig({ environment: 'happy-dom', include: ['test/**/*.test.{ts,tsx}'] });
