import { createRequire } from 'node:module';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type * as QueryComplexity from 'graphql-query-complexity';

// Its CommonJS build, which uses graphql's CommonJS build as Apollo does (its ESM build imports graphql's .mjs files, another
// realm, whose type checks refuse the gateway's schema).
const { getComplexity } = createRequire(import.meta.url)('graphql-query-complexity') as typeof QueryComplexity;
type ComplexityEstimator = QueryComplexity.ComplexityEstimator;
import { DEFAULT_PAGE_SIZE, ErrorCode } from '@qualipref/server-kit';

/**
 * The cost of an operation, with its variables: every field costs 1, and what a field selects
 * under it counts once per item it may return, that is `first` times for a page of a list
 * (`first` read from the literal or from the variable, the server's default page size when
 * absent). `tenants(first: 100) { nodes { directorates(first: 100) { nodes { code } } } }`
 * costs 1 + 100 × (1 + 1 + 100 × (1 + 1)). Fragments count what their selection counts inline,
 * `@skip`/`@include` are applied with the variables.
 */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  if (!field.args.some((a) => a.name === 'first')) return 1 + childComplexity;
  const first = typeof args.first === 'number' && args.first > 0 ? args.first : DEFAULT_PAGE_SIZE;
  return 1 + first * childComplexity;
};

/** Too many fields to visit (fragments spread again and again): refused before counting further. */
const MAX_NODES = 10_000;

/**
 * The cost of the operation Apollo resolved in the document, with the request's variables;
 * null when the variables do not fit the operation (the gateway then refuses them itself,
 * before any subgraph is called).
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {}): number | null {
  // Only this operation and the fragments: a document may hold others, which are not run.
  const query: DocumentNode = { ...document, definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION) };
  try {
    return getComplexity({ schema, query, variables, estimators: [pageEstimator], maxQueryNodes: MAX_NODES });
  } catch (error) {
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) return Number.POSITIVE_INFINITY;
    if (error instanceof GraphQLError) return null;
    throw error;
  }
}

/**
 * Refuses, once the operation is resolved and before its plan runs, an operation that costs
 * more than `maxCost` (HTTP 400 LIMIT_EXCEEDED). Each operation of a batch is counted.
 */
export function costPlugin<TContext extends object>(maxCost: number): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables ?? {});
          if (cost === null || cost <= maxCost) return;
          const shown = Number.isFinite(cost) ? String(cost) : `plus de ${MAX_NODES} champs à parcourir`;
          throw new GraphQLError(`Opération trop coûteuse (coût ${shown}, au plus ${maxCost}) : demandez moins d'éléments par page (first) ou moins de listes imbriquées.`, {
            extensions: { code: ErrorCode.LIMIT_EXCEEDED, cost: Number.isFinite(cost) ? cost : null, maxCost, http: { status: 400 } },
          });
        },
      };
    },
  };
}
