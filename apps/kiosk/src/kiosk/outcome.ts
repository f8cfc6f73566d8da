import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

/**
 * What to do with a queued response after a sending attempt:
 * - `stored`: the server answered with a receipt (a duplicate too): remove it from the queue;
 * - `drop`: the server will never accept it (campaign closed, unknown, not a kiosk campaign, or
 *   answers refused): remove it, with a log line;
 * - `device`: the tablet's token is refused: keep every response and ask for a new token (the
 *   queue is sent with the new one);
 * - `retry`: network down, server unavailable, too many responses sent at once (LIMIT_EXCEEDED, tried
 *   again after the delay the server gives) or any other failure: keep it and try again later.
 */
export type Outcome = 'stored' | 'drop' | 'device' | 'retry';

const DROPPED = new Set(['CAMPAIGN_CLOSED', 'CAMPAIGN_UNKNOWN', 'CAMPAIGN_NOT_KIOSK']);
export const DEVICE_REASONS = new Set(['DEVICE_REVOKED', 'DEVICE_UNKNOWN']);

function extensionsOf(error: unknown): { reason?: unknown; code?: unknown; retryAfterSeconds?: unknown } | undefined {
  const errors = CombinedGraphQLErrors.is(error) ? error.errors : ServerError.is(error) ? parsedErrors(error.bodyText) : [];
  return errors[0]?.extensions as { reason?: unknown; code?: unknown; retryAfterSeconds?: unknown } | undefined;
}

/** The `extensions.reason` (else `extensions.code`) of the first GraphQL error, if any. */
export function refusalOf(error: unknown): string | null {
  const extensions = extensionsOf(error);
  const value = extensions?.reason ?? extensions?.code;
  return typeof value === 'string' ? value : null;
}

/** The delay the server asks for before the next attempt (LIMIT_EXCEEDED's `retryAfterSeconds`), in milliseconds; null when it asks none. */
export function retryAfterOf(error: unknown): number | null {
  const seconds = extensionsOf(error)?.retryAfterSeconds;
  return typeof seconds === 'number' && seconds > 0 ? seconds * 1000 : null;
}

// A refusal may come with an HTTP error status (e.g. 401 for UNAUTHENTICATED): its body still
// carries the GraphQL errors.
function parsedErrors(body: string): { extensions?: unknown }[] {
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: unknown }[] };
    return Array.isArray(parsed.errors) ? parsed.errors : [];
  } catch {
    return [];
  }
}

export function outcomeOf(error: unknown): Outcome {
  const refusal = refusalOf(error);
  if (refusal === null) return 'retry';
  if (DEVICE_REASONS.has(refusal)) return 'device';
  if (DROPPED.has(refusal) || refusal === 'BAD_USER_INPUT') return 'drop';
  return 'retry';
}

/** Delay before the next attempt after `failures` failed rounds: 5 s, doubling, at most 5 min. */
export function retryDelay(failures: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, failures - 1), 300_000);
}
