import type { EntityManager } from '@mikro-orm/core';
import { DEFAULT_SETTINGS, WorkingCalendar, addCalendarDays, startOfCalendarDate, toCalendarDate } from '@qualipref/calendar';
import { DIRECTORATES, TENANTS, directorateId, type TenantKey, seededRandom } from '@qualipref/demo-fixtures';
import { tenantSession } from '@qualipref/server-kit';
import { AppointmentRequest, CorrespondenceItem, CounterVisit, Engagement, LegalityControl, LitigationCase, ProcedureIndicator, Referential, TelephonyMonth, TenantSettings } from './entities/index.js';
import { AppointmentRequesterKind, Channel, CorrespondentKind, TargetUnit } from './domain/enums.js';
import { dueOf, engagementInForce, referralDeadline } from './domain/rules.js';

/** The label's versions; each keeps the Marianne delays, in force one after the other so that no result is rewritten. */
const REFERENTIALS = [
  { code: 'MARIANNE_2008', name: 'Référentiel Marianne', version: '2008', year: 2008, validFrom: '2008-01-01', validTo: '2014-12-31' },
  { code: 'QUALIPREF_2_0', name: 'Qualipref 2.0 — module relation générale', version: '2.0', year: 2015, validFrom: '2015-01-01', validTo: '2016-12-31' },
  { code: 'MARIANNE_2016', name: 'Référentiel Marianne 2016', version: '2016', year: 2016, validFrom: '2017-01-01', validTo: '2019-12-31' },
  { code: 'QUALEPREF_2019', name: 'Qual-e-pref', version: '2019', year: 2019, validFrom: '2020-01-01', validTo: null },
];

const TARGETS = [
  { channel: Channel.EMAIL, unit: TargetUnit.WORKING_DAYS, target: 5, label: 'Répondre aux courriels dans un délai de 5 jours ouvrés' },
  { channel: Channel.LETTER, unit: TargetUnit.WORKING_DAYS, target: 15, label: 'Répondre aux courriers dans un délai de 15 jours ouvrés' },
  { channel: Channel.CONTACT_FORM, unit: TargetUnit.WORKING_DAYS, target: 5, label: 'Répondre aux messages du formulaire de contact dans un délai de 5 jours ouvrés' },
  { channel: Channel.TELEPHONE, unit: TargetUnit.RINGS, target: 5, label: 'Décrocher les appels en moins de 5 sonneries' },
];

const SUBJECTS = [
  'Demande de renseignements sur un titre de séjour',
  "Question sur l'immatriculation d'un véhicule",
  'Demande de subvention DETR',
  "Réclamation sur le délai d'instruction d'un permis",
  "Demande d'autorisation de manifestation",
  'Question sur une délibération du conseil municipal',
  'Demande de copie d’un arrêté préfectoral',
  'Signalement au titre des installations classées',
];

const at = (date: string, hour: number, minute = 0) => new Date(startOfCalendarDate(date).getTime() + (hour * 60 + minute) * 60_000);

/**
 * Engagements of every version of the label for the three tenants, a few hundred items each over 2014–2016 with
 * realistic delays (some late, a few still open), monthly telephony statistics, and the DCTAJ records of Metz.
 * Runs once; each tenant's rows under that tenant's session.
 */
export async function seedDemoCorrespondence(root: EntityManager): Promise<boolean> {
  const fork = (tenant: TenantKey) => root.fork({ session: { variables: tenantSession({ tenantId: TENANTS[tenant].id, readableTenantIds: [TENANTS[tenant].id] }) } });
  if (await fork('metz').findOne(Referential, { tenantId: TENANTS.metz.id })) return false;
  const sizes: Record<TenantKey, number> = { metz: 300, forbach: 150, thionville: 150 };
  for (const tenant of ['metz', 'forbach', 'thionville'] as const) await fork(tenant).transactional((em) => seedTenant(em, tenant, sizes[tenant]));
  await fork('metz').transactional((em) => seedDctaj(em));
  return true;
}

function seedTenant(em: EntityManager, tenant: TenantKey, count: number): void {
  const tenantId = TENANTS[tenant].id;
  const calendar = new WorkingCalendar();
  em.create(TenantSettings, { tenantId, ...DEFAULT_SETTINGS });
  const engagements: Engagement[] = [];
  for (const r of REFERENTIALS) {
    const referential = em.create(Referential, { tenantId, code: r.code, name: r.name, version: r.version, year: r.year });
    for (const t of TARGETS) engagements.push(em.create(Engagement, { tenantId, referential, ...t, correspondentKind: null, validFrom: r.validFrom, validTo: r.validTo }));
  }
  const services = DIRECTORATES.filter((d) => d.tenant === tenant).flatMap((d) => d.services.map((s) => ({ id: s.id, directorateId: d.id })));
  const next = seededRandom(tenantId.charCodeAt(tenantId.length - 1) * 7919);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const kinds = [CorrespondentKind.USER, CorrespondentKind.USER, CorrespondentKind.USER, CorrespondentKind.ELECTED_OFFICIAL, CorrespondentKind.COLLECTIVITE, CorrespondentKind.BUSINESS, CorrespondentKind.ASSOCIATION];
  const start = Date.parse('2014-01-02T00:00:00Z');
  const span = Date.parse('2016-12-20T00:00:00Z') - start;
  for (let i = 0; i < count; i++) {
    const service = services[i % services.length]!;
    const roll = next();
    const channel = roll < 0.45 ? Channel.LETTER : roll < 0.85 ? Channel.EMAIL : Channel.CONTACT_FORM;
    const kind = pick(kinds);
    const receivedAt = at(toCalendarDate(new Date(start + next() * span)), 8 + Math.floor(next() * 10), Math.floor(next() * 60));
    const engagement = engagementInForce(engagements, channel, kind, toCalendarDate(receivedAt))!;
    const due = dueOf(engagement, receivedAt, calendar);
    // Most answers come within the target, one in six later; items of December 2016 may still be open.
    const late = next() < 0.17;
    const days = Math.max(0, Math.round(late ? engagement.target * (1.1 + next()) : engagement.target * next()));
    const answeredOn = calendar.addWorkingDays(calendar.effectiveReceptionDate(receivedAt), days);
    const open = answeredOn > '2016-12-30' || next() < 0.02;
    const answerTime = at(answeredOn, 9 + Math.floor(next() * 8));
    // An answer on the day of reception comes at least an hour after it.
    const answeredAt = open ? null : answerTime > receivedAt ? answerTime : new Date(receivedAt.getTime() + 3_600_000);
    em.create(CorrespondenceItem, {
      tenantId,
      channel,
      receivedAt,
      receivedOn: toCalendarDate(receivedAt),
      serviceId: service.id,
      directorateId: service.directorateId,
      correspondentKind: kind,
      correspondentName: null,
      subject: pick(SUBJECTS),
      gedReference: channel === Channel.LETTER ? `GED-${tenant.toUpperCase()}-${String(i + 1).padStart(5, '0')}` : null,
      assignedAgentId: null,
      engagement,
      dueDate: due.dueDate,
      dueAt: due.dueAt,
      answeredAt,
      answerChannel: answeredAt ? (channel === Channel.CONTACT_FORM ? Channel.EMAIL : channel) : null,
      delayWorkingDays: answeredAt ? calendar.delayInWorkingDays(receivedAt, answeredAt) : null,
      answeredOnTime: answeredAt ? answeredAt < due.dueAt : null,
    });
  }
  for (const service of services) {
    for (let month = 0; month < 36; month++) {
      const offered = 300 + Math.floor(next() * 300);
      const answered = Math.floor(offered * (0.88 + next() * 0.1));
      const date = `${2014 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
      em.create(TelephonyMonth, { tenantId, serviceId: service.id, directorateId: service.directorateId, month: date, offered, answered, answeredWithinTarget: Math.floor(answered * (0.8 + next() * 0.15)) });
    }
  }
  for (const [procedure, target] of PROCEDURES) {
    for (let month = 0; month < 36; month++) {
      const date = `${2014 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
      em.create(ProcedureIndicator, { tenantId, procedure, month: date, value: Math.round(target * (0.7 + next() * 0.6) * 10) / 10, target });
    }
  }
  // The counters of the week of the hall survey (12–16 October 2015), busiest in the morning and on Monday.
  const counter = services.find((s) => ['BUR', 'BAT-F', 'BAT-T'].includes(DIRECTORATES.flatMap((d) => d.services).find((x) => x.id === s.id)!.code))!;
  for (let i = 0; i < 150; i++) {
    const day = `2015-10-${String(12 + Math.min(4, Math.floor(next() * next() * 6))).padStart(2, '0')}`;
    const hour = next() < 0.6 ? 8 + Math.floor(next() * 3) : 11 + Math.floor(next() * 5);
    const arrivedAt = at(day, hour, Math.floor(next() * 60));
    const withAppointment = next() < 0.2;
    const wait = (withAppointment ? 2 : hour < 11 ? 15 : 6) * (0.3 + next() * 1.7);
    const calledAt = new Date(arrivedAt.getTime() + Math.round(wait * 60_000));
    em.create(CounterVisit, { tenantId, serviceId: counter.id, ticket: `T-20151012-${String(i + 1).padStart(4, '0')}`, procedure: pick(['CARTE_GRISE', 'PERMIS_CONDUIRE', 'TITRE_SEJOUR']), arrivedAt, calledAt, endedAt: new Date(calledAt.getTime() + 600_000), withAppointment });
  }
}

/** Common procedures with the national processing-time target in days. */
const PROCEDURES: [string, number][] = [
  ['CNI', 15],
  ['PASSEPORT', 15],
  ['CARTE_GRISE', 7],
];

function seedDctaj(em: EntityManager): void {
  const tenantId = TENANTS.metz.id;
  const owner = directorateId('metz', 'DCTAJ');
  const acts: [string, string, string, string | null, string | null, string | null, string | null][] = [
    // collectivité, act, received, observations, informed, recours, referred
    ['Commune de Woippy', 'Délibération — tarifs de la cantine', '2015-02-03', '2015-03-02', null, null, null],
    ['Commune de Montigny-lès-Metz', 'Marché public — travaux de voirie', '2015-03-16', '2015-04-10', '2015-04-20', '2015-04-22', null],
    ['Metz Métropole', 'Délibération — plan local d’urbanisme', '2015-05-06', '2015-06-01', '2015-06-15', '2015-06-18', '2015-09-02'],
    ['Commune de Marly', 'Arrêté du maire — circulation', '2015-07-09', null, null, null, null],
    ['Commune de Hayange', 'Délibération — indemnités des élus', '2015-09-21', '2015-10-15', '2015-10-26', '2015-10-30', null],
    ['Communauté de communes du Pays Orne Moselle', 'Délibération — budget primitif', '2015-11-04', null, null, null, null],
    ['Commune de Moulins-lès-Metz', 'Permis de construire', '2016-01-12', '2016-02-08', '2016-02-29', '2016-03-01', '2016-03-10'],
    ['Commune de Thionville', 'Délibération — recrutement contractuel', '2016-04-18', '2016-05-20', null, null, null],
    ['Commune de Sarreguemines', 'Marché public — restauration scolaire', '2016-09-05', '2016-10-03', '2016-10-17', '2016-10-24', null],
    ['Commune de Forbach', 'Arrêté du maire — occupation du domaine public', '2016-11-28', null, null, null, null],
  ];
  for (const [collectiviteName, actKind, receivedAt, observationsSentAt, electedOfficialInformedAt, recoursSentAt, referredAt] of acts) {
    em.create(LegalityControl, { tenantId, ownerDirectorateId: owner, collectiviteName, actKind, receivedAt, observationsSentAt, electedOfficialInformedAt, recoursSentAt, referralDeadline: referralDeadline(receivedAt), referredAt });
  }
  const cases: [string, string, string, string | null, string | null, string | null][] = [
    ['TA-1500412', 'Recours contre un refus de titre de séjour', '2015-02-10', '2015-03-27', '2015-10-06', '2015-10-20'],
    ['TA-1501133', 'Déféré — plan local d’urbanisme de Metz Métropole', '2015-09-02', '2015-11-20', '2016-05-10', '2016-06-01'],
    ['TA-1600287', 'Référé-suspension — permis de construire', '2016-03-10', '2016-03-17', '2016-03-24', '2016-03-29'],
    ['TA-1601905', 'Recours indemnitaire — fermeture administrative', '2016-10-03', null, null, null],
  ];
  for (const [reference, subject, requestedAt, filedAt, hearingAt, decidedAt] of cases) {
    em.create(LitigationCase, { tenantId, ownerDirectorateId: owner, reference, court: 'Tribunal administratif de Strasbourg', subject, requestedAt, filedAt, hearingAt, decidedAt, filingTargetDays: 60, decisionTargetDays: 365 });
  }
  const calendar = new WorkingCalendar();
  const appointments: [string, AppointmentRequesterKind, string, string, number][] = [
    ['Maire de Woippy', AppointmentRequesterKind.ELECTED_OFFICIAL, 'Commune de Woippy', '2015-01-19', 6],
    ['DGS de Metz Métropole', AppointmentRequesterKind.TERRITORIAL_OFFICER, 'Metz Métropole', '2015-03-02', 3],
    ['Maire de Marly', AppointmentRequesterKind.ELECTED_OFFICIAL, 'Commune de Marly', '2015-06-08', 12],
    ['Secrétaire de mairie de Féy', AppointmentRequesterKind.TERRITORIAL_OFFICER, 'Commune de Féy', '2015-09-14', 4],
    ['Président de la communauté de communes du Sud Messin', AppointmentRequesterKind.ELECTED_OFFICIAL, 'CC du Sud Messin', '2015-11-23', 9],
    ['Maire de Hayange', AppointmentRequesterKind.ELECTED_OFFICIAL, 'Commune de Hayange', '2016-02-01', 5],
    ['DGS de la commune de Thionville', AppointmentRequesterKind.TERRITORIAL_OFFICER, 'Commune de Thionville', '2016-05-17', 2],
    ['Maire de Montigny-lès-Metz', AppointmentRequesterKind.ELECTED_OFFICIAL, 'Commune de Montigny-lès-Metz', '2016-10-10', 15],
  ];
  for (const [requesterName, requesterKind, collectiviteName, requestedAt, days] of appointments) {
    const dateGiven = calendar.addWorkingDays(requestedAt, days);
    em.create(AppointmentRequest, {
      tenantId,
      ownerDirectorateId: owner,
      requesterName,
      requesterKind,
      collectiviteName,
      subject: 'Entretien avec le directeur de la DCTAJ',
      requestedAt,
      dateAsked: addCalendarDays(requestedAt, 7),
      dateGiven,
      delayWorkingDays: calendar.workingDaysBetween(requestedAt, dateGiven),
    });
  }
}
