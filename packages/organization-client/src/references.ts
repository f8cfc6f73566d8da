import { Directive, Field, ID, ObjectType } from 'type-graphql';

// The organization service's entities as another subgraph refers to them (Federation v2):
// only the key here; the other subgraphs add their own fields to them with field resolvers.

@ObjectType('Directorate', { description: 'A directorate of a tenant (owned by the organization service).' })
@Directive('@key(fields: "id")')
export class DirectorateRef {
  @Field(() => ID, { description: 'Identifier of the directorate.' })
  id!: string;
}

@ObjectType('Service', { description: 'A service, bureau or mission of a directorate (owned by the organization service).' })
@Directive('@key(fields: "id")')
export class ServiceRef {
  @Field(() => ID, { description: 'Identifier of the service.' })
  id!: string;
}

@ObjectType('Tenant', { description: 'A préfecture or sous-préfecture (owned by the organization service).' })
@Directive('@key(fields: "id")')
export class TenantRef {
  @Field(() => ID, { description: 'Identifier of the tenant.' })
  id!: string;
}

@ObjectType('TenantViewerCan', {
  description:
    'What the caller may do in a tenant, one Boolean per capability, so that the console shows a module before any of its records exists. Each subgraph answers for its own modules with the rules it enforces; objects carry their own viewerCan… fields.',
})
@Directive('@key(fields: "id")')
export class TenantViewerCanRef {
  @Field(() => ID, { description: 'Identifier of the tenant these capabilities are about.' })
  id!: string;
}

@ObjectType('User', { description: 'An agent of the platform (owned by the organization service).' })
@Directive('@key(fields: "id", resolvable: false)')
export class UserRef {
  @Field(() => ID, { description: 'Identifier of the user.' })
  id!: string;
}
