import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError } from 'graphql';
import { integerSetting } from './config.js';
import { ErrorCode } from './errors.js';

/** The limits GraphQL Armor checks on a document: at the gateway, and again in every subgraph. */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
}

/** A subgraph's limits: the document's, and the operations of one batched request. */
export interface SubgraphLimits extends OperationLimits {
  maxBatch: number;
}

/**
 * A subgraph's defaults, sized on what the platform's callers send. The gateway's query plans for
 * every operation of the console, the remotes, the kiosk and the saved GraphiQL queries (148
 * requests, checked by packages/console-e2e) reach depth 7, 3 aliases, no directive, 117 tokens;
 * whatever the gateway accepts (depth 10) reaches at most depth 12 in a subgraph, an `_entities`
 * fetch adding `_entities` and its `... on Type`. The services' own clients send up to 100 aliased
 * lookups (about 2,300 tokens) in one request, and nobody batches.
 */
export function readSubgraphLimits(env: NodeJS.ProcessEnv = process.env): SubgraphLimits {
  return { ...readOperationLimits('SUBGRAPH', { maxDepth: 12, maxAliases: 100, maxDirectives: 10, maxTokens: 4000 }, env), maxBatch: integerSetting(env.SUBGRAPH_MAX_BATCH, 1, 'SUBGRAPH_MAX_BATCH') };
}

/** The document's limits from `<prefix>_MAX_DEPTH`, `_ALIASES`, `_DIRECTIVES` and `_TOKENS`, each with its default. */
export function readOperationLimits(prefix: string, defaults: OperationLimits, env: NodeJS.ProcessEnv = process.env): OperationLimits {
  const setting = (name: string, fallback: number) => integerSetting(env[`${prefix}_MAX_${name}`], fallback, `${prefix}_MAX_${name}`);
  return { maxDepth: setting('DEPTH', defaults.maxDepth), maxAliases: setting('ALIASES', defaults.maxAliases), maxDirectives: setting('DIRECTIVES', defaults.maxDirectives), maxTokens: setting('TOKENS', defaults.maxTokens) };
}

/** GraphQL Armor's Apollo plugins and validation rules for these limits; « Did you mean … » hidden when asked. */
export function armorProtection(limits: OperationLimits, options: { blockFieldSuggestion: boolean }) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, exposeLimits: true },
    maxAliases: { n: limits.maxAliases, exposeLimits: true },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true },
    maxTokens: { n: limits.maxTokens, exposeLimits: true },
    // The cost is the gateway's own (with the variables): Armor's validation rule cannot read them.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: options.blockFieldSuggestion },
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
