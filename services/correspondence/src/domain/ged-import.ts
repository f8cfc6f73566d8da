import { applyRows, defineColumns, fromCsv, RowError, type Column, type ImportIssue, type ImportOptions, type ImportReport, type ParsedCsv } from '@qualipref/csv';
import { startOfCalendarDate } from '@qualipref/calendar';
import { badInput, diffSnapshots, DomainError } from '@qualipref/server-kit';
import { CorrespondenceItem, GedImport } from '../entities/index.js';
import type { OrganizationLookups } from '@qualipref/organization-client';
import { lookUpServices, type Caller, type UseCase } from './deps.js';
import { Channel, CorrespondentKind } from './enums.js';
import { ItemContext, assertWriter, registerItem } from './items.js';
import { labelOf, optionalText } from './labels.js';

/**
 * The GED export's columns: French headers, machine keys accepted too. The optional ones may be
 * left out of the file.
 */
export const GED_COLUMNS = defineColumns([
  { key: 'gedReference', header: 'Référence GED', kind: 'text', required: true },
  { key: 'receivedAt', header: 'Date de réception', kind: 'text', required: true },
  { key: 'channel', header: 'Canal', kind: 'text', required: true },
  { key: 'subject', header: 'Objet', kind: 'text', required: true },
  { key: 'correspondentKind', header: 'Type de correspondant', kind: 'text', required: true },
  { key: 'correspondentName', header: 'Nom du correspondant', kind: 'text', optional: true },
  { key: 'serviceId', header: 'Service (identifiant)', kind: 'text', optional: true },
  { key: 'answeredAt', header: 'Date de réponse', kind: 'text', optional: true },
  { key: 'answerChannel', header: 'Canal de réponse', kind: 'text', optional: true },
]);
export type GedField = (typeof GED_COLUMNS)[number]['key'];

/** For a GED whose export names its columns otherwise: the header of the file that holds a field. */
export type ColumnMapping = Partial<Record<GedField, string | null>>;

const MAX_ROWS = 10_000;

const normalize = (value: string) => value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase().replace(/[\s_-]+/g, ' ');

/** Words GED exports use for channels and correspondents, besides this API's own enum values. */
const CHANNEL_WORDS: Record<string, Channel> = {
  courrier: Channel.LETTER, lettre: Channel.LETTER, letter: Channel.LETTER,
  courriel: Channel.EMAIL, mel: Channel.EMAIL, mail: Channel.EMAIL, email: Channel.EMAIL, 'e mail': Channel.EMAIL,
  telephone: Channel.TELEPHONE, appel: Channel.TELEPHONE,
  formulaire: Channel.CONTACT_FORM, 'formulaire de contact': Channel.CONTACT_FORM, 'contact form': Channel.CONTACT_FORM,
  guichet: Channel.COUNTER, accueil: Channel.COUNTER, counter: Channel.COUNTER,
};
const KIND_WORDS: Record<string, CorrespondentKind> = {
  usager: CorrespondentKind.USER, particulier: CorrespondentKind.USER, user: CorrespondentKind.USER,
  elu: CorrespondentKind.ELECTED_OFFICIAL, 'elected official': CorrespondentKind.ELECTED_OFFICIAL,
  collectivite: CorrespondentKind.COLLECTIVITE, commune: CorrespondentKind.COLLECTIVITE,
  entreprise: CorrespondentKind.BUSINESS, business: CorrespondentKind.BUSINESS,
  association: CorrespondentKind.ASSOCIATION,
};

function word<T>(words: Record<string, T>, value: string, column: Column<GedField>): T {
  const found = words[normalize(value)];
  if (found === undefined) throw new RowError('INVALID_ENUM', `« ${column.header} » : valeur inconnue « ${value} ».`, column.key);
  return found;
}

/**
 * An instant from a GED cell: ISO 8601 with its offset, or a Paris local `AAAA-MM-JJ[ HH:MM]` / `JJ/MM/AAAA[ HH:MM]`
 * (a date alone is taken at 09:00, within opening hours). Local times are placed with the offset of that day's
 * midnight, which is only wrong in the night hour when clocks change.
 */
export function parseGedInstant(value: string, field: string): Date {
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(text)) {
    const instant = new Date(text);
    if (!Number.isNaN(instant.getTime())) return instant;
  }
  const match = /^(?:(\d{4})-(\d{2})-(\d{2})|(\d{2})\/(\d{2})\/(\d{4}))(?:[ T](\d{2}):(\d{2})(?::\d{2})?)?$/.exec(text);
  if (!match) throw badInput(`Date invalide pour « ${labelOf(field)} » : « ${value} ».`, field);
  const date = match[1] ? `${match[1]}-${match[2]}-${match[3]}` : `${match[6]}-${match[5]}-${match[4]}`;
  const [hour, minute] = match[7] ? [Number(match[7]), Number(match[8])] : [9, 0];
  if (hour > 23 || minute > 59) throw badInput(`Heure invalide pour « ${labelOf(field)} » : « ${value} ».`, field);
  let midnight: Date;
  try {
    midnight = startOfCalendarDate(date);
  } catch {
    throw badInput(`Date invalide pour « ${labelOf(field)} » : « ${value} ».`, field);
  }
  return new Date(midnight.getTime() + (hour * 60 + minute) * 60_000);
}

/** A GED export read before the import's transaction, with the organization's answers about its services. */
export interface ParsedGedCsv {
  parsed: ParsedCsv<GedField>;
  columns: readonly Column<GedField>[];
  defaultServiceId: string | null;
  org: OrganizationLookups;
}

/** The columns as this file names them: a mapped field is read from its header, and must then be there. */
function columnsOf(mapping: ColumnMapping | null): readonly Column<GedField>[] {
  return GED_COLUMNS.map((column) => {
    const header = mapping?.[column.key]?.trim();
    return header ? { ...column, header, optional: false } : column;
  });
}

/** Reads the export and checks its columns, then asks the organization, once, about every service it names. */
export async function parseGedCsv(c: Caller, csv: string, mapping: ColumnMapping | null, defaultServiceId: string | null): Promise<ParsedGedCsv> {
  assertWriter(c);
  const columns = columnsOf(mapping);
  const parsed = fromCsv(columns, csv, { maxRows: MAX_ROWS });
  const hasServiceColumn = !!mapping?.serviceId || parsed.rows.some((row) => row.serviceId !== null);
  if (!hasServiceColumn && !defaultServiceId && parsed.rows.length) throw badInput('Indiquez la colonne du service ou un service par défaut.', 'serviceId');
  const serviceIds = [defaultServiceId, ...parsed.rows.map((row) => (row.serviceId === null ? null : String(row.serviceId).trim()))];
  return { parsed, columns, defaultServiceId, org: await lookUpServices(c, serviceIds) };
}

/** Thrown to roll an import's transaction back (dry run, or ALL_OR_NOTHING with a problem); carries the report. */
export class GedImportRejected extends Error {
  constructor(readonly report: ImportReport) {
    super(`Import GED non enregistré : ${report.issues.length} problème(s)`);
  }
}

/** A refused row's issue: the domain's refusals in their words, anything else is a fault of the server, not of the file. */
function issueOf(error: unknown, row: { line: number }): ImportIssue {
  if (error instanceof RowError) return { line: row.line, field: error.field, code: error.code, message: error.message };
  if (error instanceof DomainError) return { line: row.line, field: error.field ?? null, code: error.code, message: error.message };
  throw error;
}

/**
 * Imports items from a GED export: each row is created, counted unchanged when its GED reference is already
 * registered (so re-importing a file changes nothing), or refused with its line, column and reason. PARTIAL keeps
 * the right rows, ALL_OR_NOTHING none when any is wrong, a dry run none at all (GedImportRejected rolls back and
 * carries the report). What was kept is recorded as a GedImport.
 */
export async function importGedCsv(u: UseCase, { parsed, columns, defaultServiceId, org }: ParsedGedCsv, fileName: string | null, options: ImportOptions): Promise<ImportReport> {
  assertWriter(u);
  const gedImport = u.em.create(GedImport, {
    tenantId: u.identity.tenantId,
    importedAt: new Date(),
    importedBy: u.identity.userId,
    fileName: optionalText(fileName, 'fileName', 300),
    rowCount: parsed.total,
    created: 0,
    unchanged: 0,
    rejected: 0,
    problems: [],
  });
  const column = Object.fromEntries(columns.map((c) => [c.key, c])) as Record<GedField, Column<GedField>>;
  const text = (value: string | number | null) => (value === null ? '' : String(value).trim());
  const context = await ItemContext.of(u, org);
  const references = parsed.rows.map((row) => text(row.gedReference)).filter(Boolean);
  const known = new Set((await u.em.find(CorrespondenceItem, { tenantId: u.identity.tenantId, gedReference: { $in: references } }, { fields: ['gedReference'] })).map((i) => i.gedReference));
  const seen = new Set<string>();
  const { report, keep } = await applyRows(
    options,
    parsed,
    async (row) => {
      const reference = text(row.gedReference);
      if (known.has(reference)) return 'unchanged';
      if (seen.has(reference)) throw new RowError('DUPLICATE_REFERENCE', `Référence GED ${reference} en double dans le fichier.`, 'gedReference');
      const serviceId = text(row.serviceId) || defaultServiceId;
      if (!serviceId) throw new RowError('REQUIRED', `« ${column.serviceId.header} » est vide et l’import n’a pas de service par défaut.`, 'serviceId');
      const answered = text(row.answeredAt);
      const answerChannel = text(row.answerChannel);
      await registerItem(
        u,
        {
          gedReference: reference,
          receivedAt: parseGedInstant(text(row.receivedAt), 'receivedAt'),
          channel: word(CHANNEL_WORDS, text(row.channel), column.channel),
          subject: text(row.subject),
          correspondentKind: word(KIND_WORDS, text(row.correspondentKind), column.correspondentKind),
          correspondentName: text(row.correspondentName) || null,
          serviceId,
          answeredAt: answered ? parseGedInstant(answered, 'answeredAt') : null,
          answerChannel: answerChannel ? word(CHANNEL_WORDS, answerChannel, column.answerChannel) : null,
        },
        context,
        gedImport,
      );
      seen.add(reference);
      return 'created';
    },
    issueOf,
  );
  if (!keep) throw new GedImportRejected(report);
  Object.assign(gedImport, { created: report.created, unchanged: report.unchanged, rejected: report.rejected, problems: report.issues });
  u.audit({ operation: 'importGedCsv', entityType: 'GedImport', entityId: gedImport.id, changes: diffSnapshots(null, { fileName: gedImport.fileName, mode: options.mode, rowCount: gedImport.rowCount, created: gedImport.created, unchanged: gedImport.unchanged, rejected: gedImport.rejected }) });
  return report;
}
