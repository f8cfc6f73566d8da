import { CombinedGraphQLErrors } from '@apollo/client';
import { refusalOf } from './kiosk/outcome.js';

/** The API's own French message for a refused input (BAD_USER_INPUT), else null. */
export function badInputMessage(error: unknown): string | null {
  return CombinedGraphQLErrors.is(error) && refusalOf(error) === 'BAD_USER_INPUT' ? (error.errors[0]?.message ?? null) : null;
}
