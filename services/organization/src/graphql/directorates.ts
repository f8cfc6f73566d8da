import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { ConnectionType, PageArgs, paginate, type Connection } from '@qualipref/server-kit';
import * as useCases from '../domain/directorates.js';
import { ServiceKind } from '../domain/kinds.js';
import { can } from '../domain/policy.js';
import { Directorate, Service, type Tenant } from '../entities/index.js';
import { childPages, type Context } from './context.js';
import { TenantType, loadTenant } from './tenants.js';

// Parameter types under other names than the entity schemas: decorator metadata must see a
// plain type (Object), not the schema value that shares the entity's name.
type DirectorateRow = Directorate;
type ServiceRow = Service;
type TenantRow = Tenant;

registerEnumType(ServiceKind, {
  name: 'ServiceKind',
  description: 'What a unit of a directorate is called.',
  valuesConfig: {
    BUREAU: { description: 'Bureau.' },
    SERVICE: { description: 'Service.' },
    MISSION: { description: 'Mission (e.g. MACAP).' },
    POLE: { description: 'Pôle.' },
    CELLULE: { description: 'Cellule.' },
  },
});

@ObjectType('Directorate', { description: 'A directorate ("direction") of a tenant; it owns its module in the console.' })
@Directive('@key(fields: "id")')
export class DirectorateType {
  @Field(() => ID, { description: 'Identifier of the directorate.' })
  id!: string;

  @Field(() => ID, { description: 'Tenant the directorate belongs to.' })
  tenantId!: string;

  @Field(() => String, { description: 'Acronym, unique in its tenant: DRMM, DCTAJ, DLP…' })
  code!: string;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the directorate does.' })
  description!: string | null;

  @Field(() => Boolean, { description: 'False once the directorate is closed; its records stay.' })
  active!: boolean;

  @Field(() => Date, { description: 'When it was created in the platform.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it was last changed.' })
  updatedAt!: Date;
}

@ObjectType('Service', { description: 'A service, bureau or mission within a directorate (e.g. the MACAP mission of the DRMM).' })
@Directive('@key(fields: "id")')
export class ServiceType {
  @Field(() => ID, { description: 'Identifier of the service.' })
  id!: string;

  @Field(() => ID, { description: 'Tenant the service belongs to.' })
  tenantId!: string;

  @Field(() => String, { description: 'Acronym, unique in its tenant.' })
  code!: string;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => ServiceKind, { description: 'Bureau, service, mission…' })
  kind!: ServiceKind;

  @Field(() => Boolean, { description: 'False once the service is closed.' })
  active!: boolean;

  @Field(() => Date, { description: 'When it was created in the platform.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it was last changed.' })
  updatedAt!: Date;
}

export const DirectorateConnection = ConnectionType(DirectorateType, 'Directorate', 'A page of directorates, by acronym.');
export const ServiceConnection = ConnectionType(ServiceType, 'Service', 'A page of services, by acronym.');


@InputType({ description: 'A new directorate of the administrator’s tenant.' })
export class CreateDirectorateInput {
  @Field(() => String, { description: 'Acronym, unique in the tenant (1–20 letters, digits, - or _).' })
  code!: string;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the directorate does.' })
  description?: string | null;
}

@InputType({ description: 'Changes to a directorate; omitted fields stay as they are.' })
export class UpdateDirectorateInput {
  @Field(() => String, { nullable: true, description: 'New acronym.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New description; an empty string clears it.' })
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Close (false) or reopen (true) the directorate.' })
  active?: boolean | null;
}

@InputType({ description: 'A new service within a directorate of the administrator’s tenant.' })
export class CreateServiceInput {
  @Field(() => ID, { description: 'Directorate the service belongs to.' })
  directorateId!: string;

  @Field(() => String, { description: 'Acronym, unique in the tenant.' })
  code!: string;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => ServiceKind, { description: 'Bureau, service, mission…' })
  kind!: ServiceKind;
}

@InputType({ description: 'Changes to a service; omitted fields stay as they are.' })
export class UpdateServiceInput {
  @Field(() => ID, { nullable: true, description: 'Move the service to this directorate.' })
  directorateId?: string | null;

  @Field(() => String, { nullable: true, description: 'New acronym.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => ServiceKind, { nullable: true, description: 'New kind.' })
  kind?: ServiceKind | null;

  @Field(() => Boolean, { nullable: true, description: 'Close (false) or reopen (true) the service.' })
  active?: boolean | null;
}

export const loadDirectorate = (ctx: Context, id: string) => ctx.loaders.byId<Directorate>(Directorate, 'Directorate').load(id);
export const loadService = (ctx: Context, id: string) => ctx.loaders.byId<Service>(Service, 'Service').load(id);

@Resolver(() => DirectorateType)
export class DirectorateResolver {
  @Query(() => DirectorateConnection, { nullable: true, description: 'Directorates of the readable tenants, by acronym.' })
  directorates(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Only the directorates of this tenant.' }) tenantId?: string | null,
  ): Promise<Connection<Directorate>> {
    return paginate(ctx.em, Directorate, { tenantId: { $in: ctx.readableTenants(tenantId) } }, page, { code: 'asc' });
  }

  @Query(() => DirectorateType, { nullable: true, description: 'One directorate by id; null when unknown or not readable.' })
  directorate(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier of the directorate.' }) id: string): Promise<Directorate | null> {
    ctx.requireIdentity();
    return loadDirectorate(ctx, id);
  }

  @FieldResolver(() => TenantType, { description: 'Tenant of the directorate.' })
  tenant(@Root() directorate: DirectorateRow, @Ctx() ctx: Context) {
    return loadTenant(ctx, directorate.tenantId);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the console opens this directorate\'s module to the caller: to its members, and to the analysts and administrators of the tenants they read, who audit every directorate (what they may change is decided on each action).',
  })
  viewerCanOpenModule(@Root() directorate: DirectorateRow, @Ctx() ctx: Context): boolean {
    return can(ctx.identity, 'directorate.openModule', { tenantId: directorate.tenantId, directorateId: directorate.id });
  }

  @FieldResolver(() => ServiceConnection, { description: 'Services of the directorate, by acronym.' })
  services(@Root() directorate: DirectorateRow, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<Service>> {
    return childPages<Service>(ctx, Service, 'directorate', 'code', directorate.id, page);
  }

  @Mutation(() => DirectorateType, { description: 'Creates a directorate in the caller’s tenant. Administrators only.' })
  createDirectorate(@Ctx() ctx: Context, @Arg('input', () => CreateDirectorateInput, { description: 'The new directorate.' }) input: CreateDirectorateInput) {
    return ctx.run((u) => useCases.createDirectorate(u, input));
  }

  @Mutation(() => DirectorateType, { description: 'Changes a directorate of the caller’s tenant. Administrators only.' })
  updateDirectorate(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Directorate to change.' }) id: string,
    @Arg('input', () => UpdateDirectorateInput, { description: 'The changes.' }) input: UpdateDirectorateInput,
  ) {
    return ctx.run((u) => useCases.updateDirectorate(u, id, input));
  }
}

@Resolver(() => ServiceType)
export class ServiceResolver {
  @Query(() => ServiceConnection, { nullable: true, description: 'Services of the readable tenants, by acronym.' })
  services(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('tenantId', () => ID, { nullable: true, description: 'Only the services of this tenant.' }) tenantId?: string | null,
    @Arg('directorateId', () => ID, { nullable: true, description: 'Only the services of this directorate.' }) directorateId?: string | null,
  ): Promise<Connection<Service>> {
    const where: FilterQuery<Service> = { tenantId: { $in: ctx.readableTenants(tenantId) } };
    if (directorateId) where.directorate = directorateId;
    return paginate(ctx.em, Service, where, page, { code: 'asc' });
  }

  @Query(() => ServiceType, { nullable: true, description: 'One service by id; null when unknown or not readable.' })
  service(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier of the service.' }) id: string): Promise<Service | null> {
    ctx.requireIdentity();
    return loadService(ctx, id);
  }

  @FieldResolver(() => TenantType, { description: 'Tenant of the service.' })
  tenant(@Root() service: ServiceRow, @Ctx() ctx: Context) {
    return loadTenant(ctx, service.tenantId);
  }

  @FieldResolver(() => DirectorateType, { description: 'Directorate the service belongs to.' })
  directorate(@Root() service: ServiceRow, @Ctx() ctx: Context) {
    return loadDirectorate(ctx, service.directorate.id);
  }

  @Mutation(() => ServiceType, { description: 'Creates a service in a directorate of the caller’s tenant. Administrators only.' })
  createService(@Ctx() ctx: Context, @Arg('input', () => CreateServiceInput, { description: 'The new service.' }) input: CreateServiceInput) {
    return ctx.run((u) => useCases.createService(u, input));
  }

  @Mutation(() => ServiceType, { description: 'Changes a service of the caller’s tenant. Administrators only.' })
  updateService(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Service to change.' }) id: string,
    @Arg('input', () => UpdateServiceInput, { description: 'The changes.' }) input: UpdateServiceInput,
  ) {
    return ctx.run((u) => useCases.updateService(u, id, input));
  }
}

/** The directorates of a tenant: a field of Tenant kept in this room, after the tenant's own fields. */
@Resolver(() => TenantType)
export class TenantDirectoratesResolver {
  @FieldResolver(() => DirectorateConnection, { description: 'The directorates of the tenant, by acronym.' })
  directorates(@Root() tenant: TenantRow, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<Directorate>> {
    return childPages<Directorate>(ctx, Directorate, 'tenantId', 'code', tenant.id, page);
  }
}
