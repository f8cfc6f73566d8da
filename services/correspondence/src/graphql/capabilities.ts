import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DirectorateRef, TenantViewerCanRef, type DirectorateInfo } from '@qualipref/organization-client';
import { DCTAJ_CODE } from '../domain/dctaj.js';
import { can } from '../domain/policy.js';
import type { Context, Ref } from './common.js';

@Resolver(() => TenantViewerCanRef)
export class TenantCapabilitiesResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the caller sets the tenant’s delay targets and working calendar (its administrators).' })
  configureCorrespondence(@Root() tenant: TenantViewerCanRef, @Ctx() ctx: Context): boolean {
    return can(ctx.identity, 'correspondence.configure', { tenantId: tenant.id });
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller records the monthly processing times of the common procedures (its managers and administrators).' })
  recordProcedureIndicators(@Root() tenant: TenantViewerCanRef, @Ctx() ctx: Context): boolean {
    return can(ctx.identity, 'correspondence.recordProcedureIndicators', { tenantId: tenant.id });
  }
}

/** Directorate, owned by the organization service, with what the caller may record for it. */
@Resolver(() => DirectorateRef)
export class DirectorateCapabilitiesResolver {
  @FieldResolver(() => Boolean, {
    description: 'Whether the caller registers, answers and imports this directorate’s items and records its services’ telephony and counter visits (its agents and managers, the tenant’s administrators).',
  })
  viewerCanRecordCorrespondence(@Root() directorate: Ref, @Ctx() ctx: Context): boolean {
    return can(ctx.identity, 'correspondence.record', { directorateId: directorate.id });
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the caller records legality controls, litigation cases and appointments for this directorate: true only for the tenant’s DCTAJ, to its agents and managers and to the tenant’s administrators.',
  })
  async viewerCanRecordDctajFiles(@Root() directorate: Ref, @Ctx() ctx: Context): Promise<boolean> {
    const identity = ctx.identity;
    if (!identity || !can(identity, 'dctaj.record', { tenantId: identity.tenantId, ownerDirectorateId: directorate.id })) return false;
    // Whether it is the DCTAJ is the organization's to say: asked once per request for every directorate read.
    const found = await ctx.loaders
      .get<string, DirectorateInfo | null>('dctaj:directorates', async (ids) => {
        const lookups = await ctx.app.organization.lookups(ctx.authorization ?? '', { directorates: ids });
        return ids.map((id) => lookups.directorate(id));
      })
      .load(directorate.id);
    return found?.code === DCTAJ_CODE && found.tenantId === identity.tenantId;
  }
}
