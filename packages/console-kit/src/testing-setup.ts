// Set-up of every component test (vitest `setupFiles`): `@qualipref/console-kit/testing/setup`.
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The machines are shared and sometimes slow: `findBy…` and `waitFor` wait up to 5 s for what
// the screen shows after its mocked answers (nothing asserts a duration).
configure({ asyncUtilTimeout: 5_000 });

// Each test renders into a fresh document.
afterEach(cleanup);
