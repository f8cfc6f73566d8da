import { defineColumns, fromCsv, applyRows, RowError, type ImportOptions, type ImportReport, type ParsedCsv } from '@qualipref/csv';
import { DomainError, ErrorCode, badInput, diffSnapshots, isUuid, notFound, serviceUnavailable, snapshot } from '@qualipref/server-kit';
import type { EntityManager } from '@mikro-orm/core';
import { Engagement, IndicatorDefinition, IndicatorFormula, IndicatorValue, Labelling, Referential, ReferentialModule } from '../entities/index.js';
import { compute, type Computed } from './computations.js';
import type { Caller, UseCase } from './deps.js';
import { IndicatorComputation, IndicatorSource, IndicatorUnit } from './enums.js';
import { FiguresUnavailable, type Figures } from './figures.js';
import { checkParameters, sameParameters } from './formulas.js';
import { UNIT_LABELS, optionalText } from './labels.js';
import { assertEnded, parsePeriod, type Period } from './periods.js';
import { authorize, can } from './policy.js';

const VALUE_FIELDS: (keyof IndicatorValue & string)[] = ['period', 'value', 'unit', 'target', 'numerator', 'sampleSize', 'source', 'origin', 'formulaVersion', 'comment'];

const refused = (reason: string, message: string, field: string) => new DomainError(ErrorCode.BAD_USER_INPUT, message, field, reason);

/** An indicator's formula in force for a tenant: the national one (version 1) or its latest revision. */
export interface Formula {
  version: number;
  parameters: Record<string, unknown>;
  revision: IndicatorFormula | null;
}

/** The formulas in force for a tenant of several indicators, by indicator id, in one query. */
async function formulasOf(em: EntityManager, indicators: IndicatorDefinition[], tenantId: string): Promise<Map<string, Formula>> {
  const revisions = await em.find(IndicatorFormula, { tenantId, indicator: { $in: indicators.map((i) => i.id) } }, { orderBy: { version: 'desc' } });
  return new Map(
    indicators.map((indicator) => {
      const revision = revisions.find((r) => r.indicator.id === indicator.id);
      return [indicator.id, revision ? { version: revision.version, parameters: revision.parameters, revision } : { version: 1, parameters: indicator.parameters ?? {}, revision: null }];
    }),
  );
}

const formulaOf = async (em: EntityManager, indicator: IndicatorDefinition, tenantId: string): Promise<Formula> => (await formulasOf(em, [indicator], tenantId)).get(indicator.id)!;

/** Who a value or a formula is recorded by, as its pages name them. */
const recorderName = (identity: UseCase['identity']) => identity.name || identity.email;

/** Whether the labelling applies to the engagement: its module is mandatory or chosen (or it has none). */
export function moduleApplies(engagement: Engagement, labelling: Labelling): boolean {
  const module = engagement.module as ReferentialModule | null;
  return !module || module.mandatory || labelling.optionalModuleCodes.includes(module.code);
}

/** The indicator, and the tenant's labelling under its referential, whose modules include its engagement's. */
async function indicatorAndLabelling(em: EntityManager, indicatorId: string, tenantId: string, field = 'indicatorId'): Promise<{ indicator: IndicatorDefinition; labelling: Labelling }> {
  if (!isUuid(indicatorId)) throw notFound('Indicateur');
  const indicator = await em.findOne(IndicatorDefinition, { id: indicatorId }, { populate: ['engagement', 'engagement.referential', 'engagement.module'] });
  if (!indicator) throw notFound('Indicateur');
  const labelling = await em.findOne(Labelling, { tenantId, referential: (indicator.engagement as Engagement).referential.id });
  return { indicator, labelling: assertLabelled(indicator, labelling, field) };
}

/** The tenant's labelling under the indicator's referential (its engagement loaded), which must include the engagement's module. */
function assertLabelled(indicator: IndicatorDefinition, labelling: Labelling | null | undefined, field: string): Labelling {
  const engagement = indicator.engagement as Engagement;
  const referential = engagement.referential as Referential;
  if (!labelling) throw refused('NOT_LABELLED', `Votre site n’est pas labellisé au référentiel ${referential.name} ${referential.version} : ses indicateurs ne s’y relèvent pas.`, field);
  if (!moduleApplies(engagement, labelling)) {
    throw refused('MODULE_NOT_CHOSEN', `Le module « ${(engagement.module as ReferentialModule).name} » n’est pas retenu par votre labellisation : ses indicateurs ne s’y relèvent pas.`, field);
  }
  return labelling;
}

/** What each unit accepts, and how a refusal says it. */
const NOT_NEGATIVE = { accepts: (v: number) => v >= 0, expected: 'un nombre positif ou nul' };
const RANGES: Record<IndicatorUnit, { accepts: (value: number) => boolean; expected: string }> = {
  [IndicatorUnit.RATE]: { accepts: (v) => v >= 0 && v <= 1, expected: 'un taux de 0 à 1 (0,78 pour 78 %)' },
  [IndicatorUnit.SIGNED_RATE]: { accepts: (v) => v >= -1 && v <= 1, expected: 'un écart de taux de -1 à 1 (0,6 pour 60 %)' },
  [IndicatorUnit.BOOLEAN]: { accepts: (v) => v === 0 || v === 1, expected: '1 (atteint) ou 0 (non atteint)' },
  [IndicatorUnit.SCORE_10]: { accepts: (v) => v >= 0 && v <= 10, expected: 'une note de 0 à 10' },
  [IndicatorUnit.WORKING_DAYS]: NOT_NEGATIVE,
  [IndicatorUnit.RINGS]: NOT_NEGATIVE,
  [IndicatorUnit.COUNT]: NOT_NEGATIVE,
  [IndicatorUnit.MINUTES]: NOT_NEGATIVE,
};

/** A value in the indicator's unit: a rate from 0 to 1, a yes/no as 1 or 0, any other figure not below 0. */
function checkValue(value: number, unit: IndicatorUnit, field = 'value'): number {
  const range = RANGES[unit];
  if (!Number.isFinite(value) || !range.accepts(value)) throw refused('VALUE_OUT_OF_RANGE', `Valeur ${String(value).replace('.', ',')} hors limites : attendu ${range.expected}.`, field);
  return value;
}

function checkUnit(unit: IndicatorUnit | null | undefined, indicator: IndicatorDefinition, field = 'unit'): IndicatorUnit {
  if (!unit) throw refused('MISSING_UNIT', `Indiquez l’unité de la valeur : ${UNIT_LABELS[indicator.unit]} pour « ${indicator.name} ».`, field);
  if (unit !== indicator.unit) throw refused('UNIT_MISMATCH', `L’indicateur « ${indicator.name} » se mesure en ${UNIT_LABELS[indicator.unit]}, non en ${UNIT_LABELS[unit]}.`, field);
  return unit;
}

function checkOrigin(origin: string | null | undefined, field = 'origin'): string {
  const text = origin?.trim();
  if (!text) throw refused('MISSING_SOURCE', 'Indiquez la source de la valeur : le système, le fichier ou le registre d’où elle vient.', field);
  if (text.length > 500) throw badInput('Source trop longue (500 caractères au plus).', field);
  return text;
}

interface Recorded {
  value: number;
  unit: IndicatorUnit;
  numerator: number | null;
  sampleSize: number | null;
  source: IndicatorSource;
  origin: string;
  formulaVersion: number | null;
  comment: string | null;
}

/**
 * Writes the tenant's value of the period, replacing the one recorded before (the audit trail keeps
 * it). `known` is that value when the caller loaded it already (null: none), as an import does for its file.
 */
async function record(u: UseCase, indicator: IndicatorDefinition, period: Period, values: Recorded, operation: string, known?: IndicatorValue | null): Promise<{ row: IndicatorValue; outcome: 'created' | 'updated' | 'unchanged' }> {
  const tenantId = u.identity.tenantId;
  const existing = known !== undefined ? known : await u.em.findOne(IndicatorValue, { tenantId, indicator: indicator.id, period: period.code });
  const fields = { ...values, period: period.code, periodStart: period.start, periodEnd: period.end, target: indicator.target ?? null, recordedById: u.identity.userId, recordedByName: recorderName(u.identity) };
  if (!existing) {
    const row = u.em.create(IndicatorValue, { tenantId, indicator, ...fields });
    u.audit({ operation, entityType: 'IndicatorValue', entityId: row.id, changes: diffSnapshots(null, snapshot(row, VALUE_FIELDS)) });
    return { row, outcome: 'created' };
  }
  const changes = diffSnapshots(snapshot(existing, VALUE_FIELDS), snapshot({ ...existing, ...fields }, VALUE_FIELDS));
  if (!changes.length) return { row: existing, outcome: 'unchanged' };
  Object.assign(existing, fields);
  u.audit({ operation, entityType: 'IndicatorValue', entityId: existing.id, changes });
  return { row: existing, outcome: 'updated' };
}

export interface EnterValueInput {
  indicatorId: string;
  period: string;
  value: number;
  unit?: IndicatorUnit | null;
  origin?: string | null;
  comment?: string | null;
}

/** Q1: a value entered by hand, with who and when; an indicator the platform computes is not entered. */
export async function enterIndicatorValue(u: UseCase, input: EnterValueInput): Promise<IndicatorValue> {
  const { indicator, labelling } = await indicatorAndLabelling(u.em, input.indicatorId, u.identity.tenantId);
  authorize(u.identity, 'labelling.manage', labelling);
  if (indicator.computation) throw refused('INDICATOR_COMPUTED', `« ${indicator.name} » est calculé par la plateforme : lancez le calcul des indicateurs, ou révisez sa formule.`, 'indicatorId');
  const period = parsePeriod(input.period);
  assertEnded(period, u.clock.today());
  const unit = checkUnit(input.unit, indicator);
  const value = checkValue(input.value, unit);
  const origin = checkOrigin(input.origin);
  const comment = optionalText(input.comment, 'comment', 2000);
  return (await record(u, indicator, period, { value, unit, numerator: null, sampleSize: null, source: IndicatorSource.ENTERED, origin, formulaVersion: null, comment }, 'enterIndicatorValue')).row;
}

const UNIT_CSV_LABELS = Object.fromEntries(Object.values(IndicatorUnit).map((unit) => [unit, UNIT_LABELS[unit]])) as Record<IndicatorUnit, string>;

/** The format of an indicators' import: one value per line, as another system exports it (Je donne mon avis, the telephony). */
export const INDICATOR_COLUMNS = defineColumns([
  { key: 'referential', header: 'Référentiel', kind: 'text', required: true },
  { key: 'indicator', header: 'Indicateur', kind: 'text', required: true },
  { key: 'period', header: 'Période', kind: 'text', required: true },
  { key: 'value', header: 'Valeur', kind: 'text', required: true },
  { key: 'unit', header: 'Unité', kind: 'enum', labels: UNIT_CSV_LABELS },
  { key: 'origin', header: 'Source', kind: 'text' },
  { key: 'numerator', header: 'Numérateur', kind: 'number', optional: true },
  { key: 'sampleSize', header: 'Effectif', kind: 'number', optional: true },
  { key: 'comment', header: 'Commentaire', kind: 'text', optional: true },
]);
type Key = (typeof INDICATOR_COLUMNS)[number]['key'];

/** A cell's value: « 0,78 », « 78 % » for a rate, « 1 840 ». */
function readValue(cell: string, unit: IndicatorUnit): number {
  const text = cell.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  const percent = text.endsWith('%');
  const number = Number(percent ? text.slice(0, -1) : text);
  if (!text || Number.isNaN(number)) throw new RowError('INVALID_NUMBER', `Valeur « ${cell} » illisible : écrivez un nombre (0,78 ; 78 % pour un taux ; 1840).`, 'value');
  if (percent && unit !== IndicatorUnit.RATE && unit !== IndicatorUnit.SIGNED_RATE) throw new RowError('UNIT_MISMATCH', 'Un pourcentage ne convient qu’à un taux.', 'value');
  // 82,7 % is 0.827, not the 0.8270000000000001 a division by 100 gives.
  return percent ? Number((number / 100).toPrecision(12)) : number;
}

/** A line's period, canonical, or none when it is not one (the line is refused for it when applied). */
function periodCodeOf(raw: string): string[] {
  try {
    return [parsePeriod(raw).code];
  } catch {
    return [];
  }
}

/** Reads the file before the transaction: a problem of the whole file refuses it as bad input. */
export function parseIndicatorsCsv(csv: string): ParsedCsv<Key> {
  const parsed = fromCsv(INDICATOR_COLUMNS, csv, { maxRows: 5000 });
  const fileProblems = parsed.issues.filter((i) => i.line <= 1);
  if (fileProblems.length) throw badInput(fileProblems.map((i) => i.message).join(' '), 'csv');
  return parsed;
}

const asRowError = (error: unknown): unknown => (error instanceof DomainError ? new RowError(error.reason ?? error.code, error.message, error.field ?? null) : error);

/** Q1: values imported from another system's file; each line says its source; the report lists every problem by line. */
export async function importIndicatorValues(u: UseCase, parsed: ParsedCsv<Key>, options: ImportOptions): Promise<ImportReport> {
  const tenantId = u.identity.tenantId;
  // Who may not record any of the tenant's indicators is refused the file, not told so line by line.
  const labellings = await u.em.find(Labelling, { tenantId });
  if (!labellings.length) throw refused('NOT_LABELLED', 'Votre site n’a aucune labellisation : aucun indicateur ne s’y relève.', 'csv');
  if (!labellings.some((l) => can(u.identity, 'labelling.manage', l))) authorize(u.identity, 'labelling.manage', labellings[0]!);
  const today = u.clock.today();
  const seen = new Set<string>();
  // What the file names, loaded once for all its lines: the definitions of its codes, the values already recorded.
  const referentials = new Map((await u.em.find(Referential, {})).map((r) => [r.code, r]));
  const codes = [...new Set(parsed.rows.map((row) => String(row.indicator).trim().toUpperCase()))];
  const definitions = await u.em.find(IndicatorDefinition, { code: { $in: codes } }, { populate: ['engagement', 'engagement.referential', 'engagement.module'] });
  const periods = [...new Set(parsed.rows.flatMap((row) => periodCodeOf(String(row.period))))];
  const recorded = await u.em.find(IndicatorValue, { tenantId, indicator: { $in: definitions.map((d) => d.id) }, period: { $in: periods } });
  const known = new Map(recorded.map((v) => [`${v.indicator.id}|${v.period}`, v]));
  const labellingOf = new Map(labellings.map((l) => [l.referential.id, l]));
  const apply = async (row: ParsedCsv<Key>['rows'][number]) => {
    try {
      const referential = referentials.get(String(row.referential).trim().toUpperCase());
      if (!referential) throw new RowError('UNKNOWN_REFERENTIAL', `Référentiel « ${row.referential} » inconnu (QUAL_E_PREF, SERVICES_PUBLICS_PLUS_2023…).`, 'referential');
      const code = String(row.indicator).trim().toUpperCase();
      const candidates = definitions.filter((d) => d.code === code && (d.engagement as Engagement).referential.id === referential.id);
      if (!candidates.length) throw new RowError('UNKNOWN_INDICATOR', `Indicateur « ${row.indicator} » inconnu du référentiel ${referential.name} ${referential.version}.`, 'indicator');
      const period = parsePeriod(String(row.period));
      assertEnded(period, today);
      const key = `${referential.code}:${code}:${period.code}`;
      if (seen.has(key)) throw new RowError('DUPLICATE_ROW', `${code} pour ${period.label} figure deux fois dans le fichier.`, 'indicator');
      seen.add(key);
      // One code may measure two engagements (décroché global under « contact » and « résultats »): both get the
      // value, each checked before either is written, so that a refused line writes nothing.
      const checked = candidates.map((indicator) => {
        authorize(u.identity, 'labelling.manage', assertLabelled(indicator, labellingOf.get(referential.id), 'indicator'));
        if (indicator.computation) throw new RowError('INDICATOR_COMPUTED', `« ${indicator.name} » est calculé par la plateforme : il ne s’importe pas.`, 'indicator');
        const unit = checkUnit(row.unit as IndicatorUnit | null, indicator);
        return { indicator, unit, value: checkValue(readValue(String(row.value), unit), unit) };
      });
      const origin = checkOrigin(row.origin === null ? null : String(row.origin));
      const sampleSize = row.sampleSize === null ? null : Number(row.sampleSize);
      if (sampleSize !== null && (!Number.isInteger(sampleSize) || sampleSize < 0)) throw new RowError('VALUE_OUT_OF_RANGE', 'L’effectif est un nombre entier positif.', 'sampleSize');
      const comment = row.comment === null ? null : String(row.comment).slice(0, 2000);
      const numerator = row.numerator === null ? null : Number(row.numerator);
      const outcomes: string[] = [];
      for (const { indicator, unit, value } of checked) {
        const values = { value, unit, numerator, sampleSize, source: IndicatorSource.IMPORTED, origin, formulaVersion: null, comment };
        outcomes.push((await record(u, indicator, period, values, 'importIndicatorValues', known.get(`${indicator.id}|${period.code}`) ?? null)).outcome);
      }
      return outcomes.includes('created') ? ('created' as const) : outcomes.includes('updated') ? ('updated' as const) : ('unchanged' as const);
    } catch (error) {
      throw asRowError(error);
    }
  };
  const { report, keep } = await applyRows(options, parsed, apply);
  if (!keep) throw new ImportRejected(report);
  return report;
}

/** Thrown to roll the import's transaction back (dry run, or ALL_OR_NOTHING with a problem); carries the report. */
export class ImportRejected extends Error {
  constructor(readonly report: ImportReport) {
    super(`Import non enregistré : ${report.issues.length} problème(s)`);
  }
}

/** The tenant's labellings whose referential was still open during the period (with it loaded). */
export function labellingsInForce(em: EntityManager, tenantId: string, period: Period): Promise<Labelling[]> {
  return em.find(Labelling, { tenantId, referential: { $or: [{ closedOn: null }, { closedOn: { $gt: period.start } }] } }, { populate: ['referential'] });
}

/**
 * The computed indicators of the tenant's labellings in force during the period that the caller
 * steers (FORBIDDEN when none): a manager computes the labels of their own directorate.
 */
async function computedIndicators(em: EntityManager, identity: Caller['identity'], period: Period) {
  const inForce = await labellingsInForce(em, identity.tenantId, period);
  if (!inForce.length) throw refused('NOT_LABELLED', `Votre site n’a aucune labellisation en vigueur en ${period.label} : aucun indicateur à calculer.`, 'period');
  const labellings = inForce.filter((l) => can(identity, 'labelling.manage', l));
  if (!labellings.length) authorize(identity, 'labelling.manage', inForce[0]!);
  const indicators = await em.find(IndicatorDefinition, { computation: { $ne: null }, engagement: { referential: { $in: labellings.map((l) => l.referential.id) } } }, { populate: ['engagement', 'engagement.module'], orderBy: { engagement: { referential: { position: 'asc' }, position: 'asc' }, position: 'asc' } });
  return { labellings, indicators };
}

/** What a computation needs, read before its transaction: the figures of the period, through the supergraph. */
export interface PreparedComputation {
  period: Period;
  figures: Figures;
}

/** Checks the period and the caller's right first, then asks the supergraph: no transaction is open meanwhile. */
export async function prepareComputation(c: Caller, rawPeriod: string): Promise<PreparedComputation> {
  const period = parsePeriod(rawPeriod);
  assertEnded(period, c.clock.today());
  await computedIndicators(c.em, c.identity, period);
  try {
    const figures = await c.app.figures.figures(c.identity.tenantId, c.identity.directorateId, { start: period.start, end: period.end, year: Number(period.code.slice(0, 4)), clock: c.clock });
    return { period, figures };
  } catch (error) {
    if (error instanceof FiguresUnavailable) {
      const unavailable = serviceUnavailable(`Les chiffres des comités, des enquêtes et des délais n’ont pas pu être lus (${error.message}) : réessayez dans quelques minutes.`);
      unavailable.cause = error;
      throw unavailable;
    }
    throw error;
  }
}

/** One indicator computed: its value recorded, or why there is none. */
export interface ComputationResult {
  indicator: IndicatorDefinition;
  value: IndicatorValue | null;
  reason: string | null;
}

/** Q1: the tenant's computed indicators of the period, from the figures read; each value says what it was computed from. */
export async function computeIndicatorValues(u: UseCase, { period, figures }: PreparedComputation): Promise<ComputationResult[]> {
  const { labellings, indicators } = await computedIndicators(u.em, u.identity, period);
  const formulas = await formulasOf(u.em, indicators, u.identity.tenantId);
  const results: ComputationResult[] = [];
  for (const indicator of indicators) {
    const engagement = indicator.engagement as Engagement;
    if (!moduleApplies(engagement, labellings.find((l) => l.referential.id === engagement.referential.id)!)) continue;
    const formula = formulas.get(indicator.id)!;
    const computed: Computed = compute(indicator.computation as IndicatorComputation, formula.parameters, figures, period, u.clock.calendar);
    if (computed.value === null) {
      results.push({ indicator, value: null, reason: computed.reason });
      continue;
    }
    const { row } = await record(u, indicator, period, { value: computed.value, unit: indicator.unit, numerator: computed.numerator, sampleSize: computed.sampleSize, source: IndicatorSource.COMPUTED, origin: computed.origin, formulaVersion: formula.version, comment: null }, 'computeIndicatorValues');
    results.push({ indicator, value: row, reason: null });
  }
  return results;
}

/** Q1: a tenant's new version of a computed indicator's formula, with why. */
export async function reviseIndicatorFormula(u: UseCase, indicatorId: string, parameters: unknown, comment: string): Promise<IndicatorFormula> {
  const tenantId = u.identity.tenantId;
  const { indicator, labelling } = await indicatorAndLabelling(u.em, indicatorId, tenantId);
  authorize(u.identity, 'labelling.manage', labelling);
  if (!indicator.computation) throw refused('NOT_COMPUTED', `« ${indicator.name} » n’est pas calculé par la plateforme : il n’a pas de formule à réviser.`, 'indicatorId');
  const checked = checkParameters(indicator.computation as IndicatorComputation, parameters);
  const why = comment.trim();
  if (!why) throw badInput('Dites pourquoi la formule change : le commentaire est obligatoire.', 'comment');
  const current = await formulaOf(u.em, indicator, tenantId);
  if (sameParameters(current.parameters, checked)) throw refused('FORMULA_UNCHANGED', `Ces paramètres sont ceux de la version ${current.version} en vigueur.`, 'parameters');
  const formula = u.em.create(IndicatorFormula, { tenantId, indicator, version: current.version + 1, parameters: checked, comment: why.slice(0, 2000), createdById: u.identity.userId, createdByName: recorderName(u.identity) });
  u.audit({ operation: 'reviseIndicatorFormula', entityType: 'IndicatorFormula', entityId: formula.id, changes: diffSnapshots(null, snapshot(formula, ['version', 'parameters', 'comment'])) });
  return formula;
}
