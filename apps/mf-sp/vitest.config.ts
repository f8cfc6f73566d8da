import { dedupe } from '@qualipref/console-kit/federation';
import { testConfig } from '@qualipref/vitest-config';
import { mergeConfig } from 'vitest/config';

// Components in a DOM (happy-dom); one copy of React and Apollo Client, as in the browser.
export default mergeConfig(testConfig({ environment: 'happy-dom', include: ['test/**/*.test.{ts,tsx}'], setupFiles: ['test/setup.ts'] }), { resolve: { dedupe } });
