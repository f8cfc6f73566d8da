import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import { gql } from 'graphql-tag';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides"])';

export type ReferenceResolver<TContext> = (id: string, context: TContext) => Promise<unknown>;

export interface FederatedSchemaOptions<TContext> {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own resolver class type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type, by id: implement them with a per-request DataLoader. */
  references?: Record<string, ReferenceResolver<TContext>>;
}

/** type-graphql classes to an Apollo Federation v2 subgraph schema. */
export async function buildFederatedSchema<TContext>(options: FederatedSchemaOptions<TContext>): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    skipCheck: true,
    validate: false,
  });
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<TContext>;
  for (const [typeName, resolve] of Object.entries(options.references ?? {})) {
    resolvers[typeName] = {
      ...(resolvers[typeName] as object),
      __resolveReference: (reference: { id: string }, context: TContext) => resolve(reference.id, context),
    } as GraphQLResolverMap<TContext>[string];
  }
  return buildSubgraphSchema([{ typeDefs: gql(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`), resolvers }]);
}

/** The SDL the gateway composes. */
export function subgraphSdl(schema: GraphQLSchema): string {
  return printSubgraphSchema(schema);
}
