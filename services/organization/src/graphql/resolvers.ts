import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, InputType, Field } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { Role } from '@qualipref/auth';
import { PageArgs, badInput, forbidden, notFound, paginate, paginateChildren, type Connection, type RequestContext } from '@qualipref/server-kit';
import { Directorate, Service, Tenant, User } from '../entities/index.js';

// Parameter types under other names than the entity schemas: decorator metadata must see a
// plain type (Object), not the schema value that shares the entity's name.
type TenantRow = Tenant;
type DirectorateRow = Directorate;
type ServiceRow = Service;
type UserRow = User;
import * as useCases from '../domain/use-cases.js';
import type { OrganizationApp } from '../app.js';
import {
  CreateDirectorateInput,
  CreateServiceInput,
  CreateUserInput,
  DirectorateConnection,
  DirectorateType,
  ServiceConnection,
  ServiceType,
  SignInPayload,
  TenantConnection,
  TenantType,
  UpdateDirectorateInput,
  UpdateServiceInput,
  UpdateUserInput,
  UserConnection,
  UserType,
} from './types.js';

type Context = RequestContext<OrganizationApp>;

const sessionSettings = (ctx: Context): useCases.SessionSettings => ({ issuer: ctx.app.issuer, throttle: ctx.app.signInThrottle, sessionSeconds: ctx.app.sessionSeconds });

export const loadTenant = (ctx: Context, id: string) => ctx.loaders.byId<Tenant>(Tenant, 'Tenant').load(id);
export const loadDirectorate = (ctx: Context, id: string) => ctx.loaders.byId<Directorate>(Directorate, 'Directorate').load(id);
export const loadService = (ctx: Context, id: string) => ctx.loaders.byId<Service>(Service, 'Service').load(id);
export const loadUser = (ctx: Context, id: string) => ctx.loaders.byId<User>(User, 'User').load(id);

/** A tenant is visible only to identities that may read it (tenants are not under RLS). */
async function visibleTenant(ctx: Context, id: string): Promise<Tenant | null> {
  const identity = ctx.requireIdentity();
  return identity.readableTenantIds.includes(id) ? loadTenant(ctx, id) : null;
}

function childPages<T extends { id: string }>(ctx: Context, entity: typeof Directorate | typeof Service | typeof User, parent: string, orderBy: string, parentId: string, page: PageArgs) {
  const key = `children:${entity.meta.className}:${parent}:${page.first}:${page.after ?? ''}`;
  return ctx.loaders
    .get<string, Connection<T>>(key, (ids) => paginateChildren<T>(ctx.em, entity as never, ids, page, { parent, orderBy }))
    .load(parentId);
}

@Resolver(() => TenantType)
export class TenantResolver {
  @Query(() => TenantConnection, { description: 'The tenants the caller may read: their own, or all three for a préfecture analyst.' })
  tenants(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<Tenant>> {
    const identity = ctx.requireIdentity();
    return paginate(ctx.em, Tenant, { id: { $in: identity.readableTenantIds } }, page, { code: 'asc' });
  }

  @Query(() => TenantType, { nullable: true, description: 'One tenant by id; null when unknown or not readable by the caller.' })
  tenant(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier of the tenant.' }) id: string): Promise<Tenant | null> {
    return visibleTenant(ctx, id);
  }

  @FieldResolver(() => TenantType, { nullable: true, description: 'For a sous-préfecture, its préfecture (when readable).' })
  parent(@Root() tenant: TenantRow, @Ctx() ctx: Context): Promise<Tenant | null> {
    return tenant.parentId ? visibleTenant(ctx, tenant.parentId) : Promise.resolve(null);
  }

  @FieldResolver(() => DirectorateConnection, { description: 'The directorates of the tenant, by acronym.' })
  directorates(@Root() tenant: TenantRow, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<Directorate>> {
    return childPages<Directorate>(ctx, Directorate, 'tenantId', 'code', tenant.id, page);
  }
}

@Resolver(() => DirectorateType)
export class DirectorateResolver {
  @Query(() => DirectorateConnection, { description: 'Directorates of the readable tenants, by acronym.' })
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

  @FieldResolver(() => ServiceConnection, { description: 'Services of the directorate, by acronym.' })
  services(@Root() directorate: DirectorateRow, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<Service>> {
    return childPages<Service>(ctx, Service, 'directorate', 'code', directorate.id, page);
  }

  @FieldResolver(() => UserConnection, { description: 'Users of the directorate, by name.' })
  users(@Root() directorate: DirectorateRow, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<User>> {
    return childPages<User>(ctx, User, 'directorate', 'displayName', directorate.id, page);
  }

  @Mutation(() => DirectorateType, { description: 'Creates a directorate in the caller’s tenant. Administrators only.' })
  createDirectorate(@Ctx() ctx: Context, @Arg('input', () => CreateDirectorateInput, { description: 'The new directorate.' }) input: CreateDirectorateInput) {
    return ctx.mutate((em, audit) => useCases.createDirectorate(em, ctx.requireIdentity(), audit, input));
  }

  @Mutation(() => DirectorateType, { description: 'Changes a directorate of the caller’s tenant. Administrators only.' })
  updateDirectorate(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Directorate to change.' }) id: string,
    @Arg('input', () => UpdateDirectorateInput, { description: 'The changes.' }) input: UpdateDirectorateInput,
  ) {
    return ctx.mutate((em, audit) => useCases.updateDirectorate(em, ctx.requireIdentity(), audit, id, input));
  }
}

@Resolver(() => ServiceType)
export class ServiceResolver {
  @Query(() => ServiceConnection, { description: 'Services of the readable tenants, by acronym.' })
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
    return ctx.mutate((em, audit) => useCases.createService(em, ctx.requireIdentity(), audit, input));
  }

  @Mutation(() => ServiceType, { description: 'Changes a service of the caller’s tenant. Administrators only.' })
  updateService(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Service to change.' }) id: string,
    @Arg('input', () => UpdateServiceInput, { description: 'The changes.' }) input: UpdateServiceInput,
  ) {
    return ctx.mutate((em, audit) => useCases.updateService(em, ctx.requireIdentity(), audit, id, input));
  }
}

@InputType({ description: 'Narrows a list of users.' })
export class UserFilter {
  @Field(() => ID, { nullable: true, description: 'Only the users of this tenant.' })
  tenantId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the users of this directorate.' })
  directorateId?: string | null;

  @Field(() => Role, { nullable: true, description: 'Only the users with this role.' })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or deactivated (false) accounts.' })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Part of the name or e-mail address, case-insensitive.' })
  search?: string | null;
}

@Resolver(() => UserType)
export class UserResolver {
  @Query(() => UserType, { description: 'The signed-in user.' })
  async me(@Ctx() ctx: Context): Promise<User> {
    const user = await loadUser(ctx, ctx.requireIdentity().userId);
    if (!user) throw notFound('Utilisateur');
    return user;
  }

  @Query(() => UserConnection, { description: 'Users of the readable tenants, by name.' })
  users(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => UserFilter, { nullable: true, description: 'Narrows the users returned.' }) filter?: UserFilter | null,
  ): Promise<Connection<User>> {
    const where: FilterQuery<User> = { tenantId: { $in: ctx.readableTenants(filter?.tenantId) } };
    if (filter?.directorateId) where.directorate = filter.directorateId;
    if (filter?.role) where.role = filter.role;
    if (filter?.active != null) where.active = filter.active;
    if (filter?.search) {
      const term = filter.search.trim();
      if (term.length > 100) throw badInput('La recherche ne doit pas dépasser 100 caractères.', 'filter.search');
      const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.$or = [{ displayName: { $ilike: pattern } }, { email: { $ilike: pattern } }];
    }
    return paginate(ctx.em, User, where, page, { displayName: 'asc' });
  }

  @Query(() => UserType, { nullable: true, description: 'One user by id; null when unknown or not readable.' })
  user(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Identifier of the user.' }) id: string): Promise<User | null> {
    ctx.requireIdentity();
    return loadUser(ctx, id);
  }

  @FieldResolver(() => TenantType, { description: 'Tenant of the user.' })
  tenant(@Root() user: UserRow, @Ctx() ctx: Context) {
    return loadTenant(ctx, user.tenantId);
  }

  @FieldResolver(() => DirectorateType, { description: 'Directorate of the user.' })
  directorate(@Root() user: UserRow, @Ctx() ctx: Context) {
    return loadDirectorate(ctx, user.directorate.id);
  }

  @FieldResolver(() => ServiceType, { nullable: true, description: 'Service of the user, if any.' })
  service(@Root() user: UserRow, @Ctx() ctx: Context) {
    return user.service ? loadService(ctx, user.service.id) : null;
  }

  @FieldResolver(() => [ID], { description: 'Tenants the user may read (their own; all three for a préfecture analyst). Known for the signed-in user only; empty for others.' })
  readableTenantIds(@Root() user: UserRow, @Ctx() ctx: Context): string[] {
    const identity = ctx.identity;
    return identity && identity.userId === user.id ? identity.readableTenantIds : [];
  }

  @Mutation(() => SignInPayload, { description: 'Signs in with e-mail and password and returns a short-lived token. Fails with UNAUTHENTICATED on wrong credentials.' })
  async signIn(
    @Ctx() ctx: Context,
    @Arg('email', () => String, { description: 'Professional e-mail address.' }) email: string,
    @Arg('password', () => String, { description: 'Password.' }) password: string,
  ): Promise<useCases.SignInResult> {
    if (!ctx.app.passwordSignIn) throw forbidden("La connexion par mot de passe est désactivée : connectez-vous par le fournisseur d'identité.");
    return useCases.signIn((variables) => ctx.fork(variables), sessionSettings(ctx), email, password, ctx.requestId);
  }

  @Mutation(() => SignInPayload, {
    description: 'Trades a refresh token for a new token and a new refresh token of the same session (the one sent is used up). UNAUTHENTICATED with reason REFRESH_UNKNOWN, REFRESH_EXPIRED, or REFRESH_REUSED (a used token came back: the session is closed).',
  })
  refreshSession(@Ctx() ctx: Context, @Arg('refreshToken', () => String, { description: 'The refresh token of the last sign-in or refresh.' }) refreshToken: string): Promise<useCases.SignInResult> {
    return useCases.refreshSession((variables) => ctx.fork(variables), sessionSettings(ctx), refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Ends the session of a refresh token (its token stays valid until it expires, at most 15 minutes). Always true.' })
  signOut(@Ctx() ctx: Context, @Arg('refreshToken', () => String, { description: 'The session’s refresh token.' }) refreshToken: string): Promise<boolean> {
    return useCases.signOut((variables) => ctx.fork(variables), refreshToken);
  }

  @Mutation(() => UserType, { description: 'Creates a user in the caller’s tenant. Administrators only.' })
  createUser(@Ctx() ctx: Context, @Arg('input', () => CreateUserInput, { description: 'The new user.' }) input: CreateUserInput) {
    return ctx.mutate((em, audit) => useCases.createUser(em, (v) => ctx.fork(v), ctx.requireIdentity(), audit, input));
  }

  @Mutation(() => UserType, { description: 'Changes a user of the caller’s tenant (role, directorate, deactivation, password). Administrators only.' })
  updateUser(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'User to change.' }) id: string,
    @Arg('input', () => UpdateUserInput, { description: 'The changes.' }) input: UpdateUserInput,
  ) {
    return ctx.mutate((em, audit) => useCases.updateUser(em, (v) => ctx.fork(v), ctx.requireIdentity(), audit, id, input));
  }
}

export const resolvers = [TenantResolver, DirectorateResolver, ServiceResolver, UserResolver] as const;
