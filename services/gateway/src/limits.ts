import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, integerSetting } from '@qualipref/server-kit';

/**
 * The default cost limit (operationCost, with the variables). Measured on the real operations,
 * each with its largest variables (`first: 100` wherever a variable pages) and, for the apps',
 * the `__typename` Apollo Client adds: the costliest is the console's saved GraphiQL query
 * « ActionsDuPlan » (10 plans × 100 actions), 12,041; the costliest operation of the console,
 * the remotes and the kiosk is mf-drmm's DrmmCommittees, 1,759. A fan-out of three lists of
 * 100 costs about two million.
 */
export const DEFAULT_MAX_COST = 15_000;

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
    maxCost: integerSetting(env.GATEWAY_MAX_COST, DEFAULT_MAX_COST, 'GATEWAY_MAX_COST'),
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
    // The cost is the gateway's own (costPlugin): Armor's validation rule cannot read the variables.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

const ARMOR_MESSAGE = /^Syntax Error: (Query depth|Aliases|Directives|Token) limit of/;

/** Armor reports its refusals as syntax errors: give them the platform's LIMIT_EXCEEDED code. */
export function limitErrorCode(error: GraphQLFormattedError): GraphQLFormattedError {
  if (!ARMOR_MESSAGE.test(error.message)) return error;
  return { ...error, message: error.message.replace(/^Syntax Error: /, ''), extensions: { ...error.extensions, code: ErrorCode.LIMIT_EXCEEDED } };
}


/** A syntax error read by Armor's token counter keeps its nature: a parse failure, not a validation one. */
export function parseErrorCode(error: GraphQLFormattedError): GraphQLFormattedError {
  if (!error.message.startsWith('Syntax Error:') || error.extensions?.code !== 'GRAPHQL_VALIDATION_FAILED') return error;
  return { ...error, extensions: { ...error.extensions, code: 'GRAPHQL_PARSE_FAILED' } };
}
