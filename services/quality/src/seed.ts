import type { EntityManager } from '@mikro-orm/core';
import { addCalendarDays, addMonths, type CalendarDate } from '@qualipref/calendar';
import { TENANTS, directorateId, type TenantKey } from '@qualipref/demo-fixtures';
import type { Database } from '@qualipref/server-kit';
import { Audit, Labelling, Referential } from './entities/index.js';
import { AuditKind } from './domain/enums.js';
import { FOLLOW_UP_MONTHS, INTERNAL_LEAD_MONTHS, VALIDITY_MONTHS } from './domain/rules.js';

const AFNOR = 'AFNOR Certification';
const INTERNAL = 'Auditeurs internes de la préfecture';

interface PastLabelling {
  referential: string;
  optionalModuleCodes?: string[];
  /** The certification audit held, then the label granted. */
  audited: CalendarDate;
  certifiedOn: CalendarDate;
  /** The renewal, when the label was renewed before the referential gave way. */
  renewedOn?: CalendarDate;
}

/**
 * What the seed document says (all three sites labelled Marianne since 2012; Metz audited by
 * AFNOR in the first half of 2016 for Qualipref 2.0, with the optional module « relations avec
 * les collectivités territoriales »), then Qual-e-pref, renewed every three years, whose current
 * cycle is placed against the as-of date so that the demo's deadlines stay near: Metz between its
 * follow-up and renewal audits, Forbach with its renewal due within three months, Thionville with
 * an internal audit missed. Each also follows the Services Publics + 2023 engagements.
 */
const HISTORY: Record<TenantKey, { past: PastLabelling[]; qualEPrefMonthsAgo: number; owner: string }> = {
  metz: {
    owner: 'DRMM',
    past: [
      { referential: 'MARIANNE_2008', audited: '2012-05-22', certifiedOn: '2012-06-14', renewedOn: '2015-06-11' },
      { referential: 'QUALIPREF_2_0', optionalModuleCodes: ['RELATIONS_COLLECTIVITES'], audited: '2016-03-15', certifiedOn: '2016-04-21' },
    ],
    qualEPrefMonthsAgo: 29,
  },
  forbach: { owner: 'SPF', past: [{ referential: 'MARIANNE_2008', audited: '2012-09-18', certifiedOn: '2012-10-04', renewedOn: '2015-10-01' }], qualEPrefMonthsAgo: 34 },
  thionville: { owner: 'SPT', past: [{ referential: 'MARIANNE_2008', audited: '2012-09-20', certifiedOn: '2012-10-05', renewedOn: '2015-10-02' }], qualEPrefMonthsAgo: 20 },
};

type Rows = { labellings: number; audits: number };

function audit(em: EntityManager, tenantId: string, labelling: Labelling, kind: AuditKind, plannedOn: CalendarDate, heldOn: CalendarDate | null, outcome: string | null, rows: Rows) {
  em.create(Audit, { tenantId, labelling, kind, plannedOn, heldOn, auditor: kind === AuditKind.INTERNAL ? INTERNAL : AFNOR, outcome });
  rows.audits++;
}

async function seedTenant(em: EntityManager, tenant: TenantKey, asOf: CalendarDate, rows: Rows) {
  const tenantId = TENANTS[tenant].id;
  const { past, qualEPrefMonthsAgo, owner } = HISTORY[tenant];
  const ownerDirectorateId = directorateId(tenant, owner);
  const referential = async (code: string) => (await em.findOneOrFail(Referential, { code })) as Referential;
  // Each labelling dated from when it began, so that the list reads in the order of the labels.
  const label = async (code: string, certifiedOn: CalendarDate | null, began: CalendarDate, optionalModuleCodes: string[] = []) => {
    rows.labellings++;
    const createdAt = new Date(`${began}T09:00:00Z`);
    return em.create(Labelling, { tenantId, referential: await referential(code), optionalModuleCodes, ownerDirectorateId, certifiedOn, createdAt, updatedAt: createdAt });
  };

  for (const p of past) {
    const labelling = await label(p.referential, p.renewedOn ?? p.certifiedOn, p.audited, p.optionalModuleCodes);
    audit(em, tenantId, labelling, AuditKind.CERTIFICATION, p.audited, p.audited, 'Label accordé sans non-conformité majeure.', rows);
    if (p.renewedOn) {
      const followUp = addMonths(p.certifiedOn, FOLLOW_UP_MONTHS);
      audit(em, tenantId, labelling, AuditKind.FOLLOW_UP, followUp, followUp, 'Suivi satisfaisant ; deux remarques sur les délais de réponse aux courriels.', rows);
      const renewal = addCalendarDays(p.renewedOn, -30);
      audit(em, tenantId, labelling, AuditKind.RENEWAL, renewal, renewal, 'Label renouvelé.', rows);
    }
  }

  // Qual-e-pref: the previous cycle's renewal, then the current cycle from its certification day.
  const certifiedOn = addMonths(asOf, -qualEPrefMonthsAgo);
  const renewal = addCalendarDays(certifiedOn, -30);
  const qualEPref = await label('QUAL_E_PREF', certifiedOn, addMonths(renewal, -VALIDITY_MONTHS));
  audit(em, tenantId, qualEPref, AuditKind.RENEWAL, renewal, renewal, 'Label renouvelé ; une non-conformité mineure sur l’affichage des résultats.', rows);
  const followUp = addMonths(certifiedOn, FOLLOW_UP_MONTHS);
  const internalBeforeFollowUp = addMonths(followUp, -INTERNAL_LEAD_MONTHS);
  const held = (day: CalendarDate) => (day <= asOf ? day : null);
  if (tenant !== 'thionville') audit(em, tenantId, qualEPref, AuditKind.INTERNAL, internalBeforeFollowUp, held(internalBeforeFollowUp), held(internalBeforeFollowUp) && 'Procédures à jour ; fiche « courriels » à compléter.', rows);
  if (followUp <= asOf) audit(em, tenantId, qualEPref, AuditKind.FOLLOW_UP, followUp, followUp, 'Audit de suivi sans écart.', rows);
  else audit(em, tenantId, qualEPref, AuditKind.FOLLOW_UP, addCalendarDays(followUp, -14), null, null, rows);
  const expiresOn = addCalendarDays(addMonths(certifiedOn, VALIDITY_MONTHS), -1);
  if (tenant === 'forbach') {
    const internalBeforeRenewal = addMonths(expiresOn, -INTERNAL_LEAD_MONTHS);
    audit(em, tenantId, qualEPref, AuditKind.INTERNAL, internalBeforeRenewal, held(internalBeforeRenewal), held(internalBeforeRenewal) && 'Prêt pour le renouvellement.', rows);
    audit(em, tenantId, qualEPref, AuditKind.RENEWAL, addCalendarDays(expiresOn, -21), null, null, rows);
  }

  // The interministerial programme's engagements apply to every site; no audit of their own.
  await label('SERVICES_PUBLICS_PLUS_2023', null, '2023-06-01');
}

/** Creates the demo labellings once; each tenant's rows under that tenant's session. */
export async function seedDemoLabellings(database: Database, asOf: CalendarDate): Promise<Rows | null> {
  if (await database.forTenant(TENANTS.metz.id).findOne(Labelling, { tenantId: TENANTS.metz.id })) return null;
  const rows: Rows = { labellings: 0, audits: 0 };
  for (const tenant of Object.keys(TENANTS) as TenantKey[]) await database.forTenant(TENANTS[tenant].id).transactional((em) => seedTenant(em, tenant, asOf, rows));
  return rows;
}
