import type { EntityManager } from '@mikro-orm/core';
import { WorkingCalendar, addCalendarDays, toCalendarDate } from '@qualipref/calendar';
import { TENANTS, directorateId, seededRandom } from '@qualipref/demo-fixtures';
import { AppointmentRequest, CorrespondenceItem, CounterVisit, LegalityControl, LitigationCase, ProcedureIndicator, TelephonyMonth } from '../entities/index.js';
import { AppointmentRequesterKind, Channel } from '../domain/enums.js';
import { delayTargetInForce, dueOf, referralWindow } from '../domain/rules.js';
import { CORRESPONDENT_KINDS, PROCEDURES, SUBJECTS, at, type TenantDemo } from './common.js';

/** The first day the legacy replay leaves to the generated months. */
const GENERATED_FROM = '2016-01-01';

/** What a tenant's 2015 holds, per month: the generated months keep to it. */
export interface MonthlyMeans {
  /** Items received (letters, e-mails and contact-form messages: 2015 had no other channel). */
  items: number;
  /** Calls offered to each service. */
  callsOffered: Map<string, number>;
  counterVisits: number;
}

/**
 * The demo of 2014–2015 as it always was: the same generator drawn in the same order, so every row of those years
 * stays as it was, while what it drew for 2016 is left out (the generated months replace it). An answer that would come
 * after the as-of date has not come yet. Returns the 2015 monthly means.
 */
export function replayLegacyTenant(em: EntityManager, demo: TenantDemo, count: number, asOf: string): MonthlyMeans {
  const { tenantId, tenant, delayTargets, services, counter } = demo;
  const calendar = new WorkingCalendar();
  const next = seededRandom(tenantId.charCodeAt(tenantId.length - 1) * 7919);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const means: MonthlyMeans = { items: 0, callsOffered: new Map(services.map((s) => [s.id, 0])), counterVisits: 0 };
  const start = Date.parse('2014-01-02T00:00:00Z');
  const span = Date.parse('2016-12-20T00:00:00Z') - start;
  for (let i = 0; i < count; i++) {
    const service = services[i % services.length]!;
    const roll = next();
    const channel = roll < 0.45 ? Channel.LETTER : roll < 0.85 ? Channel.EMAIL : Channel.CONTACT_FORM;
    const kind = pick(CORRESPONDENT_KINDS);
    const receivedAt = at(toCalendarDate(new Date(start + next() * span)), 8 + Math.floor(next() * 10), Math.floor(next() * 60));
    const delayTarget = delayTargetInForce(delayTargets, channel, kind, toCalendarDate(receivedAt))!;
    const due = dueOf(delayTarget, receivedAt, calendar);
    // Most answers come within the target, one in six later; a few items were never answered.
    const late = next() < 0.17;
    const days = Math.max(0, Math.round(late ? delayTarget.target * (1.1 + next()) : delayTarget.target * next()));
    const answeredOn = calendar.addWorkingDays(calendar.effectiveReceptionDate(receivedAt), days);
    // The original seed's end (30 December 2016) stays here: on it depends whether this draw is made.
    const neverAnswered = answeredOn > '2016-12-30' || next() < 0.02;
    const answerTime = at(answeredOn, 9 + Math.floor(next() * 8));
    const subject = pick(SUBJECTS);
    const receivedOn = toCalendarDate(receivedAt);
    if (receivedOn >= GENERATED_FROM) continue;
    if (receivedOn.startsWith('2015')) means.items += 1 / 12;
    const open = neverAnswered || answeredOn > asOf;
    // An answer on the day of reception comes at least an hour after it.
    const answeredAt = open ? null : answerTime > receivedAt ? answerTime : new Date(receivedAt.getTime() + 3_600_000);
    em.create(CorrespondenceItem, {
      tenantId,
      channel,
      receivedAt,
      receivedOn,
      serviceId: service.id,
      directorateId: service.directorateId,
      correspondentKind: kind,
      correspondentName: null,
      subject,
      gedReference: channel === Channel.LETTER ? `GED-${tenant.toUpperCase()}-${String(i + 1).padStart(5, '0')}` : null,
      assignedAgentId: null,
      delayTarget,
      dueDate: due.dueDate,
      dueAt: due.dueAt,
      answeredAt,
      answerChannel: answeredAt ? (channel === Channel.CONTACT_FORM ? Channel.EMAIL : channel) : null,
      delayWorkingDays: answeredAt ? calendar.delayInWorkingDays(receivedAt, answeredAt) : null,
      answeredOnTime: answeredAt ? answeredAt < due.dueAt : null,
    });
  }
  // 36 months drawn, 2014 to 2016; the last twelve are left to the generated months.
  for (const service of services) {
    for (let month = 0; month < 36; month++) {
      const offered = 300 + Math.floor(next() * 300);
      const answered = Math.floor(offered * (0.88 + next() * 0.1));
      const answeredWithinTarget = Math.floor(answered * (0.8 + next() * 0.15));
      if (month >= 24) continue;
      if (month >= 12) means.callsOffered.set(service.id, means.callsOffered.get(service.id)! + offered / 12);
      em.create(TelephonyMonth, { tenantId, serviceId: service.id, directorateId: service.directorateId, month: legacyMonth(month), offered, answered, answeredWithinTarget });
    }
  }
  for (const [procedure, target] of PROCEDURES) {
    for (let month = 0; month < 36; month++) {
      const value = Math.round(target * (0.7 + next() * 0.6) * 10) / 10;
      if (month < 24) em.create(ProcedureIndicator, { tenantId, procedure, month: legacyMonth(month), value, target });
    }
  }
  // The counters of the week of the hall survey (12–16 October 2015), busiest in the morning and on Monday.
  for (let i = 0; i < 150; i++) {
    const day = `2015-10-${String(12 + Math.min(4, Math.floor(next() * next() * 6))).padStart(2, '0')}`;
    const hour = next() < 0.6 ? 8 + Math.floor(next() * 3) : 11 + Math.floor(next() * 5);
    const arrivedAt = at(day, hour, Math.floor(next() * 60));
    const withAppointment = next() < 0.2;
    const wait = (withAppointment ? 2 : hour < 11 ? 15 : 6) * (0.3 + next() * 1.7);
    const calledAt = new Date(arrivedAt.getTime() + Math.round(wait * 60_000));
    em.create(CounterVisit, { tenantId, serviceId: counter.id, ticket: `T-20151012-${String(i + 1).padStart(4, '0')}`, procedure: pick(['CARTE_GRISE', 'PERMIS_CONDUIRE', 'TITRE_SEJOUR']), arrivedAt, calledAt, endedAt: new Date(calledAt.getTime() + 600_000), withAppointment });
    means.counterVisits += 1 / 12;
  }
  return means;
}

/** The first day of the n-th month from January 2014. */
const legacyMonth = (month: number) => `${2014 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;

/** A step's date if it happened by the as-of date; steps come in order, so the later ones are dropped with it. */
export const byAsOf = (asOf: string) => (date: string | null | undefined) => (date != null && date <= asOf ? date : null);

/** The DCTAJ records of Metz written for the demo, 2015 and 2016, as far as the as-of date reaches. */
export function replayLegacyDctaj(em: EntityManager, asOf: string): void {
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
  const done = byAsOf(asOf);
  for (const [collectiviteName, actKind, receivedAt, observationsSentAt, electedOfficialInformedAt, recoursSentAt, referredAt] of acts) {
    if (receivedAt > asOf) continue;
    em.create(LegalityControl, {
      tenantId,
      ownerDirectorateId: owner,
      collectiviteName,
      actKind,
      receivedAt,
      observationsSentAt: done(observationsSentAt),
      electedOfficialInformedAt: done(electedOfficialInformedAt),
      recoursSentAt: done(recoursSentAt),
      referralDeadline: referralWindow({ receivedAt, recoursSentAt: done(recoursSentAt) }).deadline,
      referredAt: done(referredAt),
    });
  }
  const cases: [string, string, string, string | null, string | null, string | null][] = [
    ['TA-1500412', 'Recours contre un refus de titre de séjour', '2015-02-10', '2015-03-27', '2015-10-06', '2015-10-20'],
    ['TA-1501133', 'Déféré — plan local d’urbanisme de Metz Métropole', '2015-09-02', '2015-11-20', '2016-05-10', '2016-06-01'],
    ['TA-1600287', 'Référé-suspension — permis de construire', '2016-03-10', '2016-03-17', '2016-03-24', '2016-03-29'],
    ['TA-1601905', 'Recours indemnitaire — fermeture administrative', '2016-10-03', null, null, null],
  ];
  for (const [reference, subject, requestedAt, filedAt, hearingAt, decidedAt] of cases) {
    if (requestedAt > asOf) continue;
    em.create(LitigationCase, { tenantId, ownerDirectorateId: owner, reference, court: 'Tribunal administratif de Strasbourg', subject, requestedAt, filedAt: done(filedAt), hearingAt: done(hearingAt), decidedAt: done(decidedAt), filingTargetDays: 60, decisionTargetDays: 365 });
  }
  const calendar = new WorkingCalendar();
  for (const [requesterName, requesterKind, collectiviteName, requestedAt, days] of LEGACY_APPOINTMENTS) {
    if (requestedAt > asOf) continue;
    const dateGiven = done(calendar.addWorkingDays(requestedAt, days));
    em.create(AppointmentRequest, {
      tenantId,
      ownerDirectorateId: owner,
      requesterName,
      requesterKind,
      collectiviteName,
      subject: 'Entretien avec le directeur de la DCTAJ',
      requestedAt,
      dateAsked: done(addCalendarDays(requestedAt, 7)),
      dateGiven,
      delayWorkingDays: dateGiven ? calendar.workingDaysBetween(requestedAt, dateGiven) : null,
    });
  }
}

/** Requester, kind, collectivité, request date, working days to the appointment. */
export const LEGACY_APPOINTMENTS: [string, AppointmentRequesterKind, string, string, number][] = [
  ['Maire de Woippy', AppointmentRequesterKind.ELECTED_OFFICIAL, 'Commune de Woippy', '2015-01-19', 6],
  ['DGS de Metz Métropole', AppointmentRequesterKind.TERRITORIAL_OFFICER, 'Metz Métropole', '2015-03-02', 3],
  ['Maire de Marly', AppointmentRequesterKind.ELECTED_OFFICIAL, 'Commune de Marly', '2015-06-08', 12],
  ['Secrétaire de mairie de Féy', AppointmentRequesterKind.TERRITORIAL_OFFICER, 'Commune de Féy', '2015-09-14', 4],
  ['Président de la communauté de communes du Sud Messin', AppointmentRequesterKind.ELECTED_OFFICIAL, 'CC du Sud Messin', '2015-11-23', 9],
  ['Maire de Hayange', AppointmentRequesterKind.ELECTED_OFFICIAL, 'Commune de Hayange', '2016-02-01', 5],
  ['DGS de la commune de Thionville', AppointmentRequesterKind.TERRITORIAL_OFFICER, 'Commune de Thionville', '2016-05-17', 2],
  ['Maire de Montigny-lès-Metz', AppointmentRequesterKind.ELECTED_OFFICIAL, 'Commune de Montigny-lès-Metz', '2016-10-10', 15],
];
