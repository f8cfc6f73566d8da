import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { ConnectionType, PageArgs, paginate, type Connection } from '@qualipref/server-kit';
import { PrefectTitle, TenantKind } from '../domain/kinds.js';
import { stateBlockLines } from '../domain/state-block.js';
import { can } from '../domain/policy.js';
import { Tenant } from '../entities/index.js';
import type { Context } from './context.js';

// Parameter types under other names than the entity schemas: decorator metadata must see a
// plain type (Object), not the schema value that shares the entity's name.
type TenantRow = Tenant;

registerEnumType(TenantKind, {
  name: 'TenantKind',
  description: 'Whether a tenant is the préfecture or a sous-préfecture.',
  valuesConfig: {
    PREFECTURE: { description: 'The préfecture (Metz), which may look across its sous-préfectures.' },
    SOUS_PREFECTURE: { description: 'A sous-préfecture (Forbach, Thionville).' },
  },
});
registerEnumType(PrefectTitle, {
  name: 'PrefectTitle',
  description: 'How the State\'s block names the prefect of the département.',
  valuesConfig: {
    PREFET: { description: '« PRÉFET », e.g. « PRÉFET DE LA MOSELLE ».' },
    PREFETE: { description: '« PRÉFÈTE », e.g. « PRÉFÈTE DU BAS-RHIN ».' },
  },
});

@ObjectType('StateBlock', {
  description:
    'The State\'s block that heads the tenant\'s documents and public pages, under the bloc-marque « RÉPUBLIQUE FRANÇAISE »: the prefect of the département, and for a sous-préfecture its own name beneath.',
})
export class StateBlockType {
  @Field(() => [String], { description: 'The lines in print order, e.g. « PRÉFET DE LA MOSELLE » then « Sous-préfecture de Forbach ».' })
  lines!: string[];
}

@ObjectType('Tenant', { description: 'A préfecture or sous-préfecture: each has its own data, users and settings.' })
@Directive('@key(fields: "id")')
export class TenantType {
  @Field(() => ID, { description: 'Identifier of the tenant.' })
  id!: string;

  @Field(() => String, { description: 'Short stable code: metz, forbach, thionville.' })
  code!: string;

  @Field(() => TenantKind, { description: 'Préfecture or sous-préfecture.' })
  kind!: TenantKind;

  @Field(() => String, { description: 'Name shown in the console header, e.g. « Préfecture de la Moselle ».' })
  name!: string;

  @Field(() => String, { description: 'City of the seat.' })
  city!: string;

  @Field(() => ID, { nullable: true, description: 'For a sous-préfecture, the préfecture it belongs to.' })
  parentId!: string | null;

  @Field(() => String, { nullable: true, description: 'The publishing authority of the platform\'s pages for this tenant (mentions légales), e.g. « Préfecture de la Moselle »; null until recorded.' })
  publisherName!: string | null;

  @Field(() => String, { nullable: true, description: 'The director of publication, by office, e.g. « Le préfet de la Moselle »; null until recorded.' })
  publicationDirector!: string | null;

  @Field(() => String, { nullable: true, description: 'The publishing authority\'s postal address, lines separated by newlines; null until recorded.' })
  postalAddress!: string | null;

  @Field(() => PrefectTitle, { nullable: true, description: 'The prefect\'s title as the State\'s block prints it (préfet or préfète); null until recorded.' })
  prefectTitle!: PrefectTitle | null;

  @Field(() => String, { nullable: true, description: 'The département with its article, as the State\'s block reads after the title: « de la Moselle », « du Bas-Rhin », « des Vosges », « de l\'Ain »; null until recorded.' })
  departementWithArticle!: string | null;
}

/** What the legal pages show of a tenant, to anyone: no sign-in is needed to read who publishes a page. */
@ObjectType('TenantPublisher', { description: 'Who publishes the platform\'s pages for one tenant (mentions légales), readable without signing in.' })
export class TenantPublisherType {
  @Field(() => ID, { description: 'Identifier of the tenant.' })
  id!: string;

  @Field(() => String, { description: 'Short stable code of the tenant: metz, forbach, thionville.' })
  code!: string;

  @Field(() => TenantKind, { description: 'Préfecture or sous-préfecture.' })
  kind!: TenantKind;

  @Field(() => String, { description: 'Name of the tenant, e.g. « Sous-préfecture de Forbach ».' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The publishing authority, e.g. « Préfecture de la Moselle »; null until recorded.' })
  publisherName!: string | null;

  @Field(() => String, { nullable: true, description: 'The director of publication, by office, e.g. « Le préfet de la Moselle »; null until recorded.' })
  publicationDirector!: string | null;

  @Field(() => String, { nullable: true, description: 'The publishing authority\'s postal address, lines separated by newlines; null until recorded.' })
  postalAddress!: string | null;
}

/** Owned by no subgraph alone: each adds the capabilities of its own modules (the key is the tenant's id). */
@ObjectType('TenantViewerCan', {
  description:
    'What the caller may do in a tenant, one Boolean per capability, so that the console shows a module before any of its records exists. Each subgraph answers for its own modules with the rules it enforces; objects carry their own viewerCan… fields.',
})
@Directive('@key(fields: "id")')
export class TenantViewerCanType {
  @Field(() => ID, { description: 'Identifier of the tenant these capabilities are about.' })
  id!: string;
}

export const TenantConnection = ConnectionType(TenantType, 'Tenant', 'A page of tenants.');
export const TenantPublisherConnection = ConnectionType(TenantPublisherType, 'TenantPublisher', 'A page of tenants\' publishers.');

export const loadTenant = (ctx: Context, id: string) => ctx.loaders.byId<Tenant>(Tenant, 'Tenant').load(id);

/** A tenant is visible only to identities that may read it (tenants are not under RLS). */
async function visibleTenant(ctx: Context, id: string): Promise<Tenant | null> {
  const identity = ctx.requireIdentity();
  return identity.readableTenantIds.includes(id) ? loadTenant(ctx, id) : null;
}

@Resolver(() => TenantType)
export class TenantResolver {
  @Query(() => TenantConnection, { nullable: true, description: 'The tenants the caller may read: their own, or all three for a préfecture analyst.' })
  tenants(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<Tenant>> {
    const identity = ctx.requireIdentity();
    return paginate(ctx.em, Tenant, { id: { $in: identity.readableTenantIds } }, page, { code: 'asc' });
  }

  @Query(() => TenantPublisherConnection, {
    nullable: true,
    description: 'Who publishes the platform\'s pages of every tenant, préfecture first then by code, for the console\'s mentions légales: public, no sign-in needed.',
  })
  tenantPublishers(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<Tenant>> {
    return paginate(ctx.em, Tenant, {}, page, { kind: 'asc', code: 'asc' });
  }

  @Query(() => TenantType, { nullable: true, description: 'One tenant by id; null when unknown or not readable by the caller.' })
  tenant(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier of the tenant.' }) id: string): Promise<Tenant | null> {
    return visibleTenant(ctx, id);
  }

  @FieldResolver(() => String, {
    description:
      'IANA time zone of the tenant\'s clock (Europe/Paris for the three tenants of the Moselle): its « today », its dates, and the dates and times typed in the console are read in it.',
  })
  timeZone(@Root() tenant: TenantRow, @Ctx() ctx: Context): string {
    return ctx.clockOf(tenant.id).timeZone;
  }

  @FieldResolver(() => StateBlockType, {
    nullable: true,
    description: 'The State\'s block of the tenant\'s documents and public pages (« PRÉFET DE LA MOSELLE », then the sous-préfecture\'s name for one); null until the prefect\'s title and the département are recorded.',
  })
  stateBlock(@Root() tenant: TenantRow): StateBlockType | null {
    const lines = stateBlockLines(tenant);
    return lines ? { lines } : null;
  }

  @FieldResolver(() => TenantViewerCanType, { description: 'What the caller may do in this tenant.' })
  viewerCan(@Root() tenant: TenantRow): TenantViewerCanType {
    return { id: tenant.id };
  }

  @FieldResolver(() => TenantType, { nullable: true, description: 'For a sous-préfecture, its préfecture (when readable).' })
  parent(@Root() tenant: TenantRow, @Ctx() ctx: Context): Promise<Tenant | null> {
    return tenant.parentId ? visibleTenant(ctx, tenant.parentId) : Promise.resolve(null);
  }
}

@Resolver(() => TenantViewerCanType)
export class TenantViewerCanResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the caller manages the tenant\'s organization: its directorates, services and users (its administrators).' })
  manageOrganization(@Root() capabilities: TenantViewerCanType, @Ctx() ctx: Context): boolean {
    return can(ctx.identity, 'organization.manage', { tenantId: capabilities.id });
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the caller analyses the tenant\'s data with their own GraphQL queries (its analysts and administrators, and the préfecture\'s for its sous-préfectures): the console opens its query editor to them.',
  })
  analyseData(@Root() capabilities: TenantViewerCanType, @Ctx() ctx: Context): boolean {
    return can(ctx.identity, 'data.analyse', { tenantId: capabilities.id });
  }
}
