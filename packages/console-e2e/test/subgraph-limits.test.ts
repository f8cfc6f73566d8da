import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Supergraph, operationFromDocument } from '@apollo/federation-internals';
import { QueryPlanner, type PlanNode, type SubscriptionNode } from '@apollo/query-planner';
import type * as GraphQL from 'graphql';
import { describe, expect, it } from 'vitest';
import { armorProtection, readSubgraphLimits } from '@qualipref/server-kit';
import { appOperations } from './operations.js';

// graphql's CommonJS build, the one the query planner and GraphQL Armor use (its ESM build is another realm).
const { Lexer, Source, TokenKind, buildSchema, parse, print, validate } = createRequire(import.meta.url)('graphql') as typeof GraphQL;

/** Every request a query plan sends to a subgraph. */
function fetches(node: PlanNode | SubscriptionNode | undefined): { serviceName: string; operation: string }[] {
  if (!node) return [];
  switch (node.kind) {
    case 'Fetch':
      return [{ serviceName: node.serviceName, operation: node.operation }];
    case 'Subscription':
      return [...fetches(node.primary), ...fetches(node.rest)];
    case 'Sequence':
    case 'Parallel':
      return node.nodes.flatMap(fetches);
    case 'Flatten':
      return fetches(node.node);
    case 'Condition':
      return [...fetches(node.ifClause), ...fetches(node.elseClause)];
    case 'Defer':
      return [...fetches(node.primary.node), ...node.deferred.flatMap((d) => fetches(d.node))];
  }
}

/** The least value of one limit that Armor lets the request through with (the others out of the way), up to `upTo`. */
function measured(schema: GraphQL.GraphQLSchema, document: GraphQL.DocumentNode, limit: 'maxDepth' | 'maxAliases' | 'maxDirectives', upTo: number): number {
  const wide = { maxDepth: 1000, maxAliases: 1000, maxDirectives: 1000, maxTokens: 100_000 };
  for (let n = 0; n < upTo; n++) if (validate(schema, document, armorProtection({ ...wide, [limit]: n }, { blockFieldSuggestion: true }).validationRules).length === 0) return n;
  return upTo;
}

/** The tokens GraphQL Armor counts (every one but the end). */
function tokens(query: string): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

describe('the requests the gateway sends the subgraphs for the apps’ operations', () => {
  it('all pass the subgraphs’ limits (depth with the _entities levels, aliases, directives, tokens)', async ({ annotate }) => {
    const supergraph = Supergraph.build(await readFile(fileURLToPath(new URL('../../../services/gateway/supergraph.graphql', import.meta.url)), 'utf8'));
    const planner = new QueryPlanner(supergraph);
    const limits = readSubgraphLimits({});
    const rules = armorProtection(limits, { blockFieldSuggestion: true }).validationRules;
    // The limits' rules read the document only: any schema carries them.
    const schema = buildSchema('type Query { unused: Int }');
    const highest = { depth: 0, aliases: 0, directives: 0, tokens: 0 };
    let requests = 0;
    let entityRequests = 0;
    for (const { name, document } of await appOperations()) {
      const plan = planner.buildQueryPlan(operationFromDocument(supergraph.apiSchema(), parse(print(document as never))));
      for (const fetch of fetches(plan.node)) {
        requests += 1;
        if (fetch.operation.includes('_entities(')) entityRequests += 1;
        const sent = parse(fetch.operation);
        const errors = validate(schema, sent, rules).map((e) => e.message);
        expect(errors, `${name} → ${fetch.serviceName}: ${fetch.operation}`).toEqual([]);
        highest.depth = Math.max(highest.depth, measured(schema, sent, 'maxDepth', limits.maxDepth));
        highest.aliases = Math.max(highest.aliases, measured(schema, sent, 'maxAliases', limits.maxAliases));
        highest.directives = Math.max(highest.directives, measured(schema, sent, 'maxDirectives', limits.maxDirectives));
        const count = tokens(fetch.operation);
        expect(count, `${name} → ${fetch.serviceName}: ${fetch.operation}`).toBeLessThanOrEqual(limits.maxTokens);
        highest.tokens = Math.max(highest.tokens, count);
      }
    }
    expect(requests).toBeGreaterThan(100);
    expect(entityRequests).toBeGreaterThan(10);
    // The figures the defaults are sized on (README, « Security »), in the test report.
    await annotate(JSON.stringify({ requests, entityRequests, highest }));
  });
});
