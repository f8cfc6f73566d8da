import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { outcomeOf, retryAfterOf, retryDelay } from '../src/kiosk/outcome.js';
import { newClientId } from '../src/kiosk/queue.js';

const refused = (code: string, reason?: string) => new CombinedGraphQLErrors({ errors: [{ message: 'refus', extensions: { code, ...(reason ? { reason } : {}) } }], data: null });

describe('what the kiosk does with a queued response after an attempt', () => {
  it('keeps every response and asks for a new token when the device is refused', () => {
    expect(outcomeOf(refused('FORBIDDEN', 'DEVICE_REVOKED'))).toBe('device');
    expect(outcomeOf(refused('UNAUTHENTICATED', 'DEVICE_UNKNOWN'))).toBe('device');
  });

  it('reads the refusal from an HTTP error status too (401 with the GraphQL errors in its body)', () => {
    const body = JSON.stringify({ errors: [{ message: 'inconnue', extensions: { code: 'UNAUTHENTICATED', reason: 'DEVICE_UNKNOWN' } }], data: null });
    expect(outcomeOf(new ServerError('401', { response: new Response(body, { status: 401 }), bodyText: body }))).toBe('device');
    expect(outcomeOf(new ServerError('502', { response: new Response('Bad Gateway', { status: 502 }), bodyText: 'Bad Gateway' }))).toBe('retry');
  });

  it('drops a response the server will never accept', () => {
    expect(outcomeOf(refused('CONFLICT', 'CAMPAIGN_CLOSED'))).toBe('drop');
    expect(outcomeOf(refused('NOT_FOUND', 'CAMPAIGN_UNKNOWN'))).toBe('drop');
    expect(outcomeOf(refused('BAD_USER_INPUT'))).toBe('drop');
  });

  it('retries after a network failure or a server error', () => {
    expect(outcomeOf(new TypeError('Failed to fetch'))).toBe('retry');
    expect(outcomeOf(refused('INTERNAL_SERVER_ERROR'))).toBe('retry');
    expect(outcomeOf(refused('CONFLICT', 'CAMPAIGN_NOT_OPEN'))).toBe('retry');
  });

  it('keeps a response refused for coming too soon, and reads the delay the server gives, from a 429 too', () => {
    const limited = new CombinedGraphQLErrors({ errors: [{ message: 'trop tôt', extensions: { code: 'LIMIT_EXCEEDED', reason: 'TOO_MANY_SUBMISSIONS', retryAfterSeconds: 6 } }], data: null });
    expect(outcomeOf(limited)).toBe('retry');
    expect(retryAfterOf(limited)).toBe(6_000);
    const body = JSON.stringify({ errors: limited.errors, data: null });
    expect(retryAfterOf(new ServerError('429', { response: new Response(body, { status: 429 }), bodyText: body }))).toBe(6_000);
    expect(retryAfterOf(new TypeError('Failed to fetch'))).toBeNull();
  });

    it('waits longer after each failed round: 5 s doubling, at most 5 minutes', () => {
    expect([1, 2, 3, 4, 10, 30].map(retryDelay)).toEqual([5_000, 10_000, 20_000, 40_000, 300_000, 300_000]);
  });

  it('makes client ids the API accepts, all different', () => {
    const ids = Array.from({ length: 50 }, newClientId);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{8,100}$/);
    expect(new Set(ids).size).toBe(50);
  });
});
