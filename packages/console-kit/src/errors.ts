import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';

const BY_CODE: Record<string, string> = {
  UNAUTHENTICATED: 'Votre session a expiré ou n’est pas reconnue : reconnectez-vous.',
  FORBIDDEN: 'Vous n’avez pas les droits nécessaires pour cette action.',
  NOT_FOUND: 'L’élément demandé n’existe pas ou n’est pas visible pour vous.',
  CONFLICT: 'L’élément a été modifié entre-temps : rechargez la page et recommencez.',
  LIMIT_EXCEEDED: 'La requête dépasse les limites autorisées.',
  INTERNAL_SERVER_ERROR: 'Erreur interne du serveur : réessayez dans un instant.',
};

/**
 * A message for the user, in French. The API's own messages for bad input and forbidden actions
 * are already French and precise (e.g. the prior-information rule of the recours gracieux), so
 * they are shown as they come; other codes get a generic sentence.
 */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = first?.extensions?.code as string | undefined;
    if (first && (code === 'BAD_USER_INPUT' || code === 'FORBIDDEN' || code === 'CONFLICT')) return first.message;
    if (code && BY_CODE[code]) return BY_CODE[code];
    return first?.message ?? BY_CODE.INTERNAL_SERVER_ERROR!;
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return BY_CODE.UNAUTHENTICATED!;
    return `Le serveur a répondu avec une erreur (${error.statusCode}) : réessayez dans un instant.`;
  }
  if (ServerParseError.is(error)) return 'Réponse illisible du serveur : réessayez dans un instant.';
  if (error instanceof TypeError) return 'Le serveur est injoignable : vérifiez votre connexion puis réessayez.';
  return error instanceof Error && error.message ? error.message : BY_CODE.INTERNAL_SERVER_ERROR!;
}

/** Whether an error means the session is over (expired or refused token). */
export function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  return ServerError.is(error) && error.statusCode === 401;
}
