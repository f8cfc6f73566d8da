import { testConfig } from '@qualipref/vitest-config';

export default testConfig();
