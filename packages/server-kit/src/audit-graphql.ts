import { Arg, Args, Ctx, Directive, Field, ID, InputType, ObjectType, Query, Resolver, type ClassType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Role } from '@qualipref/auth';
import type { FilterQuery } from '@mikro-orm/core';
import { AuditEntry } from './audit.js';
import type { RequestContext } from './context.js';
import { ConnectionType, PageArgs, paginate, type Connection } from './pagination.js';
import { badInput } from './errors.js';

@ObjectType('AuditFieldChange', { description: 'One field changed by an audited operation.' })
@Directive('@shareable')
export class AuditFieldChangeType {
  @Field(() => String, { description: 'Name of the field.' })
  field!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Value before the change (null when the record was created).' })
  from!: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Value after the change.' })
  to!: unknown;
}

@ObjectType('AuditEntry', { description: 'One entry of a service’s audit trail: who did what, when, in which tenant (requirement Q3).' })
@Directive('@shareable')
export class AuditEntryType {
  @Field(() => ID, { description: 'Identifier of the entry.' })
  id!: string;

  @Field(() => ID, { description: 'Tenant in which the operation took place.' })
  tenantId!: string;

  @Field(() => Date, { description: 'When the operation was committed.' })
  occurredAt!: Date;

  @Field(() => ID, { nullable: true, description: 'User who performed it.' })
  userId!: string | null;

  @Field(() => String, { description: 'E-mail address of that user at the time.' })
  userEmail!: string;

  @Field(() => String, { description: 'The operation (mutation name, or signIn).' })
  operation!: string;

  @Field(() => String, { description: 'Type of the record changed.' })
  entityType!: string;

  @Field(() => ID, { description: 'Identifier of the record changed.' })
  entityId!: string;

  @Field(() => [AuditFieldChangeType], { description: 'The fields changed, with their values before and after.' })
  changes!: AuditFieldChangeType[];

  @Field(() => String, { nullable: true, description: 'Request identifier, to find the request in the logs.' })
  requestId!: string | null;
}

export const AuditEntryConnection = ConnectionType(AuditEntryType, 'AuditEntry', 'A page of audit entries, newest first.', true);

@InputType('AuditTrailFilter', { description: 'Narrows an audit trail.' })
export class AuditTrailFilter {
  @Field(() => ID, { nullable: true, description: 'Only the entries about this record.' })
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the entries of this user.' })
  userId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this operation.' })
  operation?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only entries at or after this instant.' })
  since?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only entries before this instant.' })
  until?: Date | null;
}

/** The `<service>AuditTrail` query of a subgraph, for administrators of the tenants they read. */
export function createAuditTrailResolver(service: string): ClassType {
  const fieldName = `${service}AuditTrail`;

  @Resolver()
  class AuditTrailResolver {
    @Query(() => AuditEntryConnection, {
      nullable: true,
      name: fieldName,
      description: `Audit trail of the ${service} service, newest first. Administrators only.`,
    })
    async auditTrail(
      @Ctx() ctx: RequestContext,
      @Args(() => PageArgs) page: PageArgs,
      @Arg('filter', () => AuditTrailFilter, { nullable: true, description: 'Narrows the entries returned.' }) filter?: AuditTrailFilter | null,
    ): Promise<Connection<AuditEntry>> {
      ctx.requireRole(Role.ADMINISTRATOR);
      if (filter?.since && filter.until && filter.since > filter.until) throw badInput('« since » doit précéder « until ».', 'filter.since');
      const where: FilterQuery<AuditEntry> = {};
      if (filter?.entityId) where.entityId = filter.entityId;
      if (filter?.userId) where.userId = filter.userId;
      if (filter?.operation) where.operation = filter.operation;
      if (filter?.since || filter?.until) {
        where.occurredAt = { ...(filter.since ? { $gte: filter.since } : {}), ...(filter.until ? { $lt: filter.until } : {}) };
      }
      return paginate(ctx.em, AuditEntry, where, page, { occurredAt: 'desc' });
    }
  }
  return AuditTrailResolver;
}
