import { Arg, Args, Ctx, Directive, Field, ID, InputType, ObjectType, Query, Resolver, type ClassType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Role } from '@qualipref/auth';
import type { FilterQuery } from '@mikro-orm/core';
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLError } from 'graphql';
import { AuditEntry, recordRefusal } from './audit.js';
import type { RequestContext } from './context.js';
import { ConnectionType, PageArgs, paginate, type Connection } from './pagination.js';
import { badInput, domainErrorIn, ErrorCode, fromDatabaseError } from './errors.js';

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

  @Field(() => String, {
    description:
      'The operation: the mutation name, or signIn. A refused attempt ends in `:refused` (a write refused as FORBIDDEN: `<mutation>:refused`; a sign-in with a wrong password: `signIn:refused`; a revoked kiosk token used: `kioskToken:refused`), its reason in `changes` (field `reason`).',
  })
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

  @Field(() => String, { nullable: true, description: 'Only this operation (e.g. `signIn:refused`).' })
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

/** The reason a write was refused as FORBIDDEN (by a rule or by a row-level security policy), if it was. */
function forbiddenReason(error: GraphQLError): string | null {
  const domain = domainErrorIn(error) ?? fromDatabaseError(unwrapResolverError(error));
  if (domain) return domain.code === ErrorCode.FORBIDDEN ? (domain.reason ?? ErrorCode.FORBIDDEN) : null;
  const reason = error.extensions?.reason;
  return error.extensions?.code === ErrorCode.FORBIDDEN ? (typeof reason === 'string' ? reason : ErrorCode.FORBIDDEN) : null;
}

/**
 * Audits a mutation refused as FORBIDDEN, once per request, after the refused transaction has
 * rolled back: the operation's name and the reason, never the request's content.
 */
export function refusedWritesPlugin(): ApolloServerPlugin<RequestContext<unknown>> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ operation, errors, contextValue }) {
          const identity = contextValue.identity;
          if (operation?.operation !== 'mutation' || !identity || identity.service) return;
          const reason = errors.map(forbiddenReason).find((r) => r !== null);
          if (!reason) return;
          const field = operation.selectionSet.selections.find((s) => s.kind === 'Field');
          const name = field?.kind === 'Field' ? field.name.value : 'mutation';
          try {
            await recordRefusal(contextValue.fork(), {
              tenantId: identity.tenantId,
              userId: identity.userId,
              userEmail: identity.email,
              operation: name,
              entityType: 'User',
              entityId: identity.userId,
              reason,
              requestId: contextValue.requestId,
            });
          } catch (error) {
            contextValue.log.error({ err: error }, 'refused write not audited');
          }
        },
      };
    },
  };
}
