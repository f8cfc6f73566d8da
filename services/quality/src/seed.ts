import type { EntityManager } from '@mikro-orm/core';
import { addCalendarDays, addMonths, type CalendarDate } from '@qualipref/calendar';
import { ACCOUNTS, TENANTS, directorateId, type TenantKey } from '@qualipref/demo-fixtures';
import type { Database } from '@qualipref/server-kit';
import { Audit, IndicatorDefinition, IndicatorFormula, IndicatorValue, Labelling, Referential } from './entities/index.js';
import { AuditKind, IndicatorSource } from './domain/enums.js';
import { parsePeriod, type Period } from './domain/periods.js';
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

/** What the platform does not receive, per site, for 2025: imported from the systems that hold it, or entered from a register. */
const RECORDED_2025: Record<TenantKey, { jdma: number; jdmaVotes: number; agent: number; agentCalls: number; franceServices: number; accompanied: number }> = {
  metz: { jdma: 0.78, jdmaVotes: 2412, agent: 0.83, agentCalls: 27_540, franceServices: 25, accompanied: 1840 },
  forbach: { jdma: 0.74, jdmaVotes: 611, agent: 0.86, agentCalls: 8120, franceServices: 20, accompanied: 655 },
  thionville: { jdma: 0.76, jdmaVotes: 903, agent: 0.81, agentCalls: 11_380, franceServices: 15, accompanied: 912 },
};

/** How each quarter's exports stray from the year's figure: small, and the same for every start. */
const QUARTER_DRIFT = [0.012, -0.008, 0.021, -0.015, 0.004];
const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** The quarters of the as-of date's year ended by it. */
function endedQuarters(asOf: CalendarDate): Period[] {
  return [1, 2, 3, 4].map((q) => parsePeriod(`${asOf.slice(0, 4)}-T${q}`)).filter((quarter) => quarter.end < asOf);
}

/**
 * The demo's 2025 indicators that the platform cannot compute: Je donne mon avis and the
 * telephony's agent pick-up imported, France Services and the point numérique entered; and each
 * site's formula naming its flagship procedure (the carte grise). The computed ones are left to
 * « Calculer les indicateurs », which reads the other domains through the supergraph.
 */
export async function seedDemoIndicators(database: Database, asOf: CalendarDate): Promise<{ values: number; formulas: number } | null> {
  if (await database.forTenant(TENANTS.metz.id).findOne(IndicatorValue, { tenantId: TENANTS.metz.id })) return null;
  const rows = { values: 0, formulas: 0 };
  const period = parsePeriod('2025');
  for (const tenant of Object.keys(TENANTS) as TenantKey[]) {
    const tenantId = TENANTS[tenant].id;
    const manager = ACCOUNTS.find((a) => a.tenant === tenant && a.role === 'MANAGER')!;
    const figures = RECORDED_2025[tenant];
    await database.forTenant(tenantId).transactional(async (em) => {
      const indicators = async (code: string, referentials = ['QUAL_E_PREF', 'SERVICES_PUBLICS_PLUS_2023']) => em.find(IndicatorDefinition, { code, engagement: { referential: { code: { $in: referentials } } } });
      const recordedAt = new Date('2026-01-20T10:00:00Z');
      const value = async (code: string, value: number, source: IndicatorSource, origin: string, extra: { numerator?: number; sampleSize?: number } = {}) => {
        for (const indicator of await indicators(code)) {
          em.create(IndicatorValue, { tenantId, indicator, period: period.code, periodStart: period.start, periodEnd: period.end, value, unit: indicator.unit, target: indicator.target ?? null, numerator: extra.numerator ?? null, sampleSize: extra.sampleSize ?? null, source, origin, formulaVersion: null, comment: null, recordedById: manager.id, recordedByName: manager.displayName, createdAt: recordedAt, updatedAt: recordedAt });
          rows.values++;
        }
      };
      await value('DEMARCHES_EN_LIGNE_8_10', figures.jdma, IndicatorSource.IMPORTED, 'Je donne mon avis (DITP), export annuel 2025 des démarches en ligne de la préfecture', { numerator: Math.round(figures.jdma * figures.jdmaVotes), sampleSize: figures.jdmaVotes });
      await value('TAUX_DECROCHE_AGENT', figures.agent, IndicatorSource.IMPORTED, 'Export annuel 2025 de la téléphonie (appels traités par un agent, hors serveur vocal)', { numerator: Math.round(figures.agent * figures.agentCalls), sampleSize: figures.agentCalls });
      await value('FRANCE_SERVICES_30_MIN', figures.franceServices, IndicatorSource.ENTERED, 'Carte des espaces France Services de la Moselle : temps de trajet le plus long de l’arrondissement');
      await value('ACCOMPAGNEMENTS_NUMERIQUES', figures.accompanied, IndicatorSource.ENTERED, 'Registre du point numérique, 2025');
      // Each quarter of the as-of year ended by then: the same systems' quarterly exports, for the quarterly results.
      for (const quarter of endedQuarters(asOf)) {
        const drift = QUARTER_DRIFT[(Number(quarter.code.slice(-1)) + Number(quarter.code.slice(0, 4))) % QUARTER_DRIFT.length]!;
        // Received twelve days after the quarter, or on the as-of date if that is sooner: nothing is dated after it.
        const received = addCalendarDays(quarter.end, 12);
        const at = new Date(`${received < asOf ? received : asOf}T09:00:00Z`);
        const imported = async (code: string, rate: number, sampleSize: number, origin: string) => {
          for (const indicator of await indicators(code)) {
            em.create(IndicatorValue, { tenantId, indicator, period: quarter.code, periodStart: quarter.start, periodEnd: quarter.end, value: rate, unit: indicator.unit, target: indicator.target ?? null, numerator: Math.round(rate * sampleSize), sampleSize, source: IndicatorSource.IMPORTED, origin, formulaVersion: null, comment: null, recordedById: manager.id, recordedByName: manager.displayName, createdAt: at, updatedAt: at });
            rows.values++;
          }
        };
        const jdmaVotes = Math.round(figures.jdmaVotes / 4);
        const agentCalls = Math.round(figures.agentCalls / 4);
        await imported('DEMARCHES_EN_LIGNE_8_10', round3(figures.jdma + drift), jdmaVotes, `Je donne mon avis (DITP), export du ${quarter.label}`);
        await imported('TAUX_DECROCHE_AGENT', round3(figures.agent - drift / 2), agentCalls, `Export de la téléphonie du ${quarter.label} (appels traités par un agent, hors serveur vocal)`);
      }
      for (const indicator of await indicators('DEMARCHE_PHARE_DELAI_ANNONCE', ['SERVICES_PUBLICS_PLUS_2023'])) {
        em.create(IndicatorFormula, { tenantId, indicator, version: 2, parameters: { procedure: 'CARTE_GRISE' }, comment: 'Démarche phare du site : le certificat d’immatriculation (carte grise), suivi mois par mois.', createdById: manager.id, createdByName: manager.displayName, createdAt: recordedAt, updatedAt: recordedAt });
        rows.formulas++;
      }
    });
  }
  return rows;
}
