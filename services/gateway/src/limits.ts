import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, integerSetting } from '@qualipref/server-kit';

/** Operation limits of the gateway, each settable from the environment. */
export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
  maxBatch: number;
  maxBodyBytes: number;
}

export function readLimits(env: NodeJS.ProcessEnv = process.env): Limits {
  return {
    maxDepth: integerSetting(env.GATEWAY_MAX_DEPTH, 10, 'GATEWAY_MAX_DEPTH'),
    maxAliases: integerSetting(env.GATEWAY_MAX_ALIASES, 15, 'GATEWAY_MAX_ALIASES'),
    maxDirectives: integerSetting(env.GATEWAY_MAX_DIRECTIVES, 10, 'GATEWAY_MAX_DIRECTIVES'),
    maxTokens: integerSetting(env.GATEWAY_MAX_TOKENS, 3000, 'GATEWAY_MAX_TOKENS'),
    // The console's costliest operation as Apollo Client sends it (each selection with its __typename) costs about 6,100; a nested fan-out of lists costs millions.
    maxCost: integerSetting(env.GATEWAY_MAX_COST, 8000, 'GATEWAY_MAX_COST'),
    maxBatch: integerSetting(env.GATEWAY_MAX_BATCH, 10, 'GATEWAY_MAX_BATCH'),
    maxBodyBytes: integerSetting(env.GATEWAY_MAX_BODY_BYTES, 2_000_000, 'GATEWAY_MAX_BODY_BYTES'),
  };
}

/** GraphQL Armor's Apollo plugins and validation rules for these limits. */
export function armor(limits: Limits) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, exposeLimits: true },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
    maxTokens: { n: limits.maxTokens, exposeLimits: true },
    // A fragment spread costs what its selection costs inline: the console builds its operations from fragments.
    costLimit: { maxCost: limits.maxCost, exposeLimits: true, flattenFragments: true },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

const ARMOR_MESSAGE = /^Syntax Error: (Query depth|Aliases|Directives|Token|Query Cost) limit of/;

/** Armor reports its refusals as syntax errors: give them the platform's LIMIT_EXCEEDED code. */
export function limitErrorCode(error: GraphQLFormattedError): GraphQLFormattedError {
  if (!ARMOR_MESSAGE.test(error.message)) return error;
  return { ...error, message: error.message.replace(/^Syntax Error: /, ''), extensions: { ...error.extensions, code: ErrorCode.LIMIT_EXCEEDED } };
}
