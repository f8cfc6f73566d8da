import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { Role } from '@qualipref/auth';
import { ConnectionType, PageArgs, badInput, notFound, paginate, type Connection } from '@qualipref/server-kit';
import type { SignInResult } from '../domain/sessions.js';
import * as useCases from '../domain/users.js';
import { Directorate, User } from '../entities/index.js';
import { childPages, type Context } from './context.js';
import { DirectorateType, ServiceType, loadDirectorate, loadService } from './directorates.js';
import { SignInPayload } from './sessions.js';
import { TenantType, loadTenant } from './tenants.js';

// Parameter types under other names than the entity schemas: decorator metadata must see a
// plain type (Object), not the schema value that shares the entity's name.
type UserRow = User;
type DirectorateRow = Directorate;


registerEnumType(Role, {
  name: 'Role',
  description: 'Role of a user within their tenant and directorate.',
  valuesConfig: {
    AGENT: { description: 'Handles the records of their own directorate.' },
    MANAGER: { description: 'Leads a directorate: writes everything the directorate owns.' },
    ANALYST: { description: 'Reads and queries; a préfecture analyst reads the three tenants.' },
    ADMINISTRATOR: { description: "Manages the tenant's organization and users; reads the audit trails." },
  },
});
@ObjectType('User', { description: 'An agent of a tenant, with one directorate and one role.' })
@Directive('@key(fields: "id")')
export class UserType {
  @Field(() => ID, { description: 'Identifier of the user.' })
  id!: string;

  @Field(() => ID, { description: 'Tenant of the user.' })
  tenantId!: string;

  @Field(() => String, { description: 'Professional e-mail address, used to sign in.' })
  email!: string;

  @Field(() => String, { description: 'Name as shown in the console.' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Job title, e.g. « Chef du bureau MACAP ».' })
  jobTitle!: string | null;

  @Field(() => Role, { description: 'Role within the tenant.' })
  role!: Role;

  @Field(() => Boolean, { description: 'False when the account is deactivated: it cannot sign in.' })
  active!: boolean;

  @Field(() => Date, { nullable: true, description: 'Last successful sign-in.' })
  lastSignInAt!: Date | null;

  @Field(() => Date, { description: 'When the account was created.' })
  createdAt!: Date;
}

export const UserConnection = ConnectionType(UserType, 'User', 'A page of users, by name.');


@InputType({ description: 'A new user of the administrator’s tenant.' })
export class CreateUserInput {
  @Field(() => String, { description: 'Professional e-mail address, unique within the tenant (another tenant may have an account with it: nothing tells whether one does).' })
  email!: string;

  @Field(() => String, { description: 'Name as shown in the console.' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Job title.' })
  jobTitle?: string | null;

  @Field(() => ID, { description: 'Directorate of the user.' })
  directorateId!: string;

  @Field(() => ID, { nullable: true, description: 'Service of the user, within that directorate.' })
  serviceId?: string | null;

  @Field(() => Role, { description: 'Role of the user.' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Initial password (at least 12 characters); omit for users of the external identity provider.' })
  password?: string | null;
}

@InputType({ description: 'Changes to a user; omitted fields stay as they are.' })
export class UpdateUserInput {
  @Field(() => String, { nullable: true, description: 'New e-mail address.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'New display name.' })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'New job title; an empty string clears it.' })
  jobTitle?: string | null;

  @Field(() => ID, { nullable: true, description: 'Move the user to this directorate.' })
  directorateId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Move the user to this service (null: no service).' })
  serviceId?: string | null;

  @Field(() => Role, { nullable: true, description: 'New role.' })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, description: 'Deactivate (false) or reactivate (true) the account.' })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'New password (at least 12 characters).' })
  password?: string | null;
}


export const loadUser = (ctx: Context, id: string) => ctx.loaders.byId<User>(User, 'User').load(id);


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
  @Query(() => UserType, { nullable: true, description: 'The signed-in user.' })
  async me(@Ctx() ctx: Context): Promise<User> {
    const user = await loadUser(ctx, ctx.requireIdentity().userId);
    if (!user) throw notFound('Utilisateur');
    return user;
  }

  @Query(() => UserConnection, { nullable: true, description: 'Users of the readable tenants, by name.' })
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

  @Mutation(() => UserType, { description: 'Creates a user in the caller’s tenant. Administrators only.' })
  createUser(@Ctx() ctx: Context, @Arg('input', () => CreateUserInput, { description: 'The new user.' }) input: CreateUserInput) {
    return ctx.run((u) => useCases.createUser(u, input));
  }

  @Mutation(() => UserType, { description: 'Changes a user of the caller’s tenant (role, directorate, deactivation, password). Administrators only.' })
  updateUser(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'User to change.' }) id: string,
    @Arg('input', () => UpdateUserInput, { description: 'The changes.' }) input: UpdateUserInput,
  ) {
    return ctx.run((u) => useCases.updateUser(u, id, input));
  }
}

/** The users of a directorate: a field of Directorate kept in this room, after the directorate's own fields. */
@Resolver(() => DirectorateType)
export class DirectorateUsersResolver {
  @FieldResolver(() => UserConnection, { description: 'Users of the directorate, by name.' })
  users(@Root() directorate: DirectorateRow, @Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs): Promise<Connection<User>> {
    return childPages<User>(ctx, User, 'directorate', 'displayName', directorate.id, page);
  }

}

/** The signed-in user of a sign-in: declared here so that the sessions room does not load the users room first. */
@Resolver(() => SignInPayload)
export class SignInPayloadUserResolver {
  @FieldResolver(() => UserType, { description: 'The signed-in user.' })
  user(@Root() payload: SignInResult): UserRow {
    return payload.user;
  }
}
