import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';

const BY_CODE: Record<string, string> = {
  UNAUTHENTICATED: 'Votre session a expiré ou n’est pas reconnue : reconnectez-vous.',
  FORBIDDEN: 'Vous n’avez pas les droits nécessaires pour cette action.',
  NOT_FOUND: 'L’élément demandé n’existe pas ou n’est pas visible pour vous.',
  CONFLICT: 'L’élément a été modifié entre-temps : rechargez la page et recommencez.',
  LIMIT_EXCEEDED: 'La requête dépasse les limites autorisées.',
  SERVICE_UNAVAILABLE: 'Une partie de la plateforme ne répond pas : réessayez dans un instant.',
  INTERNAL_SERVER_ERROR: 'Erreur interne du serveur : réessayez dans un instant.',
};

const UNREACHABLE = 'Le serveur est injoignable : vérifiez votre connexion puis réessayez.';
const TIMED_OUT = 'Le serveur n’a pas répondu à temps : réessayez dans un instant.';

/** Codes whose message the API writes for the user, in French and precise (e.g. the prior-information rule of the recours gracieux). */
const OWN_MESSAGE = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'CONFLICT']);
/**
 * Reasons whose message the API writes for the user under a code whose usual sentence would be
 * wrong: a wrong password is not an expired session, a throttled address is not a heavy query.
 */
const OWN_MESSAGE_REASONS = new Set(['BAD_CREDENTIALS', 'TOO_MANY_ATTEMPTS']);

interface ApiError {
  message: string;
  extensions?: Record<string, unknown>;
}

/**
 * The GraphQL errors of a response refused with an HTTP error status: the gateway answers a
 * refused sign-in with 401 and the errors in the body, which Apollo Client gives as a ServerError.
 */
function errorsInBody(error: ServerError): ApiError[] {
  try {
    const body = JSON.parse(error.bodyText) as { errors?: ApiError[] };
    return Array.isArray(body.errors) ? body.errors : [];
  } catch {
    return [];
  }
}

function fromApiErrors(errors: readonly ApiError[]): string | null {
  const first = errors[0];
  if (!first) return null;
  const code = first.extensions?.code as string | undefined;
  const reason = first.extensions?.reason as string | undefined;
  if ((code && OWN_MESSAGE.has(code)) || (reason && OWN_MESSAGE_REASONS.has(reason))) return first.message;
  // Anything else (a library's English words, a subgraph's fault) gets the code's French sentence.
  return BY_CODE[code ?? ''] ?? BY_CODE.INTERNAL_SERVER_ERROR!;
}

/**
 * A message for the user, in French. The API's own messages for bad input, forbidden actions and
 * refused credentials are already French and precise, so they are shown as they come; other
 * codes, and the browser's network failures (in the browser's language), get a French sentence.
 */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return fromApiErrors(error.errors) ?? BY_CODE.INTERNAL_SERVER_ERROR!;
  if (ServerError.is(error)) {
    const fromBody = fromApiErrors(errorsInBody(error));
    if (fromBody) return fromBody;
    if (error.statusCode === 401) return BY_CODE.UNAUTHENTICATED!;
    return `Le serveur a répondu avec une erreur (${error.statusCode}) : réessayez dans un instant.`;
  }
  if (ServerParseError.is(error)) return 'Réponse illisible du serveur : réessayez dans un instant.';
  // fetch fails with a TypeError in the browser's words (« Failed to fetch », « NetworkError… »,
  // « Load failed »), and AbortSignal.timeout with a DOMException named TimeoutError.
  if (error instanceof TypeError) return UNREACHABLE;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return TIMED_OUT;
  // By name, not instanceof: a remote's bundle has its own copy of this module.
  if (error instanceof Error && error.name === 'FrenchError' && error.message) return error.message;
  return BY_CODE.INTERNAL_SERVER_ERROR!;
}

/** An error of the console's own code whose message is written for the user, in French. */
export class FrenchError extends Error {
  override name = 'FrenchError';
}

/** Whether an error means the session is over (expired or refused token), not a refused sign-in. */
export function isUnauthenticated(error: unknown): boolean {
  const ended = (errors: readonly ApiError[]) => errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED' && e.extensions?.reason !== 'BAD_CREDENTIALS');
  if (CombinedGraphQLErrors.is(error)) return ended(error.errors);
  if (!ServerError.is(error) || error.statusCode !== 401) return false;
  const body = errorsInBody(error);
  return body.length === 0 || ended(body);
}
