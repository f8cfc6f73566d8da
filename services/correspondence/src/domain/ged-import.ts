import { parse } from 'csv-parse/sync';
import { startOfCalendarDate } from '@qualipref/calendar';
import { badInput, diffSnapshots, DomainError, optionalText } from '@qualipref/server-kit';
import { CorrespondenceItem, GedImport } from '../entities/index.js';
import type { OrganizationLookups } from '@qualipref/organization-client';
import { lookUpServices, type Caller, type UseCase } from './deps.js';
import { Channel, CorrespondentKind } from './enums.js';
import { ItemContext, assertWriter, registerItem } from './items.js';

/** Which column of the GED export holds each field (by header name). */
export interface ColumnMapping {
  gedReference: string;
  receivedAt: string;
  channel: string;
  subject: string;
  correspondentKind: string;
  serviceId?: string | null;
  correspondentName?: string | null;
  answeredAt?: string | null;
  answerChannel?: string | null;
}

export interface ImportProblem {
  line: number;
  reason: string;
}

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

function word<T>(words: Record<string, T>, value: string, field: string): T {
  const found = words[normalize(value)];
  if (found === undefined) throw badInput(`Valeur inconnue pour ${field} : « ${value} ».`, field);
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
  if (!match) throw badInput(`Date invalide pour ${field} : « ${value} ».`, field);
  const date = match[1] ? `${match[1]}-${match[2]}-${match[3]}` : `${match[6]}-${match[5]}-${match[4]}`;
  const [hour, minute] = match[7] ? [Number(match[7]), Number(match[8])] : [9, 0];
  if (hour > 23 || minute > 59) throw badInput(`Heure invalide pour ${field} : « ${value} ».`, field);
  let midnight: Date;
  try {
    midnight = startOfCalendarDate(date);
  } catch {
    throw badInput(`Date invalide pour ${field} : « ${value} ».`, field);
  }
  return new Date(midnight.getTime() + (hour * 60 + minute) * 60_000);
}

/** A GED export read before the import's transaction, with the organization's answers about its services. */
export interface ParsedGedCsv {
  records: { record: Record<string, string>; info: { lines: number } }[];
  defaultServiceId: string | null;
  org: OrganizationLookups;
}

const cell = (record: Record<string, string>, column: string | null | undefined) => (column ? (record[column] ?? '').trim() : '');

/** Reads the export and checks its columns, then asks the organization, once, about every service it names. */
export async function parseGedCsv(c: Caller, csv: string, mapping: ColumnMapping, defaultServiceId: string | null): Promise<ParsedGedCsv> {
  assertWriter(c);
  let records: ParsedGedCsv['records'];
  try {
    records = parse(csv, { columns: true, bom: true, skip_empty_lines: true, trim: true, info: true, delimiter: [';', ',', '\t'], relax_column_count: true }) as never;
  } catch (error) {
    throw badInput(`CSV illisible : ${(error as Error).message}`, 'csv');
  }
  if (records.length > MAX_ROWS) throw badInput(`Au plus ${MAX_ROWS} lignes par import.`, 'csv');
  const header = new Set(records.length ? Object.keys(records[0]!.record) : []);
  const mapped = Object.entries(mapping).filter(([, column]) => column);
  const missing = mapped.filter(([, column]) => !header.has(column as string)).map(([, column]) => column as string);
  if (records.length && missing.length) throw badInput(`Colonnes absentes du fichier : ${missing.join(', ')}.`, 'mapping');
  if (!mapping.serviceId && !defaultServiceId) throw badInput('Indiquez la colonne du service ou un service par défaut.', 'serviceId');
  const serviceIds = [defaultServiceId, ...records.map(({ record }) => cell(record, mapping.serviceId))];
  return { records, defaultServiceId, org: await lookUpServices(c, serviceIds) };
}

/**
 * Imports items from a GED export: each row is created, skipped when its GED reference is already registered (so
 * re-importing a file changes nothing), or refused with its line and reason. The report is kept.
 */
export async function importGedCsv(u: UseCase, { records, defaultServiceId, org }: ParsedGedCsv, mapping: ColumnMapping, fileName: string | null): Promise<GedImport> {
  assertWriter(u);
  const gedImport = u.em.create(GedImport, {
    tenantId: u.identity.tenantId,
    importedAt: new Date(),
    importedBy: u.identity.userId,
    fileName: optionalText(fileName, 'fileName', 300),
    rowCount: records.length,
    created: 0,
    unchanged: 0,
    rejected: 0,
    problems: [],
  });
  const context = await ItemContext.of(u, org);
  const references = records.map(({ record }) => record[mapping.gedReference]?.trim()).filter((r): r is string => !!r);
  const known = new Set((await u.em.find(CorrespondenceItem, { tenantId: u.identity.tenantId, gedReference: { $in: references } }, { fields: ['gedReference'] })).map((i) => i.gedReference));
  const seen = new Set<string>();
  const problems: ImportProblem[] = [];
  for (const { record, info } of records) {
    try {
      const reference = cell(record, mapping.gedReference);
      if (!reference) throw badInput('Référence GED manquante.', 'gedReference');
      if (known.has(reference)) {
        gedImport.unchanged += 1;
        continue;
      }
      if (seen.has(reference)) throw badInput(`Référence GED ${reference} en double dans le fichier.`, 'gedReference');
      const answered = cell(record, mapping.answeredAt);
      const answerChannel = cell(record, mapping.answerChannel);
      await registerItem(
        u,
        {
          gedReference: reference,
          receivedAt: parseGedInstant(cell(record, mapping.receivedAt), 'receivedAt'),
          channel: word(CHANNEL_WORDS, cell(record, mapping.channel), 'channel'),
          subject: cell(record, mapping.subject),
          correspondentKind: word(KIND_WORDS, cell(record, mapping.correspondentKind), 'correspondentKind'),
          correspondentName: cell(record, mapping.correspondentName) || null,
          serviceId: cell(record, mapping.serviceId) || defaultServiceId || '',
          answeredAt: answered ? parseGedInstant(answered, 'answeredAt') : null,
          answerChannel: answerChannel ? word(CHANNEL_WORDS, answerChannel, 'answerChannel') : null,
        },
        context,
        gedImport,
      );
      seen.add(reference);
      gedImport.created += 1;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      problems.push({ line: info.lines, reason: error.message });
    }
  }
  gedImport.rejected = problems.length;
  gedImport.problems = problems;
  u.audit({ operation: 'importGedCsv', entityType: 'GedImport', entityId: gedImport.id, changes: diffSnapshots(null, { fileName: gedImport.fileName, rowCount: gedImport.rowCount, created: gedImport.created, unchanged: gedImport.unchanged, rejected: gedImport.rejected }) });
  return gedImport;
}
