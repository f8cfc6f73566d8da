import type { EntityManager } from '@mikro-orm/core';
import { DEFAULT_SETTINGS } from '@qualipref/calendar';
import { TENANTS, type TenantKey } from '@qualipref/demo-fixtures';
import { tenantEntityManager } from '@qualipref/server-kit';
import { AppointmentRequest, CorrespondenceItem, CounterVisit, DelayTarget, LegalityControl, LitigationCase, ProcedureIndicator, TelephonyMonth, TenantSettings } from './entities/index.js';
import { LABEL_PERIODS, LABEL_TARGETS, LOCAL_TARGETS, LOCAL_TARGETS_FROM, servicesOf, type TenantDemo } from './demo/common.js';
import { generateDctajYears, generateTenantMonths } from './demo/generated.js';
import { replayLegacyDctaj, replayLegacyTenant } from './demo/legacy.js';

const TENANT_KEYS = ['metz', 'forbach', 'thionville'] as const;

/** Rows the demo created, per tenant and table. */
export type SeedReport = Record<TenantKey, Awaited<ReturnType<typeof rowsOf>>>;

/**
 * The demo up to `asOf`: delay targets under every version of the label for the three tenants; their 2014–2015 as the demo
 * always had it (items, telephony, procedure indicators, the counters of the hall survey's week, the DCTAJ records of
 * Metz); then every month from January 2016 to the as-of date generated near the 2015 volumes. The same as-of date
 * gives the same rows. Runs once; each tenant's rows under that tenant's session, written in one flush per tenant.
 */
export async function seedDemoCorrespondence(root: EntityManager, asOf: string): Promise<SeedReport | null> {
  const fork = (tenant: TenantKey) => tenantEntityManager(root, TENANTS[tenant].id);
  if (await fork('metz').findOne(DelayTarget, { tenantId: TENANTS.metz.id })) return null;
  const sizes: Record<TenantKey, number> = { metz: 300, forbach: 150, thionville: 150 };
  for (const tenant of TENANT_KEYS) {
    await fork(tenant).transactional((em) => {
      const demo = delayTargetsOf(em, tenant);
      const means = replayLegacyTenant(em, demo, sizes[tenant], asOf);
      generateTenantMonths(em, demo, means, asOf);
      if (tenant === 'metz') {
        replayLegacyDctaj(em, asOf);
        generateDctajYears(em, asOf);
      }
    });
  }
  return { metz: await rowsOf(fork('metz'), 'metz'), forbach: await rowsOf(fork('forbach'), 'forbach'), thionville: await rowsOf(fork('thionville'), 'thionville') };
}

async function rowsOf(em: EntityManager, tenant: TenantKey) {
  const tenantId = TENANTS[tenant].id;
  return {
    items: await em.count(CorrespondenceItem, { tenantId }),
    telephonyMonths: await em.count(TelephonyMonth, { tenantId }),
    counterVisits: await em.count(CounterVisit, { tenantId }),
    procedureIndicators: await em.count(ProcedureIndicator, { tenantId }),
    legalityControls: await em.count(LegalityControl, { tenantId }),
    litigationCases: await em.count(LitigationCase, { tenantId }),
    appointmentRequests: await em.count(AppointmentRequest, { tenantId }),
  };
}

/** Moselle's five arrondissements: the préfecture's legality control receives the acts of them all, the sous-préfectures none. */
const LEGALITY_ARRONDISSEMENTS: Record<TenantKey, string[]> = {
  metz: ['Metz', 'Forbach-Boulay-Moselle', 'Sarrebourg-Château-Salins', 'Sarreguemines', 'Thionville'],
  forbach: [],
  thionville: [],
};

/** The tenant's settings (calendar, legality control's arrondissements) and its delay targets, each under the national engagement of its period. */
function delayTargetsOf(em: EntityManager, tenant: TenantKey): TenantDemo {
  const tenantId = TENANTS[tenant].id;
  em.create(TenantSettings, { tenantId, ...DEFAULT_SETTINGS, legalityArrondissements: LEGALITY_ARRONDISSEMENTS[tenant] });
  const delayTargets: DelayTarget[] = [];
  for (const { validFrom, validTo, engagements } of LABEL_PERIODS) {
    const add = (targets: typeof LABEL_TARGETS | typeof LOCAL_TARGETS, from: string) => {
      for (const { engagement, ...t } of targets) {
        const engagementId = engagements[engagement];
        if (engagementId) delayTargets.push(em.create(DelayTarget, { tenantId, engagementId, ...t, correspondentKind: null, validFrom: from, validTo }));
      }
    };
    add(LABEL_TARGETS, validFrom);
    if (validTo === null || validTo >= LOCAL_TARGETS_FROM) add(LOCAL_TARGETS, validFrom > LOCAL_TARGETS_FROM ? validFrom : LOCAL_TARGETS_FROM);
  }
  return { tenant, tenantId, delayTargets, ...servicesOf(tenant) };
}
