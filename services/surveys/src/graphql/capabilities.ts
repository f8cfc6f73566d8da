import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { TenantViewerCanRef } from '@qualipref/organization-client';
import { can } from '../domain/policy.js';
import type { Context } from './context.js';

// The console shows the survey modules' actions from these before any questionnaire, panel or campaign exists.
@Resolver(() => TenantViewerCanRef)
export class TenantViewerCanResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the caller creates and runs the tenant’s questionnaires, panels and campaigns (its managers and administrators).' })
  manageSurveys(@Ctx() ctx: Context, @Root() tenant: TenantViewerCanRef): boolean {
    return can(ctx.identity, 'surveys.manage', { tenantId: tenant.id });
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller issues, lists and revokes the tokens of the tenant’s hall tablets (its administrators).' })
  issueKioskTokens(@Ctx() ctx: Context, @Root() tenant: TenantViewerCanRef): boolean {
    return can(ctx.identity, 'surveys.issueKioskTokens', { tenantId: tenant.id });
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller records, answers and closes the tenant’s suggestion cards and contact-form messages (anyone of the tenant but its analysts).' })
  answerFeedback(@Ctx() ctx: Context, @Root() tenant: TenantViewerCanRef): boolean {
    return can(ctx.identity, 'surveys.handleFeedback', { tenantId: tenant.id });
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller keys in the paper forms of the tenant’s hall campaigns (anyone of the tenant but its analysts).' })
  keyInPaperForms(@Ctx() ctx: Context, @Root() tenant: TenantViewerCanRef): boolean {
    return can(ctx.identity, 'surveys.keyInPaperForms', { tenantId: tenant.id });
  }
}
