import { startOfCalendarDate } from '@qualipref/calendar';
import { DIRECTORATES, type TenantKey, seededRandom } from '@qualipref/demo-fixtures';
import type { Engagement } from '../entities/index.js';
import { Channel, CorrespondentKind, TargetUnit } from '../domain/enums.js';

/** The label's versions; each keeps the Marianne delays, in force one after the other so that no result is rewritten. */
export const LABEL_REFERENTIALS = [
  { code: 'MARIANNE_2008', name: 'Référentiel Marianne', version: '2008', year: 2008, validFrom: '2008-01-01', validTo: '2014-12-31' },
  { code: 'QUALIPREF_2_0', name: 'Qualipref 2.0 — module relation générale', version: '2.0', year: 2015, validFrom: '2015-01-01', validTo: '2016-12-31' },
  { code: 'MARIANNE_2016', name: 'Référentiel Marianne 2016', version: '2016', year: 2016, validFrom: '2017-01-01', validTo: '2019-12-31' },
  { code: 'QUALEPREF_2019', name: 'Qual-e-pref', version: '2019', year: 2019, validFrom: '2020-01-01', validTo: null },
];

export const LABEL_TARGETS = [
  { channel: Channel.EMAIL, unit: TargetUnit.WORKING_DAYS, target: 5, label: 'Répondre aux courriels dans un délai de 5 jours ouvrés' },
  { channel: Channel.LETTER, unit: TargetUnit.WORKING_DAYS, target: 15, label: 'Répondre aux courriers dans un délai de 15 jours ouvrés' },
  { channel: Channel.CONTACT_FORM, unit: TargetUnit.WORKING_DAYS, target: 5, label: 'Répondre aux messages du formulaire de contact dans un délai de 5 jours ouvrés' },
  { channel: Channel.TELEPHONE, unit: TargetUnit.RINGS, target: 5, label: 'Décrocher les appels en moins de 5 sonneries' },
];

/**
 * The label's telephone engagement counts rings and none covers the counter, so the domain registers a call-back or a
 * counter request only under a delay engagement of the tenant's own: the demo's, in force from 2016, when the
 * generated months start (before, such items are refused, as the API tests check).
 */
export const LOCAL_REFERENTIAL = { code: 'ENGAGEMENTS_LOCAUX', name: 'Engagements locaux — rappels téléphoniques et demandes au guichet', version: '2016', year: 2016, validFrom: '2016-01-01', validTo: null };

export const LOCAL_TARGETS = [
  { channel: Channel.TELEPHONE, unit: TargetUnit.WORKING_DAYS, target: 2, label: 'Rappeler sous 2 jours ouvrés l’usager dont la demande n’a pu être traitée pendant l’appel' },
  { channel: Channel.COUNTER, unit: TargetUnit.WORKING_DAYS, target: 5, label: 'Répondre sous 5 jours ouvrés à une demande déposée au guichet qui n’a pu être traitée sur place' },
];

export const SUBJECTS = [
  'Demande de renseignements sur un titre de séjour',
  "Question sur l'immatriculation d'un véhicule",
  'Demande de subvention DETR',
  "Réclamation sur le délai d'instruction d'un permis",
  "Demande d'autorisation de manifestation",
  'Question sur une délibération du conseil municipal',
  'Demande de copie d’un arrêté préfectoral',
  'Signalement au titre des installations classées',
];

/** Common procedures with the national processing-time target in days. */
export const PROCEDURES: [string, number][] = [
  ['CNI', 15],
  ['PASSEPORT', 15],
  ['CARTE_GRISE', 7],
];

export const at = (date: string, hour: number, minute = 0) => new Date(startOfCalendarDate(date).getTime() + (hour * 60 + minute) * 60_000);

/** A tenant's services with their directorate, and the one whose counters take the queue tickets. */
export function servicesOf(tenant: TenantKey) {
  const services = DIRECTORATES.filter((d) => d.tenant === tenant).flatMap((d) => d.services.map((s) => ({ id: s.id, code: s.code, directorateId: d.id })));
  return { services, counter: services.find((s) => ['BUR', 'BAT-F', 'BAT-T'].includes(s.code))! };
}

export type DemoService = ReturnType<typeof servicesOf>['services'][number];

/** What one tenant's seed shares: its engagements (of every referential) and services. */
export interface TenantDemo {
  tenant: TenantKey;
  tenantId: string;
  engagements: Engagement[];
  services: DemoService[];
  counter: DemoService;
}

/** A generator of its own for each tenant, kind of data and period, so that a month's rows do not depend on the others. */
export function randomFor(...key: string[]): () => number {
  // FNV-1a: a stable 32-bit hash of the key.
  let hash = 0x811c9dc5;
  for (const char of key.join(':')) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return seededRandom(hash >>> 0);
}

export const CORRESPONDENT_KINDS = [CorrespondentKind.USER, CorrespondentKind.USER, CorrespondentKind.USER, CorrespondentKind.ELECTED_OFFICIAL, CorrespondentKind.COLLECTIVITE, CorrespondentKind.BUSINESS, CorrespondentKind.ASSOCIATION];
