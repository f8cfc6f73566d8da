import type { EntityManager } from '@mikro-orm/core';
import { addCalendarDays, startOfCalendarDate, type CalendarDate } from '@qualipref/calendar';
import { DomainError, ErrorCode, isUuid, notFound, serviceUnavailable } from '@qualipref/server-kit';
import { Engagement, IndicatorDefinition, IndicatorValue, Publication, PublishedFigure, Referential, type Labelling, type PublicationHeading } from '../entities/index.js';
import type { Caller, UseCase } from './deps.js';
import { labellingsInForce, moduleApplies } from './indicators.js';
import { optionalIsoDate, requiredText } from './labels.js';
import { assertEnded, parsePeriod, type Period } from './periods.js';
import { authorize } from './policy.js';

const refused = (code: ErrorCode, reason: string, message: string, field?: string) => new DomainError(code, message, field, reason);

/** An indicator of the publication set, with the value it would publish (null: none recorded by the cut-off). */
export interface DraftFigure {
  indicator: IndicatorDefinition;
  value: IndicatorValue | null;
  /** A value exists but was recorded (or last changed) after the cut-off day: it is not published. */
  recordedAfterCutOff: boolean;
}

/** What a quarter's publication would freeze, read now. */
export interface Draft {
  period: Period;
  cutOffDate: CalendarDate;
  figures: DraftFigure[];
  /** The directorates steering the labels the set comes from: their manager validates. */
  ownerDirectorateIds: string[];
  /** The quarter's publication in force (its latest version), if any. */
  current: Publication | null;
}

/** A quarter, `2026-T3`: a year or a month is PERIOD_INVALID here. */
export function parseQuarter(raw: string, field = 'quarter'): Period {
  const period = parsePeriod(raw, field);
  if (period.kind !== 'QUARTER') throw refused(ErrorCode.BAD_USER_INPUT, 'PERIOD_INVALID', `Les résultats se publient par trimestre : écrivez par exemple 2026-T3, non « ${raw} ».`, field);
  return period;
}

/** The cut-off day: after the quarter's last day, not after today (today by default). */
function cutOffOf(raw: string | null | undefined, period: Period, today: CalendarDate): CalendarDate {
  const day = optionalIsoDate(raw, 'cutOffDate') ?? today;
  if (day <= period.end) throw refused(ErrorCode.BAD_USER_INPUT, 'CUT_OFF_BEFORE_END', `La date d’arrêté des chiffres suit la fin du trimestre (le ${period.end}).`, 'cutOffDate');
  if (day > today) throw refused(ErrorCode.BAD_USER_INPUT, 'DATE_IN_FUTURE', 'La date d’arrêté des chiffres ne peut pas être postérieure à aujourd’hui.', 'cutOffDate');
  return day;
}

/** A quarter checked for publication: its cut-off day and the tenant's labellings in force then, whose directorates' managers validate. */
interface Scope {
  period: Period;
  cutOffDate: CalendarDate;
  labellings: Labelling[];
  ownerDirectorateIds: string[];
}

/** Checks the quarter (ended) and the cut-off, and reads the labellings in force (NOT_LABELLED without one). */
async function scopeOf(em: EntityManager, tenantId: string, today: CalendarDate, rawQuarter: string, rawCutOff?: string | null): Promise<Scope> {
  const period = parseQuarter(rawQuarter);
  assertEnded(period, today, 'quarter');
  const cutOffDate = cutOffOf(rawCutOff, period, today);
  const labellings = await labellingsInForce(em, tenantId, period);
  if (!labellings.length) throw refused(ErrorCode.BAD_USER_INPUT, 'NOT_LABELLED', `Votre site n’a aucune labellisation en vigueur au ${period.label} : aucun résultat à publier.`, 'quarter');
  return { period, cutOffDate, labellings, ownerDirectorateIds: [...new Set(labellings.map((l) => l.ownerDirectorateId))] };
}

/**
 * The publication set of the labellings: the indicators their referentials mark published (data
 * per referential version), in the modules they chose.
 */
async function publicationSet(em: EntityManager, labellings: Labelling[]): Promise<IndicatorDefinition[]> {
  const candidates = await em.find(
    IndicatorDefinition,
    { published: true, engagement: { referential: { $in: labellings.map((l) => l.referential.id) } } },
    { populate: ['engagement', 'engagement.referential', 'engagement.module'], orderBy: { engagement: { referential: { position: 'asc' }, position: 'asc' }, position: 'asc' } },
  );
  return candidates.filter((indicator) => {
    const engagement = indicator.engagement as Engagement;
    const labelling = labellings.find((l) => l.referential.id === engagement.referential.id);
    return labelling !== undefined && moduleApplies(engagement, labelling);
  });
}

/** The quarter's latest version, whoever asks (the tenant's rows only). */
function currentPublication(em: EntityManager, tenantId: string, quarter: string): Promise<Publication | null> {
  return em.findOne(Publication, { tenantId, quarter }, { orderBy: { version: 'desc' } });
}

/** Q6: what publishing the quarter would freeze now, for the manager to check before validating it. */
export async function draftPublication(em: EntityManager, tenantId: string, today: CalendarDate, timeZone: string, rawQuarter: string, rawCutOff?: string | null): Promise<Draft> {
  const scope = await scopeOf(em, tenantId, today, rawQuarter, rawCutOff);
  const { period, cutOffDate } = scope;
  const indicators = await publicationSet(em, scope.labellings);
  const values = indicators.length ? await em.find(IndicatorValue, { tenantId, period: period.code, indicator: { $in: indicators.map((i) => i.id) } }) : [];
  const cutOffEnd = startOfCalendarDate(addCalendarDays(cutOffDate, 1), timeZone);
  const figures = indicators.map((indicator) => {
    const value = values.find((v) => v.indicator.id === indicator.id) ?? null;
    const late = value !== null && value.updatedAt >= cutOffEnd;
    return { indicator, value: late ? null : value, recordedAfterCutOff: late };
  });
  return { period, cutOffDate, figures, ownerDirectorateIds: scope.ownerDirectorateIds, current: await currentPublication(em, tenantId, period.code) };
}

export interface PublishInput {
  quarter: string;
  cutOffDate?: string | null;
}

export interface CorrectInput {
  publicationId: string;
  reason: string;
  cutOffDate?: string | null;
}

/** What publishing asks first, outside the transaction: the caller's right, then the site's heading from the organization. */
export interface PreparedPublication {
  heading: PublicationHeading;
}

/**
 * Checks the input and the caller's right, then asks the organization how the site is named on its
 * public pages (the State's block, the city): no transaction is open meanwhile.
 */
export async function preparePublication(c: Caller, quarter: string, cutOffDate?: string | null): Promise<PreparedPublication> {
  const { ownerDirectorateIds } = await scopeOf(c.em, c.identity.tenantId, c.clock.today(), quarter, cutOffDate);
  authorize(c.identity, 'publication.validate', { tenantId: c.identity.tenantId, ownerDirectorateIds });
  let head;
  try {
    head = await c.app.organization.documentHead(ownerDirectorateIds[0]!, null, c.authorization);
  } catch (error) {
    const unavailable = serviceUnavailable('Le nom du site n’a pas pu être lu auprès de l’organisation : réessayez dans quelques minutes.');
    unavailable.cause = error;
    throw unavailable;
  }
  if (!head) throw notFound('Direction pilote du label');
  const { kind, name, city, timeZone, stateBlock } = head.tenant;
  return { heading: { kind, name, city, timeZone, stateBlock } };
}

const FIGURE_FIELDS = ['value', 'numerator', 'sampleSize', 'source', 'origin'] as const;

/** The same figure: PostgreSQL's double precision may come back as text. */
const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null) || (a != null && b != null && (typeof a === 'number' || typeof b === 'number') && Number(a) === Number(b));

function freeze(u: UseCase, draft: Draft, prepared: PreparedPublication, version: number, correctionReason: string | null): Publication {
  if (!draft.figures.length) throw refused(ErrorCode.BAD_USER_INPUT, 'NOTHING_TO_PUBLISH', `Les référentiels de votre site ne retiennent aucun indicateur pour la publication du ${draft.period.label}.`, 'quarter');
  const tenantId = u.identity.tenantId;
  const publication = u.em.create(Publication, {
    tenantId,
    quarter: draft.period.code,
    periodStart: draft.period.start,
    periodEnd: draft.period.end,
    version,
    cutOffDate: draft.cutOffDate,
    heading: prepared.heading,
    correctionReason,
    replacedAt: null,
    publishedAt: new Date(),
    publishedById: u.identity.userId,
    publishedByName: u.identity.name || u.identity.email,
  });
  draft.figures.forEach(({ indicator, value }, position) => {
    const engagement = indicator.engagement as Engagement;
    const referential = engagement.referential as Referential;
    u.em.create(PublishedFigure, {
      tenantId,
      publication,
      indicator,
      code: indicator.code,
      name: indicator.name,
      definition: indicator.definition,
      referentialName: `${referential.name} ${referential.version}`,
      engagementNumber: engagement.number ?? null,
      engagementText: engagement.text,
      unit: indicator.unit,
      value: value?.value ?? null,
      target: indicator.target ?? null,
      numerator: value?.numerator ?? null,
      sampleSize: value?.sampleSize ?? null,
      source: value?.source ?? null,
      origin: value?.origin ?? null,
      recordedAt: value?.updatedAt ?? null,
      position,
    });
  });
  const available = draft.figures.filter((f) => f.value).length;
  u.audit({
    operation: correctionReason ? 'correctPublication' : 'publishQuarter',
    entityType: 'Publication',
    entityId: publication.id,
    changes: [
      { field: 'quarter', from: null, to: draft.period.code },
      { field: 'version', from: version > 1 ? version - 1 : null, to: version },
      { field: 'cutOffDate', from: null, to: draft.cutOffDate },
      { field: 'figures', from: null, to: `${available} / ${draft.figures.length}` },
      ...(correctionReason ? [{ field: 'correctionReason', from: null, to: correctionReason }] : []),
    ],
  });
  return publication;
}

/** Q6: the quarter's results validated by the manager steering the label, frozen as version 1; a second time is refused (correct it). */
export async function publishQuarter(u: UseCase, input: PublishInput, prepared: PreparedPublication): Promise<Publication> {
  const draft = await draftPublication(u.em, u.identity.tenantId, u.clock.today(), u.clock.timeZone, input.quarter, input.cutOffDate);
  authorize(u.identity, 'publication.validate', { tenantId: u.identity.tenantId, ownerDirectorateIds: draft.ownerDirectorateIds });
  if (draft.current) {
    throw refused(ErrorCode.CONFLICT, 'QUARTER_PUBLISHED', `Les résultats du ${draft.period.label} sont publiés (version ${draft.current.version}) : pour les changer, publiez une correction.`, 'quarter');
  }
  return freeze(u, draft, prepared, 1, null);
}

/** The publication a correction replaces, which must be the latest version of its quarter. */
export async function publicationToCorrect(em: EntityManager, tenantId: string, id: string): Promise<Publication> {
  const publication = isUuid(id) ? await em.findOne(Publication, { id, tenantId }) : null;
  if (!publication) throw notFound('Publication');
  if (publication.replacedAt) throw refused(ErrorCode.CONFLICT, 'PUBLICATION_REPLACED', `La version ${publication.version} a déjà été remplacée : corrigez la dernière version.`, 'publicationId');
  return publication;
}

/** Q6: a new version of a published quarter, from the values as they stand now; the old one stays readable, marked replaced. */
export async function correctPublication(u: UseCase, input: CorrectInput, prepared: PreparedPublication): Promise<Publication> {
  const previous = await publicationToCorrect(u.em, u.identity.tenantId, input.publicationId);
  const reason = requiredText(input.reason, 'reason', 2000);
  const draft = await draftPublication(u.em, u.identity.tenantId, u.clock.today(), u.clock.timeZone, previous.quarter, input.cutOffDate);
  authorize(u.identity, 'publication.validate', { tenantId: u.identity.tenantId, ownerDirectorateIds: draft.ownerDirectorateIds });
  const before = await u.em.find(PublishedFigure, { publication: previous });
  const unchanged =
    before.length === draft.figures.length &&
    draft.figures.every(({ indicator, value }) => {
      const old = before.find((f) => f.indicator.id === indicator.id);
      return old !== undefined && FIGURE_FIELDS.every((field) => same(old[field], value?.[field]));
    });
  if (unchanged) throw refused(ErrorCode.BAD_USER_INPUT, 'PUBLICATION_UNCHANGED', 'Les valeurs relevées sont celles de la version publiée : corrigez d’abord les indicateurs concernés (saisie, import ou calcul).', 'publicationId');
  previous.replacedAt = new Date();
  u.audit({ operation: 'correctPublication', entityType: 'Publication', entityId: previous.id, changes: [{ field: 'replacedAt', from: null, to: previous.replacedAt.toISOString() }] });
  return freeze(u, draft, prepared, previous.version + 1, reason);
}
