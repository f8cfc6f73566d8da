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

/** Shared by every subgraph, so that the composed supergraph carries one text. */
export const QUERY_DESCRIPTION = [
  'Everything the Qualipref platform answers. Lists are paged the same way everywhere: `first` (1–100, 20 by default) and `after` (a cursor), returning `edges`, `nodes`, `pageInfo` and `totalCount`.',
  'One convention for each unit, in every subgraph: rates are fractions from 0 to 1 beside their sample size (0.875 is 87.5 %); months are `YYYY-MM` (the `Month` scalar) both ways; dates are `YYYY-MM-DD`; instants are ISO 8601 with their offset (`DateTimeISO`, UTC); durations say their unit in their name (`…Minutes`, `…WorkingDays`, `…Days` for calendar days).',
  '“Today”, deadlines and working days follow the tenant’s clock (its time zone and holiday calendar: Europe/Paris and the Alsace-Moselle holidays for the Moselle). `viewerCan…` fields and `Tenant.viewerCan` say what the caller may do, by the rules the mutations apply.',
  'Send `Authorization: Bearer <token>` (from `signIn`, or from the identity provider). Each error carries a stable `extensions.code`:',
  'BAD_USER_INPUT (invalid input; `extensions.field` names the field; `extensions.reason` INVALID_ID for an ID that is not a UUID, INVALID_DATE for a date that does not exist, INVALID_TEXT for a NUL character or a lone surrogate, TOO_MANY_ITEMS for a list longer than its description allows), UNAUTHENTICATED (no valid token; `extensions.reason` is MISSING, EXPIRED or INVALID; BAD_CREDENTIALS for a refused sign-in),',
  'FORBIDDEN (role, directorate or tenant not allowed; `extensions.reason` READ_ONLY_IDENTITY for any mutation by a service identity), NOT_FOUND (no such record, or not visible to you), CONFLICT (a duplicate, or a frozen record),',
  'LIMIT_EXCEEDED (an operation limit of the gateway: depth, aliases, directives, tokens, cost, batch or size), SERVICE_UNAVAILABLE (another part of the platform that this answer needs did not answer; retry later), INTERNAL_SERVER_ERROR (a fault; the request id finds it in the logs).',
  'Every field of Query is nullable: when the service that owns one does not answer, that field is null with SERVICE_UNAVAILABLE (`extensions.service` names the service) and the other fields are answered.',
].join('\n');

export const MUTATION_DESCRIPTION =
  'Every change of the platform. Each mutation runs in one transaction: when it fails nothing is stored. Each success is recorded in the audit trail of the service that owns the data (who, when, tenant, changed fields).';

function describeRootTypes(schema: GraphQLSchema): void {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = QUERY_DESCRIPTION;
  if (mutation) mutation.description = MUTATION_DESCRIPTION;
}

/** type-graphql classes to an Apollo Federation v2 subgraph schema. */
export async function buildFederatedSchema<TContext>(options: FederatedSchemaOptions<TContext>): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    skipCheck: true,
    validate: false,
  });
  describeRootTypes(schema);
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
