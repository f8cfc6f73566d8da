import { applyRows, defineColumns, fromCsv, toCsv, type ImportOptions, type ImportReport, type ParsedCsv } from '@qualipref/csv';
import { badInput, conflict, diffSnapshots, notFound, type Patch, snapshot } from '@qualipref/server-kit';
import { Action, ActionPlan, ActionProgress, Committee, Meeting, Proposal } from '../entities/index.js';
import { unknownReference, type OrganizationLookups } from '@qualipref/organization-client';
import type { FindingInfo } from '@qualipref/surveys-client';
import { lookUpDirectorates, type Caller, type UseCase } from './deps.js';
import { ActionOrigin, ActionStatus } from './enums.js';
import { authorize, type PlanFacts } from './policy.js';
import { assertProgress } from './rules.js';
import { ACTION_ORIGIN_LABELS, FIELD_LABELS, optionalIsoDate, optionalText, requiredText } from './labels.js';

/** What the policy reads of a plan: its tenant and its committee. */
async function planFacts(u: UseCase, plan: ActionPlan): Promise<PlanFacts> {
  const committee = plan.committee ? await u.em.findOne(Committee, { id: plan.committee.id }) : null;
  return { tenantId: plan.tenantId, committee };
}

export async function findPlan(u: UseCase, id: string): Promise<ActionPlan> {
  const plan = await u.em.findOne(ActionPlan, { id });
  if (!plan) throw notFound("Plan d'actions");
  return plan;
}

export async function createActionPlan(u: UseCase, year: number, title: string, committeeId: string | null | undefined): Promise<ActionPlan> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput('Année invalide.', 'year');
  const committee = committeeId ? await u.em.findOne(Committee, { id: committeeId }) : null;
  if (committeeId && !committee) throw notFound('Comité');
  authorize(u.identity, 'actionPlan.create', { tenantId: u.identity.tenantId, committee });
  if (await u.em.findOne(ActionPlan, { tenantId: u.identity.tenantId, year })) throw conflict(`Le plan d'actions ${year} existe déjà.`, 'year');
  const plan = u.em.create(ActionPlan, { tenantId: u.identity.tenantId, year, title: requiredText(title, 'title', 200), committee });
  u.audit({ operation: 'createActionPlan', entityType: 'ActionPlan', entityId: plan.id, changes: diffSnapshots(null, { year, title: plan.title }) });
  return plan;
}

export interface ActionInput {
  reference: string;
  title: string;
  description?: string | null;
  ownerDirectorateId: string;
  dueDate?: string | null;
  status?: ActionStatus | null;
  progress?: number | null;
  originKind: ActionOrigin;
  originProposalId?: string | null;
  originMeetingId?: string | null;
  originFindingId?: string | null;
}

const ACTION_FIELDS: (keyof Action & string)[] = ['reference', 'title', 'description', 'ownerDirectorateId', 'dueDate', 'status', 'progress', 'originKind', 'originProposal', 'originMeeting', 'originFindingId'];

function reference(value: string): string {
  const ref = value.trim().toUpperCase();
  if (!/^[A-Z0-9][A-Z0-9._-]{0,39}$/.test(ref)) throw badInput('La référence d’une action est un code court (A-01…).', 'reference');
  return ref;
}

/**
 * What actions name in other services, asked before their transaction: their owner directorates
 * (organization) and the survey findings they come from (surveys).
 */
export interface ActionLookups {
  org: OrganizationLookups;
  findings: ReadonlyMap<string, FindingInfo | null>;
}

/** Asks the organization and the surveys, at once and once each, about what the actions name. */
async function lookUpActions(c: Caller, inputs: Pick<Patch<ActionInput>, 'ownerDirectorateId' | 'originFindingId'>[]): Promise<ActionLookups> {
  // Trimmed as `origin` stores them.
  const findingIds = inputs.flatMap((input) => (input.originFindingId?.trim() ? [input.originFindingId.trim()] : []));
  const [org, findings] = await Promise.all([lookUpDirectorates(c, inputs.map((input) => input.ownerDirectorateId)), c.app.surveys.findings(findingIds, c.authorization)]);
  return { org, findings };
}

/** Resolves and checks an action's origin: exactly the field its kind asks for; a finding is one of the plan's tenant. */
async function origin(u: UseCase, input: ActionInput, tenantId: string, findings: ActionLookups['findings']) {
  const proposal = input.originProposalId ? await u.em.findOne(Proposal, { id: input.originProposalId }) : null;
  if (input.originProposalId && !proposal) throw badInput('Proposition d’origine introuvable.', 'originProposalId');
  const meeting = input.originMeetingId ? await u.em.findOne(Meeting, { id: input.originMeetingId }) : null;
  if (input.originMeetingId && !meeting) throw badInput('Réunion d’origine introuvable.', 'originMeetingId');
  const finding = optionalText(input.originFindingId, 'originFindingId', 100);
  // Another tenant's finding and nobody's are refused alike.
  if (finding && findings.get(finding)?.tenantId !== tenantId) throw unknownReference('Constat d’enquête inconnu : choisissez-le dans la liste des constats.', 'originFindingId');
  const need: Record<ActionOrigin, [unknown, string] | null> = {
    [ActionOrigin.PROPOSAL]: [proposal, 'originProposalId'],
    [ActionOrigin.MEETING]: [meeting, 'originMeetingId'],
    [ActionOrigin.SURVEY_FINDING]: [finding, 'originFindingId'],
    [ActionOrigin.OTHER]: null,
  };
  const required = need[input.originKind];
  if (required && !required[0]) throw badInput(`Une action dont l’origine est ${ACTION_ORIGIN_LABELS[input.originKind]} indique laquelle (« ${FIELD_LABELS[required[1] as keyof typeof FIELD_LABELS]} »).`, required[1]);
  return { originKind: input.originKind, originProposal: proposal, originMeeting: meeting, originFindingId: finding };
}

function statusAndProgress(status: ActionStatus, progress: number): void {
  assertProgress(progress);
  if (status === ActionStatus.DONE && progress !== 100) throw badInput('Une action faite est avancée à 100 %.', 'progress');
}

/** What adding or changing an action asks first: its owner directorate and its finding. */
export function actionLookups(c: Caller, input: Pick<Patch<ActionInput>, 'ownerDirectorateId' | 'originFindingId'>): Promise<ActionLookups> {
  return lookUpActions(c, [input]);
}

export async function addAction(u: UseCase, planId: string, input: ActionInput, lookups: ActionLookups): Promise<Action> {
  const plan = await findPlan(u, planId);
  authorize(u.identity, 'actionPlan.manage', await planFacts(u, plan));
  return createAction(u, plan, input, lookups);
}

/** `referenceFree`: an import has already checked its references against the plan, all at once. */
async function createAction(u: UseCase, plan: ActionPlan, input: ActionInput, { org, findings }: ActionLookups, referenceFree = false): Promise<Action> {
  const ref = reference(input.reference);
  // A query per line of an import would also flush the lines before it (MikroORM's auto-flush).
  if (!referenceFree && (await u.em.findOne(Action, { plan, reference: ref }))) throw conflict(`L'action ${ref} existe déjà dans ce plan.`, 'reference');
  org.assertDirectoratesOfTenant([input.ownerDirectorateId], plan.tenantId, 'ownerDirectorateId');
  const status = input.status ?? ActionStatus.PLANNED;
  const progress = input.progress ?? (status === ActionStatus.DONE ? 100 : 0);
  statusAndProgress(status, progress);
  const action = u.em.create(Action, {
    tenantId: plan.tenantId,
    plan,
    reference: ref,
    title: requiredText(input.title, 'title', 500),
    description: optionalText(input.description, 'description'),
    ownerDirectorateId: input.ownerDirectorateId,
    dueDate: optionalIsoDate(input.dueDate, 'dueDate'),
    status,
    progress,
    ...(await origin(u, input, plan.tenantId, findings)),
  });
  u.em.create(ActionProgress, { tenantId: plan.tenantId, action, recordedAt: new Date(), progress, status, note: 'Création', recordedBy: u.identity.userId });
  u.audit({ operation: 'addAction', entityType: 'Action', entityId: action.id, changes: diffSnapshots(null, snapshot(action, ACTION_FIELDS)) });
  return action;
}

/** The owner directorate reports progress; the plan's managers change anything. */
export async function reportActionProgress(u: UseCase, id: string, progress: number, status: ActionStatus | null | undefined, note: string | null | undefined): Promise<Action> {
  const action = await u.em.findOne(Action, { id }, { populate: ['plan'] });
  if (!action) throw notFound('Action');
  authorize(u.identity, 'action.reportProgress', { plan: await planFacts(u, action.plan as unknown as ActionPlan), ownerDirectorateId: action.ownerDirectorateId });
  const nextStatus = status ?? (progress === 100 ? ActionStatus.DONE : progress > 0 ? ActionStatus.IN_PROGRESS : action.status);
  statusAndProgress(nextStatus, progress);
  const before = snapshot(action, ['progress', 'status']);
  action.progress = progress;
  action.status = nextStatus;
  u.em.create(ActionProgress, { tenantId: action.tenantId, action, recordedAt: new Date(), progress, status: nextStatus, note: optionalText(note, 'note', 2000), recordedBy: u.identity.userId });
  u.audit({ operation: 'reportActionProgress', entityType: 'Action', entityId: id, changes: diffSnapshots(before, snapshot(action, ['progress', 'status'])) });
  return action;
}

export async function updateAction(u: UseCase, id: string, input: Patch<ActionInput>, lookups: ActionLookups): Promise<Action> {
  const action = await u.em.findOne(Action, { id }, { populate: ['plan'] });
  if (!action) throw notFound('Action');
  authorize(u.identity, 'actionPlan.manage', await planFacts(u, action.plan as unknown as ActionPlan));
  await applyActionChanges(u, action, input, 'updateAction', lookups);
  return action;
}

/** Applies the given fields; true when anything changed (and was audited). */
async function applyActionChanges(u: UseCase, action: Action, input: Patch<ActionInput>, operation: string, { org, findings }: ActionLookups): Promise<boolean> {
  const before = snapshot(action, ACTION_FIELDS);
  if (input.title != null) action.title = requiredText(input.title, 'title', 500);
  if (input.description !== undefined) action.description = optionalText(input.description, 'description');
  if (input.ownerDirectorateId != null && input.ownerDirectorateId !== action.ownerDirectorateId) {
    org.assertDirectoratesOfTenant([input.ownerDirectorateId], action.tenantId, 'ownerDirectorateId');
    action.ownerDirectorateId = input.ownerDirectorateId;
  }
  if (input.dueDate !== undefined) action.dueDate = optionalIsoDate(input.dueDate, 'dueDate');
  if (input.originKind != null) Object.assign(action, await origin(u, { ...(input as ActionInput), originKind: input.originKind }, action.tenantId, findings));
  const status = input.status ?? action.status;
  const progress = input.progress ?? action.progress;
  statusAndProgress(status, progress);
  if (status !== action.status || progress !== action.progress) {
    action.status = status;
    action.progress = progress;
    u.em.create(ActionProgress, { tenantId: action.tenantId, action, recordedAt: new Date(), progress, status, note: null, recordedBy: u.identity.userId });
  }
  const changes = diffSnapshots(before, snapshot(action, ACTION_FIELDS));
  if (changes.length) u.audit({ operation, entityType: 'Action', entityId: action.id, changes });
  return changes.length > 0;
}

const STATUS_LABELS: Record<ActionStatus, string> = {
  [ActionStatus.PLANNED]: 'Prévue',
  [ActionStatus.IN_PROGRESS]: 'En cours',
  [ActionStatus.DONE]: 'Réalisée',
  [ActionStatus.CANCELLED]: 'Abandonnée',
};

const ORIGIN_LABELS: Record<ActionOrigin, string> = {
  [ActionOrigin.PROPOSAL]: 'Proposition',
  [ActionOrigin.SURVEY_FINDING]: 'Constat d’enquête',
  [ActionOrigin.MEETING]: 'Réunion',
  [ActionOrigin.OTHER]: 'Autre',
};

/** One CSV format for export and import, so that export → edit → import round-trips. */
export const CSV_COLUMNS = defineColumns([
  { key: 'reference', header: 'Référence', kind: 'text', required: true },
  { key: 'title', header: 'Intitulé', kind: 'text', required: true },
  { key: 'description', header: 'Description', kind: 'text' },
  { key: 'ownerDirectorateId', header: 'Direction pilote (identifiant)', kind: 'text', required: true },
  { key: 'dueDate', header: 'Échéance', kind: 'date' },
  { key: 'status', header: 'Statut', kind: 'enum', labels: STATUS_LABELS, required: true },
  { key: 'progress', header: 'Avancement (%)', kind: 'number', required: true },
  { key: 'originKind', header: 'Origine', kind: 'enum', labels: ORIGIN_LABELS, required: true },
  { key: 'originProposalId', header: 'Proposition d’origine (identifiant)', kind: 'text' },
  { key: 'originMeetingId', header: 'Réunion d’origine (identifiant)', kind: 'text' },
  { key: 'originFindingId', header: 'Constat d’origine (identifiant)', kind: 'text' },
]);

export function actionsToCsv(actions: Action[]): string {
  return toCsv(
    CSV_COLUMNS,
    actions.map((a) => ({
      reference: a.reference,
      title: a.title,
      description: a.description ?? null,
      ownerDirectorateId: a.ownerDirectorateId,
      dueDate: a.dueDate ?? null,
      status: a.status,
      progress: a.progress,
      originKind: a.originKind,
      originProposalId: a.originProposal?.id ?? null,
      originMeetingId: a.originMeeting?.id ?? null,
      originFindingId: a.originFindingId ?? null,
    })),
  );
}

type ActionRow = ReturnType<typeof fromCsv<(typeof CSV_COLUMNS)[number]['key']>>['rows'][number];

/** A plan's CSV read before the import's transaction, with the answers about the directorates and findings it names. */
export interface ParsedActionsCsv {
  parsed: ParsedCsv<(typeof CSV_COLUMNS)[number]['key']>;
  lookups: ActionLookups;
}

/** Reads the CSV and asks the organization and the surveys, once each, about every directorate and finding it names. */
export async function parseActionsCsv(c: Caller, csv: string): Promise<ParsedActionsCsv> {
  const parsed = fromCsv(CSV_COLUMNS, csv, { maxRows: 5000 });
  // A problem of the whole file (unreadable, columns missing, too long) refuses it as bad input.
  const fileProblems = parsed.issues.filter((i) => i.line <= 1);
  if (fileProblems.length) throw badInput(fileProblems.map((i) => i.message).join(' '), 'csv');
  const text = (value: string | number | null) => (value === null ? null : String(value));
  return { parsed, lookups: await lookUpActions(c, parsed.rows.map((row) => ({ ownerDirectorateId: String(row.ownerDirectorateId), originFindingId: text(row.originFindingId) }))) };
}

/**
 * Imports a plan's CSV: new references are created, known ones updated, wrong rows reported
 * with their line, column and reason. Whether anything is kept follows the options (ALL_OR_NOTHING,
 * PARTIAL, dry run): when not, ImportRejected rolls the use case's transaction back.
 */
export async function importActionsCsv(u: UseCase, planId: string, { parsed, lookups }: ParsedActionsCsv, options: ImportOptions): Promise<ImportReport> {
  const plan = await findPlan(u, planId);
  authorize(u.identity, 'actionPlan.manage', await planFacts(u, plan));

  const seen = new Set<string>();
  const existing = new Map((await u.em.find(Action, { plan })).map((a) => [a.reference, a]));
  const text = (value: string | number | null) => (value === null ? null : String(value));
  const apply = async (row: ActionRow) => {
    // The kit has typed every cell: enums are values of their enum, numbers are numbers.
    const input: ActionInput = {
      reference: reference(String(row.reference)),
      title: String(row.title),
      description: text(row.description),
      ownerDirectorateId: String(row.ownerDirectorateId),
      dueDate: text(row.dueDate),
      status: row.status as ActionStatus,
      progress: Number(row.progress),
      originKind: row.originKind as ActionOrigin,
      originProposalId: text(row.originProposalId),
      originMeetingId: text(row.originMeetingId),
      originFindingId: text(row.originFindingId),
    };
    if (seen.has(input.reference)) throw badInput(`Référence ${input.reference} en double dans le fichier.`, 'reference');
    seen.add(input.reference);
    const current = existing.get(input.reference);
    if (!current) {
      await createAction(u, plan, input, lookups, true);
      return 'created' as const;
    }
    // A row refused half-way must not leave its first cells on the action (PARTIAL keeps the others).
    const before = Object.fromEntries(ACTION_FIELDS.map((f) => [f, current[f]]));
    try {
      return (await applyActionChanges(u, current, input, 'importActionsCsv', lookups)) ? ('updated' as const) : ('unchanged' as const);
    } catch (error) {
      Object.assign(current, before);
      throw error;
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
