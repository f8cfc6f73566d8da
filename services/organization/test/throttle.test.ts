import { describe, expect, it } from 'vitest';
import { DomainError } from '@qualipref/server-kit';
import { SignInThrottle } from '../src/domain/throttle.js';

describe('sign-in throttle', () => {
  it('refuses an address after too many failures until they leave the window, and forgets them on success', () => {
    let now = 1_000_000;
    const throttle = new SignInThrottle(3, 60_000, () => now);
    const refused = (key: string) => {
      try {
        throttle.assertAllowed(key);
        return null;
      } catch (error) {
        return error instanceof DomainError ? `${error.code}/${error.reason}` : 'other';
      }
    };
    for (let i = 0; i < 3; i++) {
      expect(refused('a@x.fr')).toBeNull();
      throttle.recordFailure('a@x.fr');
      now += 1_000;
    }
    expect(refused('a@x.fr')).toBe('LIMIT_EXCEEDED/TOO_MANY_ATTEMPTS');
    expect(refused('b@x.fr')).toBeNull();
    now += 58_000;
    expect(refused('a@x.fr')).toBeNull();
    throttle.recordFailure('a@x.fr');
    throttle.recordSuccess('a@x.fr');
    throttle.recordFailure('a@x.fr');
    expect(refused('a@x.fr')).toBeNull();
  });
});
