import type { EntityManager } from '@mikro-orm/core';
import { WorkingCalendar, addCalendarDays, calendarDaysBetween, toCalendarDate } from '@qualipref/calendar';
import { TENANTS, demoMonths, demoYears, directorateId, pick, type DemoMonth } from '@qualipref/demo-fixtures';
import { AppointmentRequest, CorrespondenceItem, CounterVisit, LegalityControl, LitigationCase, ProcedureIndicator, TelephonyMonth } from '../entities/index.js';
import { Channel, CorrespondentKind } from '../domain/enums.js';
import { delayTargetInForce, dueOf, referralWindow } from '../domain/rules.js';
import { CORRESPONDENT_KINDS, PROCEDURES, SUBJECTS, at, randomFor, type TenantDemo } from './common.js';
import { LEGACY_APPOINTMENTS, byAsOf, type MonthlyMeans } from './legacy.js';

type Random = () => number;


/** A volume near `mean` (±20 %), kept within ±30 % of it when rounding would leave that band. */
function volume(next: Random, mean: number): number {
  const drawn = Math.round(mean * (0.8 + 0.4 * next()));
  return Math.min(Math.floor(mean * 1.3), Math.max(Math.ceil(mean * 0.7), drawn));
}

/** Share of its month a demo month covers: the as-of date's month is cut short. */
function shareOf(month: DemoMonth): number {
  const days = new Date(Date.UTC(Number(month.month.slice(0, 4)), Number(month.month.slice(5, 7)), 0)).getUTCDate();
  return Number(month.last.slice(8, 10)) / days;
}

/** Days of a demo month, and those the offices are open. */
function daysOf(month: DemoMonth, calendar: WorkingCalendar): { all: string[]; working: string[] } {
  const all: string[] = [];
  for (let day = month.first; day <= month.last; day = addCalendarDays(day, 1)) all.push(day);
  const working = all.filter((d) => calendar.isWorkingDay(d));
  return { all, working: working.length ? working : all };
}

const WRITTEN = [Channel.LETTER, Channel.EMAIL, Channel.CONTACT_FORM];

const CALL_BACK_SUBJECTS = [
  'Rappel demandé : avancement d’une demande de titre de séjour',
  'Rappel demandé : pièces à fournir pour un dossier de naturalisation',
  'Rappel demandé : suivi d’un dossier de subvention',
  'Rappel demandé : question sur une procédure en cours',
];

const COUNTER_SUBJECTS = [
  'Demande déposée au guichet : attestation de dépôt de dossier',
  'Demande déposée au guichet : duplicata de récépissé',
  'Demande déposée au guichet : renseignement sur une procédure',
  'Demande déposée au guichet : réclamation sur un dossier en cours',
];

const CALLER_KINDS = [CorrespondentKind.USER, CorrespondentKind.USER, CorrespondentKind.USER, CorrespondentKind.ELECTED_OFFICIAL, CorrespondentKind.BUSINESS];
const VISITOR_KINDS = [CorrespondentKind.USER, CorrespondentKind.USER, CorrespondentKind.USER, CorrespondentKind.USER, CorrespondentKind.BUSINESS, CorrespondentKind.ASSOCIATION];

/**
 * A tenant's months from January 2016 to the as-of date: items on every channel, telephony, counter visits and
 * procedure indicators, each month near the tenant's 2015 monthly mean (the as-of date's month prorated). Each month
 * draws from its own generator, so moving the as-of date on leaves the earlier months as they were, except the items
 * still open at the earlier date.
 */
export function generateTenantMonths(em: EntityManager, demo: TenantDemo, means: MonthlyMeans, asOf: string): void {
  const calendar = new WorkingCalendar();
  for (const month of demoMonths(asOf)) {
    const days = daysOf(month, calendar);
    const share = shareOf(month);
    generateItems(em, demo, month, days, means.items * share, asOf, calendar);
    generateTelephony(em, demo, month, means, share);
    generateCounterVisits(em, demo, month, days.working, means.counterVisits * share);
    const next = randomFor(demo.tenant, 'procedures', month.month);
    for (const [procedure, target] of PROCEDURES) {
      em.create(ProcedureIndicator, { tenantId: demo.tenantId, procedure, month: month.first, value: Math.round(target * (0.7 + next() * 0.6) * 10) / 10, target });
    }
  }
}

/**
 * The month's letters, e-mails and contact-form messages (as many as the 2015 items, which had only these channels,
 * at least one of each) and one or two call-backs and counter requests, registered as the domain does: the delay target
 * in force at reception, its due date in working days, most answered in time.
 */
function generateItems(em: EntityManager, demo: TenantDemo, month: DemoMonth, days: { all: string[]; working: string[] }, mean: number, asOf: string, calendar: WorkingCalendar): void {
  const next = randomFor(demo.tenant, 'items', month.month);
  const written = Math.max(WRITTEN.length, volume(next, mean));
  const channels = [...WRITTEN];
  for (let i = WRITTEN.length; i < written; i++) {
    const roll = next();
    channels.push(roll < 0.45 ? Channel.LETTER : roll < 0.85 ? Channel.EMAIL : Channel.CONTACT_FORM);
  }
  channels.push(...Array<Channel>(next() < 0.5 ? 2 : 1).fill(Channel.TELEPHONE), ...Array<Channel>(next() < 0.3 ? 2 : 1).fill(Channel.COUNTER));
  const recent = addCalendarDays(asOf, -30);
  channels.forEach((channel, n) => {
    const service = channel === Channel.COUNTER ? demo.counter : pick(next, demo.services);
    const kind = pick(next, channel === Channel.TELEPHONE ? CALLER_KINDS : channel === Channel.COUNTER ? VISITOR_KINDS : CORRESPONDENT_KINDS);
    // Letters, calls and visits come on the days the offices are open; e-mails and forms any day.
    const day = pick(next, channel === Channel.EMAIL || channel === Channel.CONTACT_FORM ? days.all : days.working);
    const receivedAt = at(day, 8 + Math.floor(next() * (channel === Channel.COUNTER ? 8 : 10)), Math.floor(next() * 60));
    const receivedOn = toCalendarDate(receivedAt);
    const delayTarget = delayTargetInForce(demo.delayTargets, channel, kind, receivedOn);
    if (!delayTarget) throw new Error(`no demo delay target for ${channel} on ${receivedOn}`);
    const due = dueOf(delayTarget, receivedAt, calendar);
    // One in six answers comes late; a few of the last month's items are still waiting at the as-of date.
    const late = next() < 0.17;
    const delay = late ? delayTarget.target + 1 + Math.floor(next() * Math.max(2, delayTarget.target)) : Math.floor(next() * (delayTarget.target + 1));
    const answeredOn = calendar.addWorkingDays(calendar.effectiveReceptionDate(receivedAt), delay);
    const waiting = next() < 0.15 && receivedOn >= recent;
    const answerTime = at(answeredOn, 9 + Math.floor(next() * 8), Math.floor(next() * 60));
    const subject = pick(next, channel === Channel.TELEPHONE ? CALL_BACK_SUBJECTS : channel === Channel.COUNTER ? COUNTER_SUBJECTS : SUBJECTS);
    // An answer on the day of reception comes at least an hour after it.
    const answeredAt = answeredOn > asOf || waiting ? null : answerTime > receivedAt ? answerTime : new Date(receivedAt.getTime() + 3_600_000);
    em.create(CorrespondenceItem, {
      tenantId: demo.tenantId,
      channel,
      receivedAt,
      receivedOn,
      serviceId: service.id,
      directorateId: service.directorateId,
      correspondentKind: kind,
      correspondentName: null,
      subject,
      gedReference: channel === Channel.LETTER ? `GED-${demo.tenant.toUpperCase()}-${month.month.replace('-', '')}-${String(n + 1).padStart(3, '0')}` : null,
      assignedAgentId: null,
      delayTarget,
      dueDate: due.dueDate,
      dueAt: due.dueAt,
      answeredAt,
      answerChannel: answeredAt ? answerChannelOf(channel, receivedOn, answeredAt) : null,
      delayWorkingDays: answeredAt ? calendar.delayInWorkingDays(receivedAt, answeredAt) : null,
      answeredOnTime: answeredAt ? answeredAt < due.dueAt : null,
    });
  });
}

/** A contact-form message is answered by e-mail; a counter request at the counter the same day, by e-mail later. */
function answerChannelOf(channel: Channel, receivedOn: string, answeredAt: Date): Channel {
  if (channel === Channel.CONTACT_FORM) return Channel.EMAIL;
  if (channel === Channel.COUNTER) return toCalendarDate(answeredAt) === receivedOn ? Channel.COUNTER : Channel.EMAIL;
  return channel;
}

/** Each service's calls of the month, its 2015 mean moved by the same ±20 % for the whole tenant, and prorated. */
function generateTelephony(em: EntityManager, demo: TenantDemo, month: DemoMonth, means: MonthlyMeans, share: number): void {
  const next = randomFor(demo.tenant, 'telephony', month.month);
  const level = 0.8 + 0.4 * next();
  for (const service of demo.services) {
    const offered = Math.round(means.callsOffered.get(service.id)! * share * level * (0.95 + 0.1 * next()));
    const answered = Math.floor(offered * (0.88 + next() * 0.1));
    const answeredWithinTarget = Math.floor(answered * (0.8 + next() * 0.15));
    em.create(TelephonyMonth, { tenantId: demo.tenantId, serviceId: service.id, directorateId: service.directorateId, month: month.first, offered, answered, answeredWithinTarget });
  }
}

/**
 * The month's queue tickets at the tenant's counter: busiest in the morning and on Monday, one in five with an
 * appointment and called almost at once. Since November 2017 (plan préfectures nouvelle génération) driving licences
 * and registration certificates are applied for online, so the counters receive residence permits and the digital
 * help desk instead.
 */
function generateCounterVisits(em: EntityManager, demo: TenantDemo, month: DemoMonth, workingDays: string[], mean: number): void {
  const next = randomFor(demo.tenant, 'counter', month.month);
  const mondays = workingDays.filter((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 1);
  const procedures = month.first >= '2017-11-01' ? ['TITRE_SEJOUR', 'TITRE_SEJOUR', 'POINT_NUMERIQUE'] : ['CARTE_GRISE', 'PERMIS_CONDUIRE', 'TITRE_SEJOUR'];
  const visits = volume(next, mean);
  for (let i = 0; i < visits; i++) {
    const day = mondays.length && next() < 0.35 ? pick(next, mondays) : pick(next, workingDays);
    const hour = next() < 0.6 ? 8 + Math.floor(next() * 3) : 11 + Math.floor(next() * 5);
    const arrivedAt = at(day, hour, Math.floor(next() * 60));
    const withAppointment = next() < 0.2;
    const wait = (withAppointment ? 2 : hour < 11 ? 15 : 6) * (0.3 + next() * 1.7);
    const calledAt = new Date(arrivedAt.getTime() + Math.round(wait * 60_000));
    const endedAt = new Date(calledAt.getTime() + Math.round((5 + next() * 15) * 60_000));
    const ticket = `T-${month.month.replace('-', '')}-${String(i + 1).padStart(4, '0')}`;
    em.create(CounterVisit, { tenantId: demo.tenantId, serviceId: demo.counter.id, ticket, procedure: pick(next, procedures), arrivedAt, calledAt, endedAt, withAppointment });
  }
}

/** Collectivités of the legacy records; the Commune de Marly's single act stays the only one (the console's tests look for it). */
const COLLECTIVITES = [
  'Commune de Woippy',
  'Commune de Montigny-lès-Metz',
  'Metz Métropole',
  'Commune de Hayange',
  'Communauté de communes du Pays Orne Moselle',
  'Commune de Moulins-lès-Metz',
  'Commune de Thionville',
  'Commune de Sarreguemines',
  'Commune de Forbach',
];

const ACT_KINDS = [
  'Délibération — budget primitif',
  'Délibération — tarifs des services périscolaires',
  'Marché public — travaux de voirie',
  'Arrêté du maire — circulation',
  'Permis de construire',
  'Délibération — recrutement contractuel',
];

const LITIGATION_SUBJECTS = [
  'Recours contre un refus de titre de séjour',
  'Déféré — délibération relative à un marché public',
  'Référé-suspension — permis de construire',
  'Recours indemnitaire — refus de concours de la force publique',
];

/**
 * A few DCTAJ records of Metz for each year after the written ones of 2015–2016: acts under legality control (some
 * with observations, the elected official informed before any recours gracieux, a few referred to the court within the
 * two months), litigation cases and appointments. Steps after the as-of date have not happened yet.
 */
export function generateDctajYears(em: EntityManager, asOf: string): void {
  const tenantId = TENANTS.metz.id;
  const owner = directorateId('metz', 'DCTAJ');
  const calendar = new WorkingCalendar();
  const done = byAsOf(asOf);
  for (const year of demoYears(asOf).filter((y) => y > 2016)) {
    const next = randomFor('metz', 'dctaj', String(year));
    const end = `${year}-12-31` < asOf ? `${year}-12-31` : asOf;
    const span = calendarDaysBetween(`${year}-01-01`, end) + 1;
    // A working day of the year up to the as-of date (the one before a day off, or after it on 1 January).
    const dayOfYear = () => {
      const day = addCalendarDays(`${year}-01-01`, Math.floor(next() * span));
      if (calendar.isWorkingDay(day)) return day;
      const before = calendar.previousWorkingDay(day);
      return before.startsWith(String(year)) ? before : calendar.nextWorkingDay(day);
    };
    const acts = 3 + Math.floor(next() * 3);
    for (let i = 0; i < acts; i++) {
      const receivedAt = dayOfYear();
      const observations = next() < 0.6 ? addCalendarDays(receivedAt, 15 + Math.floor(next() * 20)) : null;
      const informed = observations && next() < 0.6 ? addCalendarDays(observations, 7 + Math.floor(next() * 14)) : null;
      const recours = informed && next() < 0.8 ? addCalendarDays(informed, Math.floor(next() * 7)) : null;
      // A recours sent within the two months interrupts them: the deadline runs from its implicit rejection (no answer recorded).
      const fromReception = referralWindow({ receivedAt }).deadline!;
      const deadline = referralWindow({ receivedAt, recoursSentAt: done(recours) }).deadline!;
      const referred = recours && recours < fromReception && next() < 0.4 ? [addCalendarDays(recours, 5 + Math.floor(next() * 20)), deadline].sort()[0]! : null;
      if (receivedAt > asOf) continue;
      em.create(LegalityControl, {
        tenantId,
        ownerDirectorateId: owner,
        collectiviteName: pick(next, COLLECTIVITES),
        actKind: pick(next, ACT_KINDS),
        receivedAt,
        observationsSentAt: done(observations),
        electedOfficialInformedAt: done(informed),
        recoursSentAt: done(recours),
        referralDeadline: deadline,
        referredAt: done(referred),
      });
    }
    const cases = 1 + Math.floor(next() * 2);
    for (let i = 0; i < cases; i++) {
      const requestedAt = dayOfYear();
      const filedAt = addCalendarDays(requestedAt, 20 + Math.floor(next() * 55));
      const hearingAt = calendar.addWorkingDays(addCalendarDays(filedAt, 150 + Math.floor(next() * 180)), 0);
      const decidedAt = addCalendarDays(hearingAt, 14 + Math.floor(next() * 16));
      const reference = `TA-${String(year % 100).padStart(2, '0')}0${String(1000 + Math.floor(next() * 8000))}`;
      const subject = pick(next, LITIGATION_SUBJECTS);
      if (requestedAt > asOf) continue;
      em.create(LitigationCase, { tenantId, ownerDirectorateId: owner, reference, court: 'Tribunal administratif de Strasbourg', subject, requestedAt, filedAt: done(filedAt), hearingAt: done(hearingAt), decidedAt: done(decidedAt), filingTargetDays: 60, decisionTargetDays: 365 });
    }
    const appointments = 2 + Math.floor(next() * 2);
    for (let i = 0; i < appointments; i++) {
      const [requesterName, requesterKind, collectiviteName] = pick(next, LEGACY_APPOINTMENTS.filter(([, , c]) => c !== 'Commune de Marly'));
      const requestedAt = dayOfYear();
      const dateGiven = done(calendar.addWorkingDays(requestedAt, 2 + Math.floor(next() * 14)));
      if (requestedAt > asOf) continue;
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
}
