import type { EntityManager } from '@mikro-orm/core';
import { addCalendarDays, startOfCalendarDate, WorkingCalendar, type CalendarDate } from '@qualipref/calendar';
import { ACCOUNTS, TENANTS, between, demoYears, directorateId, seededRandom, type TenantKey } from '@qualipref/demo-fixtures';
import { tenantEntityManager } from '@qualipref/server-kit';
import { Action, ActionPlan, ActionProgress, AgendaItem, College, Committee, FollowUp, Invitation, Meeting, Member, Minutes, MinutesSection, Proposal, ProposalRouting, ProposalStatusChange } from './entities/index.js';
import { ActionOrigin, ActionStatus, Attendance, MeetingStatus, MinutesStatus, ProposalStatus } from './domain/enums.js';

/**
 * The CLUs from 2016 to the demo's as-of date: a meeting each November with its agenda,
 * attendance, published minutes, proposals and the next year's action plan, whose actions move
 * on until the as-of date. Each tenant and year has its own generator, so a later as-of date
 * adds rows without changing the earlier ones; nothing recorded is dated after the as-of date.
 * The members are invented: none of the people of the 2015 minutes sits after 2016.
 */

const CALENDAR = new WorkingCalendar();
const PILOTAGE = 'Comité de pilotage de la politique qualité';
/** The Metz CLU is renewed from this day, for three-year terms; the 2015 mandates end the day before. */
const FIRST_RENEWAL = '2016-10-14';
const MANDATE_YEARS = 3;

/** A 32-bit FNV-1a hash of the parts: one generator seed per tenant and year. */
function seedOf(...parts: (string | number)[]): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join(':')) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return hash >>> 0;
}

/** An instant on a day, in hours after Paris midnight. */
const at = (date: CalendarDate, hours: number) => new Date(startOfCalendarDate(date).getTime() + hours * 3_600_000);
const frenchDate = (date: CalendarDate) => new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));

function draw<T>(next: () => number, list: readonly T[], count: number): T[] {
  const pool = [...list];
  return Array.from({ length: Math.min(count, pool.length) }, () => pool.splice(Math.floor(next() * pool.length), 1)[0]!);
}

interface Site {
  /** The n-th given weekday (0 = Sunday) of November, moved to the next working day when it is a holiday. */
  weekday: number;
  nth: number;
  hour: number;
  place: string;
  chairName: string;
  signatoryTitle: string;
  caseOfficers: string;
  /** Directorates in charge of the actions. */
  owners: string[];
}

// DRMM (MACAP) runs the Metz plan: the actions go to the directorates that serve the public.
const SITES: Record<TenantKey, Site> = {
  metz: { weekday: 4, nth: 2, hour: 10, place: 'Préfecture de la Moselle, salle Verlaine', chairName: 'Le Secrétaire Général de la préfecture', signatoryTitle: 'Le Secrétaire Général', caseOfficers: 'Mission MACAP', owners: ['DCTAS', 'DLP', 'SII', 'DCTAJ', 'SG'] },
  forbach: { weekday: 2, nth: 2, hour: 14.5, place: 'Sous-préfecture de Forbach', chairName: 'Le sous-préfet de Forbach', signatoryTitle: 'Le sous-préfet de Forbach', caseOfficers: 'Secrétariat général de la sous-préfecture', owners: ['SPF'] },
  thionville: { weekday: 1, nth: 2, hour: 14, place: 'Sous-préfecture de Thionville', chairName: 'Le sous-préfet de Thionville', signatoryTitle: 'Le sous-préfet de Thionville', caseOfficers: 'Secrétariat général de la sous-préfecture', owners: ['SPT'] },
};

export function meetingDay(tenant: TenantKey, year: number): CalendarDate {
  const { weekday, nth } = SITES[tenant];
  const first = new Date(`${year}-11-01T12:00:00Z`).getUTCDay();
  const day = addCalendarDays(`${year}-11-01`, ((weekday - first + 7) % 7) + 7 * (nth - 1));
  return CALENDAR.addWorkingDays(day, 0);
}

interface Seat {
  college: string;
  name: string;
  organisation: string;
  role: string;
}

// Invented people. A seat passes to the successor at the renewal of the given term (1 = 2019…).
const METZ_SEATS: { seat: Seat; successor: string; handover: number }[] = [
  { seat: { college: 'COLLECTIVITES', name: 'Claire LAMBERT', organisation: 'Ville de Metz', role: 'Adjointe au maire' }, successor: 'Julien MOREAU', handover: 2 },
  { seat: { college: 'COLLECTIVITES', name: 'Marc SCHMITT', organisation: 'Conseil départemental de la Moselle', role: 'Conseiller départemental' }, successor: 'Sophie KLEIN', handover: 2 },
  { seat: { college: 'COLLECTIVITES', name: 'Anne WEBER', organisation: 'Association des maires de la Moselle', role: 'Représentante' }, successor: 'Paul MULLER', handover: 1 },
  { seat: { college: 'COLLECTIVITES', name: 'Thomas BECKER', organisation: 'Metz Métropole', role: 'Chargé de mission relation usagers' }, successor: 'Laura HOFFMANN', handover: 3 },
  { seat: { college: 'USAGERS', name: 'Isabelle FISCHER', organisation: 'Association de consommateurs de Metz', role: 'Représentante des usagers' }, successor: 'Nicolas WAGNER', handover: 1 },
  { seat: { college: 'USAGERS', name: 'Philippe MEYER', organisation: 'Union départementale des associations familiales', role: 'Administrateur' }, successor: 'Camille ROTH', handover: 3 },
  { seat: { college: 'USAGERS', name: 'Hélène KELLER', organisation: 'Association d’aide aux personnes handicapées de la Moselle', role: 'Présidente' }, successor: 'David SCHNEIDER', handover: 2 },
  { seat: { college: 'PROFESSIONNELS', name: 'Olivier HUBER', organisation: "Chambre de commerce et d'industrie de la Moselle", role: 'Représentant' }, successor: 'Élodie FRANCK', handover: 1 },
  { seat: { college: 'PROFESSIONNELS', name: 'Nathalie ZIMMER', organisation: 'Union des professionnels de l’automobile de la Moselle', role: 'Déléguée' }, successor: 'Antoine MARX', handover: 3 },
  { seat: { college: 'ADMINISTRATION', name: 'Sylvie BAUER', organisation: 'DCTAS', role: 'Cheffe du bureau de l’accueil' }, successor: 'Romain GRAFF', handover: 1 },
  { seat: { college: 'ADMINISTRATION', name: 'Pierre HENRY', organisation: 'DLP', role: 'Chef de bureau' }, successor: 'Aurélie SIMON', handover: 2 },
  { seat: { college: 'ADMINISTRATION', name: 'Karine LEFEBVRE', organisation: 'SII', role: 'Cheffe de service' }, successor: 'Mehdi BENALI', handover: 3 },
  { seat: { college: 'ADMINISTRATION', name: 'Vincent ROUSSEL', organisation: 'DCTAJ', role: 'Chef du bureau du contrôle de légalité' }, successor: 'Céline ANTOINE', handover: 2 },
  { seat: { college: 'ADMINISTRATION', name: 'Martine GERARD', organisation: 'DRMM, mission MACAP', role: 'Cheffe de mission' }, successor: 'Hugo LEROY', handover: 1 },
];

// The sous-préfectures' CLUs keep their 2015 members (invented) and add two in 2016.
const SOUS_PREFECTURE_SEATS: Record<'forbach' | 'thionville', Seat[]> = {
  forbach: [
    { college: 'COLLECTIVITES', name: 'Représentant 4 (démo)', organisation: 'Communauté d’agglomération Forbach Porte de France', role: 'Élu' },
    { college: 'USAGERS', name: 'Représentant 5 (démo)', organisation: 'Association de consommateurs du bassin houiller', role: 'Représentant des usagers' },
  ],
  thionville: [
    { college: 'COLLECTIVITES', name: 'Représentant 4 (démo)', organisation: 'Communauté d’agglomération Portes de France-Thionville', role: 'Élu' },
    { college: 'USAGERS', name: 'Représentant 5 (démo)', organisation: 'Association des frontaliers du Nord mosellan', role: 'Représentant des usagers' },
  ],
};

/** A demo address for the members from outside the administration (the secretariat writes to them). */
const contactOf = (college: string, name: string) =>
  college === 'ADMINISTRATION' || name.includes('(démo)') ? null : `${name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '')}@demo.qualipref.test`;

const termStart = (term: number) => `${2016 + MANDATE_YEARS * term}${FIRST_RENEWAL.slice(4)}`;

/**
 * The Metz mandates from the first renewal: a member renewed every three years keeps one mandate;
 * at the renewal where the seat passes to the successor, it ends and the successor's begins.
 */
function metzMandates(em: EntityManager, committee: Committee, colleges: Map<string, College>, asOf: CalendarDate): void {
  const seat = (college: string, name: string, organisation: string, role: string, start: CalendarDate, end: CalendarDate | null) =>
    em.create(Member, { tenantId: committee.tenantId, committee, college: colleges.get(college)!, name, organisation, role, contact: contactOf(college, name), userId: null, mandateStart: start, mandateEnd: end, createdAt: at(start, 9), updatedAt: at(start, 9) });
  for (const { seat: holder, successor, handover } of METZ_SEATS) {
    const handedOver = termStart(handover) <= asOf;
    seat(holder.college, holder.name, holder.organisation, holder.role, FIRST_RENEWAL, handedOver ? addCalendarDays(termStart(handover), -1) : null);
    if (handedOver) seat(holder.college, successor, holder.organisation, holder.role, termStart(handover), null);
  }
}

interface Theme {
  /** What a member proposes (null: the meeting's own action). */
  proposal: string | null;
  action: string;
  /** The Metz directorate in charge; a sous-préfecture's secretariat there. */
  owner: string;
  origin: ActionOrigin;
}

const THEMES: Theme[] = [
  { proposal: 'Afficher dans les mairies les heures de moindre affluence des guichets, mises à jour chaque trimestre.', action: 'Diffuser chaque trimestre aux mairies les heures de moindre affluence des guichets', owner: 'DCTAS', origin: ActionOrigin.PROPOSAL },
  { proposal: 'Proposer un accompagnement aux démarches en ligne pour les personnes éloignées du numérique.', action: "Ouvrir un point d'accompagnement aux démarches en ligne dans le hall", owner: 'DCTAS', origin: ActionOrigin.PROPOSAL },
  { proposal: 'Améliorer la signalétique vers les guichets pour les personnes malvoyantes.', action: 'Installer une signalétique adaptée aux personnes malvoyantes', owner: 'SG', origin: ActionOrigin.PROPOSAL },
  { proposal: 'Publier sur le site internet les délais moyens de réponse de chaque service.', action: 'Publier en ligne les délais moyens de réponse des services', owner: 'SII', origin: ActionOrigin.PROPOSAL },
  { proposal: 'Organiser avec les élus un atelier sur les observations du contrôle de légalité.', action: 'Organiser un atelier annuel avec les élus sur le contrôle de légalité', owner: 'DCTAJ', origin: ActionOrigin.PROPOSAL },
  { proposal: 'Envoyer un message de rappel la veille des rendez-vous en préfecture.', action: 'Mettre en place un rappel des rendez-vous la veille', owner: 'DLP', origin: ActionOrigin.PROPOSAL },
  { proposal: "Équiper l'accueil d'une boucle magnétique pour les personnes malentendantes.", action: "Équiper les guichets d'accueil d'une boucle magnétique", owner: 'SG', origin: ActionOrigin.PROPOSAL },
  { proposal: "Rappeler les usagers dont l'appel au standard n'a pas abouti.", action: "Rappeler les usagers dont l'appel n'a pas abouti", owner: 'DCTAS', origin: ActionOrigin.PROPOSAL },
  { proposal: "Mettre à disposition des formulaires en gros caractères à l'accueil.", action: "Proposer des formulaires en gros caractères à l'accueil", owner: 'DCTAS', origin: ActionOrigin.PROPOSAL },
  { proposal: 'Indiquer sur le site internet le délai de délivrance des titres.', action: 'Afficher en ligne les délais de délivrance des titres', owner: 'SII', origin: ActionOrigin.PROPOSAL },
  { proposal: "Ouvrir l'accueil sur rendez-vous un soir par semaine.", action: 'Expérimenter un accueil sur rendez-vous en fin de journée', owner: 'DLP', origin: ActionOrigin.PROPOSAL },
  { proposal: "Associer les associations d'usagers à la relecture des courriers types.", action: "Relire les courriers types avec les associations d'usagers", owner: 'SG', origin: ActionOrigin.PROPOSAL },
  { proposal: 'Traduire les informations essentielles pour les usagers étrangers.', action: "Traduire les fiches d'information essentielles en plusieurs langues", owner: 'DCTAS', origin: ActionOrigin.PROPOSAL },
  { proposal: "Informer les élus des délais du contrôle de légalité sur les actes d'urbanisme.", action: 'Publier aux élus les délais du contrôle de légalité', owner: 'DCTAJ', origin: ActionOrigin.PROPOSAL },
  { proposal: "Afficher dans le hall le temps d'attente estimé.", action: "Afficher le temps d'attente estimé dans le hall", owner: 'SII', origin: ActionOrigin.PROPOSAL },
  { proposal: 'Créer une adresse de contact unique pour les questions des collectivités.', action: 'Ouvrir une adresse de contact unique pour les collectivités', owner: 'DCTAJ', origin: ActionOrigin.PROPOSAL },
  { proposal: 'Simplifier le menu vocal du standard téléphonique.', action: 'Simplifier le menu vocal du standard', owner: 'DCTAS', origin: ActionOrigin.PROPOSAL },
  { proposal: "Prévoir un espace d'attente pour les familles avec enfants.", action: "Aménager un coin enfants dans la salle d'attente", owner: 'SG', origin: ActionOrigin.PROPOSAL },
  { proposal: "Rendre le site internet accessible aux lecteurs d'écran des personnes malvoyantes.", action: "Mettre le site internet en conformité avec le référentiel d'accessibilité", owner: 'SII', origin: ActionOrigin.PROPOSAL },
  { proposal: 'Présenter au comité les résultats des tests mystères.', action: 'Présenter au comité les résultats des tests mystères', owner: 'SG', origin: ActionOrigin.PROPOSAL },
  { proposal: 'Accuser réception de chaque courriel reçu dans la journée.', action: 'Accuser réception de chaque courriel dans la journée', owner: 'SG', origin: ActionOrigin.PROPOSAL },
  { proposal: 'Tenir des permanences de la préfecture dans les maisons France services.', action: 'Tenir des permanences dans les maisons France services', owner: 'DCTAS', origin: ActionOrigin.PROPOSAL },
];

const MEETING_ACTIONS: Theme[] = [
  { proposal: null, action: "Former les agents d'accueil à l'accueil des personnes en situation de handicap", owner: 'DCTAS', origin: ActionOrigin.MEETING },
  { proposal: null, action: 'Mettre à jour les fiches démarches du site internet', owner: 'SII', origin: ActionOrigin.MEETING },
  { proposal: null, action: 'Répondre aux courriels dans un délai de cinq jours ouvrés', owner: 'SG', origin: ActionOrigin.MEETING },
  { proposal: null, action: "Renforcer le pré-accueil aux heures d'affluence", owner: 'DCTAS', origin: ActionOrigin.MEETING },
  { proposal: null, action: 'Développer la prise de rendez-vous en ligne', owner: 'DLP', origin: ActionOrigin.MEETING },
  { proposal: null, action: 'Publier chaque trimestre les résultats de qualité de service', owner: 'SG', origin: ActionOrigin.MEETING },
  { proposal: null, action: 'Harmoniser les réponses types aux collectivités', owner: 'DCTAJ', origin: ActionOrigin.MEETING },
  { proposal: null, action: 'Améliorer le taux de décroché du standard', owner: 'DCTAS', origin: ActionOrigin.MEETING },
  { proposal: null, action: "Moderniser la borne de gestion de la file d'attente", owner: 'SII', origin: ActionOrigin.MEETING },
  { proposal: null, action: 'Réaliser une campagne de tests mystères (appels, courriels, visites)', owner: 'SG', origin: ActionOrigin.OTHER },
];

/** The label the indicators are presented against, year by year. */
const referential = (year: number) => (year <= 2018 ? 'Qualipref 2.0' : year <= 2020 ? 'Qual-e-pref' : 'Services Publics +');

interface Step {
  day: CalendarDate;
  progress: number;
  status: ActionStatus;
  note: string | null;
}

/**
 * An action's progress from its inscription: started some weeks later, reported every few
 * months, then done around its due date (sometimes late), cancelled, or left unfinished.
 */
function timeline(next: () => number, inscribed: CalendarDate, dueDate: CalendarDate): Step[] {
  const fate = next();
  const ceiling = fate < 0.8 ? 90 : between(next, 40, 80);
  const end = addCalendarDays(dueDate, between(next, -50, 45));
  const steps: Step[] = [{ day: inscribed, progress: 0, status: ActionStatus.PLANNED, note: 'Inscription au plan' }];
  let day = inscribed;
  for (;;) {
    day = addCalendarDays(day, between(next, 30, 80));
    const progress = Math.min(ceiling, steps.at(-1)!.progress + between(next, 15, 35));
    if (day >= end || progress <= steps.at(-1)!.progress) break;
    steps.push({ day, progress, status: ActionStatus.IN_PROGRESS, note: null });
  }
  const last = steps.at(-1)!;
  const final = end > last.day ? end : addCalendarDays(last.day, 7);
  if (fate < 0.8) steps.push({ day: final, progress: 100, status: ActionStatus.DONE, note: 'Action réalisée.' });
  else if (fate < 0.9) steps.push({ day: final, progress: last.progress, status: ActionStatus.CANCELLED, note: 'Action abandonnée : reprise sous une autre forme dans le plan suivant.' });
  return steps;
}

const ATTENDANCE: [number, Attendance][] = [[0.76, Attendance.PRESENT], [0.88, Attendance.EXCUSED], [0.94, Attendance.REPRESENTED], [1, Attendance.ABSENT]];

interface PlanReport {
  year: number;
  /** Each action's steps, to tell how far the plan is on a given day. */
  steps: Step[][];
}

function standing(plan: PlanReport, day: CalendarDate): { total: number; done: number; started: number } {
  const now = plan.steps.map((s) => s.filter((x) => x.day <= day).at(-1));
  return { total: plan.steps.length, done: now.filter((s) => s?.status === ActionStatus.DONE).length, started: now.filter((s) => s?.status === ActionStatus.IN_PROGRESS).length };
}

interface Counts {
  meetings: number;
  members: number;
  actions: number;
  progress: number;
}

/** One tenant's CLU from 2016 to the as-of date, in one unit of work. */
async function seedCommitteeYears(em: EntityManager, tenant: TenantKey, asOf: CalendarDate): Promise<Counts> {
  const tenantId = TENANTS[tenant].id;
  const site = SITES[tenant];
  const manager = ACCOUNTS.find((a) => a.tenant === tenant && a.role === 'MANAGER')!.id;
  const committee = await em.findOneOrFail(Committee, { tenantId, kind: 'CLU' });
  const colleges = new Map((await em.find(College, { committee })).map((c) => [c.code, c]));
  const counts: Counts = { meetings: 0, members: 0, actions: 0, progress: 0 };

  if (FIRST_RENEWAL <= asOf) {
    if (tenant === 'metz') {
      // The renewal ends the mandates of the installation; the new members sit from then on.
      await em.nativeUpdate(Member, { committee, mandateStart: '2015-10-14', mandateEnd: null }, { mandateEnd: addCalendarDays(FIRST_RENEWAL, -1) });
      metzMandates(em, committee, colleges, asOf);
    } else {
      for (const seat of SOUS_PREFECTURE_SEATS[tenant]) {
        em.create(Member, { tenantId, committee, college: colleges.get(seat.college)!, name: seat.name, organisation: seat.organisation, role: seat.role, contact: null, userId: null, mandateStart: FIRST_RENEWAL, mandateEnd: null, createdAt: at(FIRST_RENEWAL, 9), updatedAt: at(FIRST_RENEWAL, 9) });
      }
    }
  }
  // The follow-ups of the installation were done by their due date.
  await em.nativeUpdate(FollowUp, { committee, done: false, dueDate: { $lte: asOf } }, { done: true });
  await em.flush();
  const members = await em.find(Member, { committee }, { orderBy: { name: 'asc', mandateStart: 'asc' } });
  counts.members = members.length;

  // The 2016 plan of the installation is Metz's only one before the generated plans.
  const replayed = await em.find(Action, { plan: { committee, year: 2016 } });
  let plan: PlanReport | null = replayed.length ? { year: 2016, steps: replayed.map((a) => [{ day: '2016-05-15', progress: a.progress, status: a.status, note: null }]) } : null;

  const themeOrder = draw(seededRandom(seedOf('themes', tenant)), THEMES, THEMES.length);
  let proposed = 0;
  for (const year of demoYears(asOf)) {
    const day = meetingDay(tenant, year);
    if (day > asOf) break;
    const next = seededRandom(seedOf('clu', tenant, year));
    const held = at(day, site.hour);
    const scheduled = at(addCalendarDays(day, -between(next, 30, 40)), 10);
    const drafted = CALENDAR.addWorkingDays(addCalendarDays(day, 1), 0);
    const validated = CALENDAR.addWorkingDays(addCalendarDays(drafted, between(next, 1, 2)), 0);
    const published = CALENDAR.addWorkingDays(addCalendarDays(validated, 1), 0);
    const meeting = em.create(Meeting, {
      tenantId,
      committee,
      title: `Réunion annuelle du comité local des usagers ${year}`,
      scheduledAt: held,
      place: site.place,
      chairName: site.chairName,
      status: published <= asOf ? MeetingStatus.MINUTES_PUBLISHED : MeetingStatus.HELD,
      createdAt: scheduled,
      updatedAt: at(published <= asOf ? published : day, 17),
    });
    counts.meetings += 1;

    const inOffice = members.filter((m) => m.mandateStart <= day && (!m.mandateEnd || m.mandateEnd >= day));
    for (const member of inOffice) {
      const roll = next();
      const attendance = ATTENDANCE.find(([limit]) => roll < limit)![1];
      em.create(Invitation, {
        tenantId,
        meeting,
        member,
        userId: null,
        name: member.name,
        organisation: member.organisation,
        attendance,
        representedBy: attendance === Attendance.REPRESENTED ? 'Son suppléant' : null,
        signed: attendance === Attendance.PRESENT || attendance === Attendance.REPRESENTED,
        createdAt: scheduled,
        updatedAt: at(day, site.hour + 3),
      });
    }

    const outside = inOffice.filter((m) => m.college.id !== colleges.get('ADMINISTRATION')?.id);
    // Each meeting raises proposals not heard before (the pool lasts until about 2030, then comes round again).
    const raised = tenant === 'metz' && year % 2 === 0 ? 2 : 1;
    const themes = Array.from({ length: raised }, (_, i) => themeOrder[(proposed + i) % themeOrder.length]!);
    proposed += raised;
    const proposals = themes.map((theme) => {
      const author = outside[Math.floor(next() * outside.length)] ?? inOffice[0]!;
      const examined = addCalendarDays(day, between(next, 20, 45));
      const accepted = next() < 0.75;
      return { theme, author, examined, accepted, decided: accepted ? examined : addCalendarDays(examined, between(next, 60, 120)), finallyAccepted: accepted || next() < 0.6 };
    });
    const nextYear = year + 1;
    const standingThen = plan ? standing(plan, day) : null;
    const meetingThemes = draw(next, MEETING_ACTIONS, between(next, 2, 4));

    const agenda: [string, string, string][] = [];
    if (plan && standingThen) {
      agenda.push([
        `Bilan du plan d'actions ${plan.year}`,
        `Présentation de l'avancement du plan d'actions ${plan.year} : ${standingThen.done} action(s) réalisée(s) sur ${standingThen.total}, ${standingThen.started} en cours.`,
        standingThen.done === standingThen.total ? `Le plan d'actions ${plan.year} est entièrement réalisé.` : `Les actions non achevées restent suivies par les directions qui en ont la charge ; leur avancement sera présenté à la prochaine réunion.`,
      ]);
    }
    agenda.push([
      `Résultats de l'enquête de satisfaction des usagers ${year}`,
      `L'enquête menée en octobre ${year} dans le hall, sur papier et sur la borne, porte sur l'accueil physique, téléphonique et numérique, les espaces d'accueil, les équipements, le temps d'attente et la qualité des réponses des services.`,
      `Les résultats, publiés sur le site internet, sont comparés à ceux de ${year - 1} ; les points en recul sont repris dans le plan d'actions ${nextYear}.`,
    ]);
    if (tenant === 'metz') {
      agenda.push([
        'Indicateurs de qualité de service et délais de réponse',
        `Présentation des indicateurs du référentiel ${referential(year)} : délais de réponse aux courriers et courriels, taux de décroché du standard, délais de traitement des démarches les plus courantes.`,
        'Les indicateurs sont publiés chaque trimestre dans le hall et sur le site internet de la préfecture.',
      ]);
    }
    agenda.push([
      `Plan d'actions ${nextYear}`,
      `Le projet de plan d'actions ${nextYear} compte ${meetingThemes.length} action(s) issue(s) des résultats de l'enquête et des indicateurs ; les propositions retenues des membres y seront ajoutées.`,
      `Le comité approuve le plan d'actions ${nextYear}, qui sera présenté au comité technique.`,
    ]);
    agenda.push([
      'Tour de table et propositions des membres',
      `Les membres font part de leurs observations sur l'accueil des usagers. ${proposals.length} proposition(s) formulée(s) : ${proposals.map((p) => p.theme.proposal).join(' ')}`,
      `Les propositions sont transmises pour examen. Le comité se réunira de nouveau en novembre ${nextYear}.`,
    ]);
    const items = agenda.map(([title], i) => em.create(AgendaItem, { tenantId, meeting, position: i + 1, title, description: null }));

    if (drafted <= asOf) {
      const status = published <= asOf ? MinutesStatus.PUBLISHED : validated <= asOf ? MinutesStatus.VALIDATED : MinutesStatus.DRAFT;
      const minutes = em.create(Minutes, {
        tenantId,
        meeting,
        version: 1,
        status,
        caseOfficers: site.caseOfficers,
        introduction: `Le comité local des usagers s'est réuni le ${frenchDate(day)} (${site.place}), sous la présidence de ${site.chairName.replace(/^Le /, 'M. le ')}.`,
        closing: 'Le président lève la séance en remerciant les membres pour leur participation.',
        signatoryName: null,
        signatoryTitle: site.signatoryTitle,
        validatedAt: status === MinutesStatus.DRAFT ? null : at(validated, 11),
        publishedAt: status === MinutesStatus.PUBLISHED ? at(published, 10) : null,
        createdAt: at(drafted, 9),
        updatedAt: at(status === MinutesStatus.PUBLISHED ? published : status === MinutesStatus.VALIDATED ? validated : drafted, 11),
      });
      items.forEach((agendaItem, i) => em.create(MinutesSection, { tenantId, minutes, agendaItem, presentation: agenda[i]![1], conclusions: agenda[i]![2] }));
    }

    // References carry the plan's year (A17-01…): a list sorted by reference across plans keeps
    // each plan's actions together, the installation's (A-01…) first, instead of interleaving them.
    const planEntity = em.create(ActionPlan, { tenantId, committee, year: nextYear, title: `Plan d'actions ${nextYear}`, createdAt: held, updatedAt: held });
    const dueDates = [`${nextYear}-03-31`, `${nextYear}-06-30`, `${nextYear}-09-30`, `${nextYear}-12-31`];
    const report: PlanReport = { year: nextYear, steps: [] };
    const owner = (theme: Theme) => directorateId(tenant, tenant === 'metz' ? theme.owner : site.owners[0]!);
    /** An action with its progress so far; the whole timeline is drawn, whatever the as-of date, so that it stays the same. */
    const addAction = (theme: Theme, inscribed: CalendarDate, dueDate: CalendarDate, origin: Partial<Pick<Action, 'originProposal' | 'originMeeting'>>): Step[] => {
      const steps = timeline(next, inscribed, dueDate);
      if (inscribed > asOf) return steps;
      report.steps.push(steps);
      const recorded = steps.filter((step) => step.day <= asOf);
      const current = recorded.at(-1)!;
      const action = em.create(Action, {
        tenantId,
        plan: planEntity,
        reference: `A${String(nextYear).slice(2)}-${String(report.steps.length).padStart(2, '0')}`,
        title: theme.action,
        description: null,
        ownerDirectorateId: owner(theme),
        dueDate,
        status: current.status,
        progress: current.progress,
        originKind: theme.origin,
        originProposal: null,
        originMeeting: null,
        originFindingId: null,
        ...origin,
        createdAt: at(inscribed, site.hour + 2),
        updatedAt: at(current.day, 15),
      });
      recorded.forEach((step, i) => em.create(ActionProgress, { tenantId, action, recordedAt: at(step.day, i === 0 ? site.hour + 2 : 15), progress: step.progress, status: step.status, note: step.note, recordedBy: manager }));
      counts.actions += 1;
      counts.progress += recorded.length;
      return steps;
    };
    for (const theme of meetingThemes) addAction(theme, day, dueDates[between(next, 0, dueDates.length - 1)]!, theme.origin === ActionOrigin.MEETING ? { originMeeting: meeting } : {});

    for (const p of proposals) {
      const changes: { day: CalendarDate; from: ProposalStatus | null; to: ProposalStatus; note: string | null }[] = [{ day, from: null, to: ProposalStatus.SUBMITTED, note: null }];
      if (p.accepted) changes.push({ day: p.examined, from: ProposalStatus.SUBMITTED, to: ProposalStatus.ACCEPTED, note: 'Examen en comité de pilotage' });
      else {
        changes.push({ day: p.examined, from: ProposalStatus.SUBMITTED, to: ProposalStatus.UNDER_STUDY, note: 'Examen en comité de pilotage' });
        changes.push({ day: p.decided, from: ProposalStatus.UNDER_STUDY, to: p.finallyAccepted ? ProposalStatus.ACCEPTED : ProposalStatus.REJECTED, note: p.finallyAccepted ? 'Avis favorable après étude' : 'Non retenue après étude' });
      }
      const proposal = em.create(Proposal, { tenantId, meeting, agendaItem: items.at(-1)!, author: p.author, authorName: p.author.name, text: p.theme.proposal!, status: ProposalStatus.SUBMITTED, answer: null, createdAt: at(day, site.hour + 2) });
      em.create(ProposalRouting, { tenantId, proposal, directorateId: owner(p.theme), bodyName: null });
      if (tenant === 'metz') em.create(ProposalRouting, { tenantId, proposal, directorateId: null, bodyName: PILOTAGE });
      // A retained proposal becomes an action of the plan a few days after the decision; done, it is done too.
      if (p.finallyAccepted) {
        const steps = addAction(p.theme, addCalendarDays(p.decided, 5), `${nextYear}-12-31`, { originProposal: proposal });
        const done = steps.find((step) => step.status === ActionStatus.DONE);
        if (done) changes.push({ day: addCalendarDays(done.day, 1), from: ProposalStatus.ACCEPTED, to: ProposalStatus.DONE, note: 'Action réalisée' });
      }
      const recorded = changes.filter((c) => c.day <= asOf);
      proposal.status = recorded.at(-1)!.to;
      proposal.answer =
        proposal.status === ProposalStatus.REJECTED
          ? "La proposition n'a pas été retenue : elle sera réexaminée avec le prochain plan d'actions."
          : proposal.status === ProposalStatus.ACCEPTED || proposal.status === ProposalStatus.DONE
            ? `Proposition retenue et inscrite au plan d'actions ${nextYear}.`
            : null;
      proposal.updatedAt = at(recorded.at(-1)!.day, 12);
      recorded.forEach((c, i) => em.create(ProposalStatusChange, { tenantId, proposal, fromStatus: c.from, toStatus: c.to, note: c.note, changedAt: at(c.day, i === 0 ? site.hour + 2 : 12), changedBy: i === 0 ? null : manager }));
    }

    for (const [title, dueDate] of [
      [`Bilan qualité ${year} présenté au comité technique`, `${nextYear}-03-31`],
      [`Plan d'actions ${nextYear} présenté au comité technique`, `${nextYear}-01-31`],
    ] as const) {
      em.create(FollowUp, { tenantId, committee, title, dueDate, done: dueDate <= asOf, createdAt: held, updatedAt: at(dueDate <= asOf ? dueDate : day, 12) });
    }
    plan = report;
  }
  return counts;
}

export type CommitteeYearsReport = Record<TenantKey, Counts>;

/** The three CLUs from 2016 to the as-of date, each tenant under its own session and in its own transaction. */
export async function seedDemoCommitteeYears(root: EntityManager, asOf: CalendarDate): Promise<CommitteeYearsReport> {
  const fork = (tenant: TenantKey) => tenantEntityManager(root, TENANTS[tenant].id);
  const report = {} as CommitteeYearsReport;
  for (const tenant of Object.keys(TENANTS) as TenantKey[]) report[tenant] = await fork(tenant).transactional((em) => seedCommitteeYears(em, tenant, asOf));
  return report;
}
