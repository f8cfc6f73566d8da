import { startOfCalendarDate } from '@qualipref/calendar';
import { DIRECTORATES, NATIONAL_ENGAGEMENTS, type TenantKey, seededRandom } from '@qualipref/demo-fixtures';
import type { DelayTarget } from '../entities/index.js';
import { Channel, CorrespondentKind, TargetUnit } from '../domain/enums.js';

/**
 * The label's versions the demo's delay targets implement, one after the other so that no result is rewritten, each
 * with the national engagement its delays come under: letters (`letter`), other written answers (`written`), telephone
 * pick-up (`rings`) and the requests a call or a visit leaves (`request`). Marianne 2016 ships no engagement text and
 * Qual-e-pref no delay (quality's referentials say so), so the Qualipref 2.0 targets stay until Services Publics +.
 */
export const LABEL_PERIODS = [
  {
    validFrom: '2008-01-01',
    validTo: '2014-12-31',
    engagements: { letter: NATIONAL_ENGAGEMENTS.MARIANNE_2008_COURRIERS, written: NATIONAL_ENGAGEMENTS.MARIANNE_2008_COURRIELS, rings: NATIONAL_ENGAGEMENTS.MARIANNE_2008_TELEPHONE, request: null },
  },
  {
    validFrom: '2015-01-01',
    validTo: '2020-12-31',
    engagements: { letter: NATIONAL_ENGAGEMENTS.QUALIPREF_2_0_COURRIERS_COURRIELS, written: NATIONAL_ENGAGEMENTS.QUALIPREF_2_0_COURRIERS_COURRIELS, rings: NATIONAL_ENGAGEMENTS.QUALIPREF_2_0_TELEPHONIE, request: NATIONAL_ENGAGEMENTS.QUALIPREF_2_0_COURRIERS_COURRIELS },
  },
  {
    validFrom: '2021-01-01',
    validTo: '2022-12-31',
    engagements: { letter: NATIONAL_ENGAGEMENTS.SERVICES_PUBLICS_PLUS_2021_DELAIS, written: NATIONAL_ENGAGEMENTS.SERVICES_PUBLICS_PLUS_2021_DELAIS, rings: NATIONAL_ENGAGEMENTS.SERVICES_PUBLICS_PLUS_2021_JOIGNABLES, request: NATIONAL_ENGAGEMENTS.SERVICES_PUBLICS_PLUS_2021_DELAIS },
  },
  {
    validFrom: '2023-01-01',
    validTo: null,
    engagements: { letter: NATIONAL_ENGAGEMENTS.SERVICES_PUBLICS_PLUS_2023_DELAIS, written: NATIONAL_ENGAGEMENTS.SERVICES_PUBLICS_PLUS_2023_DELAIS, rings: NATIONAL_ENGAGEMENTS.SERVICES_PUBLICS_PLUS_2023_CONTACT, request: NATIONAL_ENGAGEMENTS.SERVICES_PUBLICS_PLUS_2023_DELAIS },
  },
] as const;

/** The Marianne delays, the same under every version of the label; `engagement` names which of the period's engagements. */
export const LABEL_TARGETS = [
  { channel: Channel.EMAIL, unit: TargetUnit.WORKING_DAYS, target: 5, label: 'Répondre aux courriels dans un délai de 5 jours ouvrés', engagement: 'written' },
  { channel: Channel.LETTER, unit: TargetUnit.WORKING_DAYS, target: 15, label: 'Répondre aux courriers dans un délai de 15 jours ouvrés', engagement: 'letter' },
  { channel: Channel.CONTACT_FORM, unit: TargetUnit.WORKING_DAYS, target: 5, label: 'Répondre aux messages du formulaire de contact dans un délai de 5 jours ouvrés', engagement: 'written' },
  { channel: Channel.TELEPHONE, unit: TargetUnit.RINGS, target: 5, label: 'Décrocher les appels en moins de 5 sonneries', engagement: 'rings' },
] as const;

/**
 * The label sets no delay for a call-back or a counter request (the telephone's counts rings, none covers the counter),
 * so the domain registers them « sans délai d'engagement » unless the tenant announces one: the demo's tenants do,
 * from 2016, when the generated months start, under each period's engagement for requests.
 */
export const LOCAL_TARGETS_FROM = '2016-01-01';

export const LOCAL_TARGETS = [
  { channel: Channel.TELEPHONE, unit: TargetUnit.WORKING_DAYS, target: 2, label: 'Rappeler sous 2 jours ouvrés l’usager dont la demande n’a pu être traitée pendant l’appel', engagement: 'request' },
  { channel: Channel.COUNTER, unit: TargetUnit.WORKING_DAYS, target: 5, label: 'Répondre sous 5 jours ouvrés à une demande déposée au guichet qui n’a pu être traitée sur place', engagement: 'request' },
] as const;

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

/** What one tenant's seed shares: its delay targets (of every period) and services. */
export interface TenantDemo {
  tenant: TenantKey;
  tenantId: string;
  delayTargets: DelayTarget[];
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
