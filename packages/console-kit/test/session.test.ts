import { describe, expect, it } from 'vitest';
import { Session, publicDocumentUrl, type SessionBackend, type StoredSession } from '../src/session.js';

const MINUTE = 60_000;

function fixture(start: number) {
  let now = start;
  const calls: string[] = [];
  const storage = window.sessionStorage;
  storage.clear();
  const session = new Session(storage, () => now);
  let next = 0;
  let failure: Error | null = null;
  const backend: SessionBackend = {
    async refresh(refreshToken) {
      calls.push(`refresh:${refreshToken}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (failure) throw failure;
      next += 1;
      return { token: `t${next}`, expiresAt: new Date(now + 15 * MINUTE).toISOString(), refreshToken: `r${next}`, refreshExpiresAt: new Date(start + 12 * 60 * MINUTE).toISOString() };
    },
    async signOut(refreshToken) {
      calls.push(`signOut:${refreshToken}`);
    },
  };
  session.connect(backend);
  const signIn = (): Omit<StoredSession, 'id'> => ({ token: 't0', expiresAt: new Date(now + 15 * MINUTE).toISOString(), refreshToken: 'r0', refreshExpiresAt: new Date(start + 12 * 60 * MINUTE).toISOString() });
  return {
    session,
    calls,
    signIn,
    advance: (ms: number) => (now += ms),
    fail: (error: Error | null) => (failure = error),
  };
}

describe('session refresh', () => {
  it('uses the token while it is fresh, refreshes it once for all the requests near its end, and keeps the sign-in', async () => {
    const f = fixture(Date.parse('2026-11-30T08:00:00Z'));
    f.session.start(f.signIn());
    const id = f.session.snapshot()!.id;
    expect(await f.session.freshToken()).toBe('t0');
    f.advance(14.5 * MINUTE);
    const tokens = await Promise.all([f.session.freshToken(), f.session.freshToken(), f.session.freshToken()]);
    expect(tokens).toEqual(['t1', 't1', 't1']);
    expect(f.calls).toEqual(['refresh:r0']);
    expect(f.session.snapshot()).toMatchObject({ token: 't1', refreshToken: 'r1', id });
    // A reload of the tab keeps the refreshed session.
    expect(JSON.parse(window.sessionStorage.getItem('qualipref.session')!)).toMatchObject({ token: 't1', id });
  });

  it('ends the session when the refresh is refused, or when the session itself is over', async () => {
    const f = fixture(Date.parse('2026-11-30T08:00:00Z'));
    f.session.start(f.signIn());
    f.advance(16 * MINUTE);
    f.fail(new Error('Cette session a été fermée par sécurité'));
    expect(await f.session.freshToken()).toBeNull();
    expect(f.session.endReason).toBe('expired');

    f.fail(null);
    f.session.start(f.signIn());
    f.advance(12 * 60 * MINUTE);
    expect(await f.session.freshToken()).toBeNull();
    expect(f.calls.filter((c) => c.startsWith('refresh'))).toHaveLength(1);
  });

  it('keeps a still valid token when the network fails, and closes the session on the server at sign-out', async () => {
    const f = fixture(Date.parse('2026-11-30T08:00:00Z'));
    f.session.start(f.signIn());
    f.advance(14.5 * MINUTE);
    f.fail(new Error('Failed to fetch'));
    expect(await f.session.freshToken()).toBe('t0');
    f.session.end('signed-out');
    expect(f.calls).toContain('signOut:r0');
    expect(f.session.snapshot()).toBeNull();
  });
});

describe('public documents', () => {
  it('are plain addresses on the gateway’s origin, whatever the path of its GraphQL endpoint', () => {
    const url = publicDocumentUrl('https://qualipref.example.gouv.fr/graphql');
    expect(url('/public/quality/transparence/t1/2026-T3-v1-A4.pdf')).toBe('https://qualipref.example.gouv.fr/public/quality/transparence/t1/2026-T3-v1-A4.pdf');
  });
});
