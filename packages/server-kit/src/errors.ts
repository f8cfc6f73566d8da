import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DriverException, ForeignKeyConstraintViolationException, NotNullConstraintViolationException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { TokenError } from '@qualipref/auth';

/**
 * The error codes of the platform, found in `extensions.code` of every GraphQL error.
 * The supergraph's description of the Query type lists them for analysts.
 */
export enum ErrorCode {
  /** The input is invalid: a value out of range, a missing field, a rule of the domain broken. */
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** No valid token was sent, or it has expired. */
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** The identity may not do this (role, directorate or tenant). */
  FORBIDDEN = 'FORBIDDEN',
  /** No such record, or not visible to this identity. */
  NOT_FOUND = 'NOT_FOUND',
  /** The change clashes with the current state (a duplicate, a frozen record). */
  CONFLICT = 'CONFLICT',
  /** An operation limit of the gateway or of a subgraph was exceeded (depth, aliases, tokens, cost, size, batch), or a rate limit of a public path (then `extensions.retryAfterSeconds`). */
  LIMIT_EXCEEDED = 'LIMIT_EXCEEDED',
  /** Another part of the platform that this answer needs did not answer; retry later. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** Something failed on the server; the message says nothing more, the logs do. */
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** An error of the domain, with a stable code and a message fit to show a user (in French). */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The input field at fault, when there is one. */
    readonly field?: string,
    /** A finer machine-readable reason within the code (e.g. CAMPAIGN_CLOSED), for clients that react to it. */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** LIMIT_EXCEEDED on a public path, with the seconds after which an attempt is accepted again (`extensions.retryAfterSeconds`). */
export class LimitExceeded extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    reason?: string,
  ) {
    super(ErrorCode.LIMIT_EXCEEDED, message, undefined, reason);
  }
}

export const badInput = (message: string, field?: string) => new DomainError(ErrorCode.BAD_USER_INPUT, message, field);
export const forbidden = (message = "Vous n'avez pas le droit d'effectuer cette action.") => new DomainError(ErrorCode.FORBIDDEN, message);
export const notFound = (what: string) => new DomainError(ErrorCode.NOT_FOUND, `${what} introuvable.`);
export const conflict = (message: string, field?: string) => new DomainError(ErrorCode.CONFLICT, message, field);
export const serviceUnavailable = (message: string) => new DomainError(ErrorCode.SERVICE_UNAVAILABLE, message);
/** The FORBIDDEN reason of a change asked by a service identity, which may only read. */
export const READ_ONLY_IDENTITY = 'READ_ONLY_IDENTITY';
export const readOnlyIdentity = () => new DomainError(ErrorCode.FORBIDDEN, 'Cette identité de service ne peut que lire.', undefined, READ_ONLY_IDENTITY);
export const unauthenticated = (message = 'Authentification requise.', reason?: string) => new DomainError(ErrorCode.UNAUTHENTICATED, message, undefined, reason);

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { [ErrorCode.UNAUTHENTICATED]: 401 };

export function toGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: {
      code: error.code,
      ...(error.field ? { field: error.field } : {}),
      ...(error.reason ? { reason: error.reason } : {}),
      ...(error instanceof LimitExceeded ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
      ...(HTTP_STATUS[error.code] ? { http: { status: HTTP_STATUS[error.code] } } : {}),
    },
  });
}

/** Maps a database refusal to the domain's words; null when it is a genuine server fault. */
export function fromDatabaseError(error: unknown): DomainError | null {
  if (error instanceof UniqueConstraintViolationException) return conflict('Un enregistrement identique existe déjà.');
  if (error instanceof ForeignKeyConstraintViolationException) return badInput('Un enregistrement référencé est introuvable.');
  if (error instanceof NotNullConstraintViolationException) return badInput('Une valeur obligatoire manque.');
  // 42501: insufficient privilege, which is how a row-level security policy refuses a write.
  if (error instanceof DriverException && (error as DriverException & { code?: string }).code === '42501') {
    return forbidden("Écriture refusée : l'enregistrement n'appartient pas à votre préfecture ou sous-préfecture.");
  }
  return null;
}

/**
 * Formats every error leaving a subgraph: domain errors keep their code and message, the
 * database's refusals are translated, anything else is masked (logged by the caller).
 */
export function formatError(formatted: GraphQLFormattedError, raw: unknown, onUnexpected: (error: unknown) => void): GraphQLFormattedError {
  const original = unwrapResolverError(raw);
  // A scalar's refusal reaches here wrapped by graphql-js without a path (a variable or a literal
  // that does not parse): following originalError keeps the scalar's own code and message.
  const domain = domainErrorIn(raw);
  if (domain) return withoutStack({ ...formatted, message: domain.message, extensions: toGraphQLError(domain).extensions });
  if (original instanceof TokenError) {
    return withoutStack({ ...formatted, message: original.message, extensions: { code: ErrorCode.UNAUTHENTICATED, reason: original.problem } });
  }
  const fromDb = fromDatabaseError(original);
  if (fromDb) return withoutStack({ ...formatted, message: fromDb.message, extensions: { code: fromDb.code } });
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR) return withoutStack(formatted);
  onUnexpected(original);
  return { message: 'Erreur interne du serveur.', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

/** The domain error at the bottom of a chain of wrapping errors (each keeps the one it wraps as `originalError`), if any. */
export function domainErrorIn(error: unknown): DomainError | null {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { originalError?: unknown }).originalError, depth += 1) {
    if (e instanceof DomainError) return e;
  }
  return null;
}

function withoutStack(error: GraphQLFormattedError): GraphQLFormattedError {
  if (!error.extensions || !('stacktrace' in error.extensions)) return error;
  const { stacktrace: _stack, ...extensions } = error.extensions;
  return { ...error, extensions };
}
