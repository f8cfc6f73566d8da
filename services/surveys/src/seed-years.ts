import { randomUUID } from 'node:crypto';
import type { EntityManager, RequiredEntityData } from '@mikro-orm/core';
import { addCalendarDays, calendarDaysBetween, startOfCalendarDate, WorkingCalendar, type CalendarDate } from '@qualipref/calendar';
import { ACCOUNTS, TENANTS, between, demoMonths, demoYears, pick, seededRandom, type TenantKey } from '@qualipref/demo-fixtures';
import { tenantEntityManager } from '@qualipref/server-kit';
import { Answer, Campaign, Feedback, Finding, Panel, Question, Questionnaire, QuestionnaireSection, Response } from './entities/index.js';
import { CampaignChannel, DIMENSION_LABELS, type Dimension, FeedbackCategory, FeedbackChannel, FeedbackStatus, FindingKind, PanelKind, QuestionKind, ResponseChannel, SatisfactionLevel } from './domain/enums.js';
import { campaignResults, publicationSummary, type CampaignResults } from './domain/results.js';

/**
 * The demo from 2016 to its as-of date: a hall survey a year per site and the feedback of every
 * month, continuing the 2015 figures read back from the database. Each year and each month has
 * its own generator, so a later as-of date adds rows without changing the earlier ones.
 */

const HALL_KEY = 'usagers-hall';
const MIN_RESPONDENTS = 150;
/** Largest yearly step of a question's target rate. */
const MAX_STEP = 0.04;
/** Largest yearly move of its rate once rounded to whole answers: under the 5 points the demo promises. */
const MAX_MOVE = 0.049;
/** Rows of one insert statement: 9 parameters each, under PostgreSQL's 65,535. */
const ANSWERS_PER_INSERT = 5000;

/**
 * Who does what in the demo: the site's manager runs the campaigns; its agent keys in paper forms
 * and handles feedback. Metz's agents are the DCTAJ's and the DLP's: there the MACAP manager does
 * both, as in 2015.
 */
function staff(tenant: TenantKey): { manager: string; agent: string } {
  const manager = ACCOUNTS.find((a) => a.tenant === tenant && a.role === 'MANAGER')!.id;
  return { manager, agent: tenant === 'metz' ? manager : ACCOUNTS.find((a) => a.tenant === tenant && a.role === 'AGENT')!.id };
}

/** A 32-bit FNV-1a hash of the parts: one generator seed per tenant, year or month. */
function seedOf(...parts: (string | number)[]): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join(':')) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return hash >>> 0;
}

const CALENDAR = new WorkingCalendar();
const at = (date: CalendarDate, hours: number) => new Date(startOfCalendarDate(date).getTime() + hours * 3_600_000);
const daysInMonth = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
const percent = (rate: number) => `${(rate * 100).toFixed(1).replace('.', ',')} %`;

function shuffle<T>(list: T[], next: () => number): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

/** Monday to Friday of the second full week of October, as in 2015 (12–16 October). */
export function hallWeek(year: number): { opensOn: CalendarDate; closesOn: CalendarDate } {
  const firstOfOctober = `${year}-10-01`;
  const weekday = new Date(`${firstOfOctober}T00:00:00Z`).getUTCDay();
  const opensOn = addCalendarDays(firstOfOctober, ((8 - weekday) % 7) + 7);
  return { opensOn, closesOn: addCalendarDays(opensOn, 4) };
}

/** One satisfaction question of a campaign: answered, with an opinion, satisfied. */
interface Level {
  answered: number;
  withOpinion: number;
  satisfied: number;
}

interface HallState {
  respondents: number;
  levels: Map<string, Level>;
  waitingMedian: number;
}

function stateOf(results: CampaignResults): HallState {
  const levels = new Map<string, Level>();
  for (const q of results.questions) {
    if (q.satisfaction) levels.set(q.question.key, { answered: q.satisfaction.withOpinion + q.satisfaction.noOpinion, withOpinion: q.satisfaction.withOpinion, satisfied: q.satisfaction.satisfied });
  }
  const minutes = results.questions.find((q) => q.question.kind === QuestionKind.NUMBER)?.number?.median;
  return { respondents: results.respondents, levels, waitingMedian: minutes ?? 25 };
}

/**
 * The next year's level of a question: its target rate moves by at most MAX_STEP, drawn around a
 * pull towards 86 % so that the walk stays in a credible range over the years.
 */
function nextLevel(previous: Level, previousRespondents: number, respondents: number, next: () => number): Level {
  const rate = previous.satisfied / previous.withOpinion;
  const skipShare = (previousRespondents - previous.answered) / previousRespondents;
  const noOpinionShare = (previous.answered - previous.withOpinion) / previous.answered;
  const answered = respondents - Math.min(respondents - 1, Math.round(respondents * skipShare * (0.5 + next())));
  const withOpinion = Math.max(1, answered - Math.round(answered * noOpinionShare * (0.8 + 0.4 * next())));
  const step = Math.max(-MAX_STEP, Math.min(MAX_STEP, (next() * 2 - 1) * 0.035 + (0.86 - rate) * 0.08));
  const target = Math.min(0.99, rate + step);
  const low = Math.max(0, Math.ceil((rate - MAX_MOVE) * withOpinion));
  const high = Math.min(withOpinion, Math.floor((rate + MAX_MOVE) * withOpinion));
  return { answered, withOpinion, satisfied: Math.max(low, Math.min(high, Math.round(target * withOpinion))) };
}

function levelList(level: Level, next: () => number): SatisfactionLevel[] {
  const very = Math.round(level.satisfied * (0.4 + 0.1 * next()));
  const unhappy = level.withOpinion - level.satisfied;
  const veryUnhappy = Math.round(unhappy * 0.35);
  return shuffle(
    [
      ...Array<SatisfactionLevel>(very).fill(SatisfactionLevel.VERY_SATISFIED),
      ...Array<SatisfactionLevel>(level.satisfied - very).fill(SatisfactionLevel.SATISFIED),
      ...Array<SatisfactionLevel>(unhappy - veryUnhappy).fill(SatisfactionLevel.DISSATISFIED),
      ...Array<SatisfactionLevel>(veryUnhappy).fill(SatisfactionLevel.VERY_DISSATISFIED),
      ...Array<SatisfactionLevel>(level.answered - level.withOpinion).fill(SatisfactionLevel.NO_OPINION),
    ],
    next,
  );
}

const COMMENTS = [
  "Merci pour l'accueil, rapide et souriant.",
  "Le temps d'attente reste long en début de matinée.",
  'La borne de prise de ticket est simple à utiliser.',
  'Les explications au guichet ont été claires.',
  "Il faudrait davantage de places assises dans le hall.",
  'Le site internet pourrait mieux indiquer les pièces à fournir.',
  "Je n'ai pas réussi à joindre le standard avant de venir.",
  'Le rendez-vous en ligne m’a évité de faire la queue.',
  'Signalétique à améliorer pour trouver le bon guichet.',
  "Un photocopieur en libre-service serait utile.",
];

/** A client id as a kiosk makes one (`borne-` and a UUID), drawn from the year's generator. */
function clientId(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
  return `borne-${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** Share of the hall's answers given on the tablet: the kiosk spreads after the 2016 trial. */
const kioskShare = (year: number) => Math.min(0.75, 0.2 + 0.06 * (year - 2016));

type AnswerRow = RequiredEntityData<Answer>;

/** The year's responses, as entities, and their answers, as rows for a multi-row insert (tens of thousands: the ORM's unit of work would be the slow part). */
function hallResponses(em: EntityManager, campaign: Campaign, questions: Question[], levels: Map<string, Level>, respondents: number, lastDay: CalendarDate, waitingMedian: number, tenant: TenantKey, next: () => number): AnswerRow[] {
  const tenantId = campaign.tenantId;
  const rows: AnswerRow[] = [];
  const agent = staff(tenant).agent;
  const lists = new Map([...levels].map(([key, level]) => [key, levelList(level, next)]));
  const days = Array.from({ length: calendarDaysBetween(campaign.opensOn, lastDay) + 1 }, (_, i) => addCalendarDays(campaign.opensOn, i));
  const share = kioskShare(campaign.year);
  for (let i = 0; i < respondents; i++) {
    const day = pick(next, days);
    const channel = next() < share ? ResponseChannel.KIOSK : ResponseChannel.PAPER;
    // A paper form is dated by its day (as an agent keys it in); a kiosk answer by its instant.
    const response = em.create(Response, {
      tenantId,
      campaign,
      channel,
      submittedAt: channel === ResponseChannel.KIOSK ? at(day, 8.5 + next() * 8) : startOfCalendarDate(day),
      clientId: channel === ResponseChannel.KIOSK ? clientId(next) : null,
      enteredBy: channel === ResponseChannel.PAPER ? agent : null,
    });
    const answer = (question: Question, values: Partial<Pick<Answer, 'option' | 'numberValue' | 'textValue'>>) =>
      rows.push({ id: randomUUID(), tenantId, response: response.id, campaignId: campaign.id, question: question.id, channel, option: null, numberValue: null, textValue: null, ...values });
    for (const question of questions) {
      if (question.kind === QuestionKind.SATISFACTION) {
        const level = lists.get(question.key)?.[i];
        if (level) answer(question, { option: level });
      } else if (question.kind === QuestionKind.SINGLE_CHOICE) {
        const roll = next();
        answer(question, { option: question.options[roll < 0.68 ? 0 : roll < 0.84 ? 1 : roll < 0.92 ? 2 : 3]?.key ?? question.options[0]!.key });
      } else if (question.kind === QuestionKind.MULTIPLE_CHOICE) {
        const first = Math.floor(next() * question.options.length);
        answer(question, { option: question.options[first]!.key });
        if (next() < 0.3) answer(question, { option: question.options[(first + 1) % question.options.length]!.key });
      } else if (question.kind === QuestionKind.NUMBER) {
        if (next() < 0.9) answer(question, { numberValue: Math.max(0, Math.round(waitingMedian * (0.3 + next() * 1.4))) });
      } else if (question.kind === QuestionKind.FREE_TEXT && next() < 0.06) {
        answer(question, { textValue: pick(next, COMMENTS) });
      }
    }
  }
  return rows;
}

const RECOMMENDATIONS: Partial<Record<Dimension, string>> = {
  PHYSICAL_RECEPTION: "Rappeler aux agents d'accueil les engagements de la charte et former les nouveaux arrivants.",
  TELEPHONE_RECEPTION: "Renforcer le standard aux heures de pointe et publier les plages horaires d'appel conseillées.",
  DIGITAL_RECEPTION: 'Mettre à jour les fiches du site internet à chaque changement de procédure.',
  RECEPTION_SPACES: "Revoir la signalétique et l'aménagement de la salle d'attente.",
  EQUIPMENT: 'Programmer la maintenance des équipements du hall (photocopieur, bornes).',
  WAITING_TIME: "Ouvrir davantage de créneaux de rendez-vous en ligne et renforcer le pré-accueil aux heures d'affluence.",
  ANSWER_QUALITY: 'Harmoniser les réponses types des services et les relire avec les usagers.',
};

/** One or two findings read from the results: the strongest dimension, then the largest decline or the weakest one. */
function findings(results: CampaignResults): { kind: FindingKind; text: string; dimension: Dimension; questionKey: string | null }[] {
  const keyOf = (dimension: Dimension) => results.questions.find((q) => q.satisfaction && q.question.dimension === dimension)?.question.key ?? null;
  const rated = results.dimensions.filter((d) => d.satisfaction.rate !== null);
  const best = rated.reduce((a, b) => (b.satisfaction.rate! > a.satisfaction.rate! ? b : a));
  const year = results.campaign.year;
  const made = [{ kind: FindingKind.STRENGTH, dimension: best.dimension, questionKey: keyOf(best.dimension), text: `Point fort de l'enquête ${year} : « ${DIMENSION_LABELS[best.dimension]} » satisfait ${percent(best.satisfaction.rate!)} des usagers.` }];
  const declines = rated.filter((d) => (d.comparison?.difference ?? 0) <= -2).sort((a, b) => a.comparison!.difference! - b.comparison!.difference!);
  const decline = declines[0];
  if (decline && results.comparedTo) {
    made.push({
      kind: FindingKind.WEAKNESS,
      dimension: decline.dimension,
      questionKey: keyOf(decline.dimension),
      text: `« ${DIMENSION_LABELS[decline.dimension]} » recule de ${Math.abs(decline.comparison!.difference!).toFixed(1).replace('.', ',')} points par rapport à ${results.comparedTo.year} (${percent(decline.satisfaction.rate!)}).`,
    });
  } else {
    const weakest = rated.reduce((a, b) => (b.satisfaction.rate! < a.satisfaction.rate! ? b : a));
    const advice = RECOMMENDATIONS[weakest.dimension];
    if (advice) made.push({ kind: FindingKind.RECOMMENDATION, dimension: weakest.dimension, questionKey: keyOf(weakest.dimension), text: `${advice} (« ${DIMENSION_LABELS[weakest.dimension]} » : ${percent(weakest.satisfaction.rate!)}.)` });
  }
  return made;
}

interface HallSetup {
  questionnaireId: string;
  panelId: string;
  state: HallState;
}

type Fork = (tenant: TenantKey) => EntityManager;

async function hallCampaign(em: EntityManager, tenant: TenantKey): Promise<Campaign | null> {
  return em.findOne(Campaign, { tenantId: TENANTS[tenant].id, year: 2015, channel: CampaignChannel.HALL });
}

/** Metz and Forbach go on with their 2015 questionnaire and panel; Thionville starts from Forbach's. */
async function hallSetup(fork: Fork, tenant: TenantKey): Promise<HallSetup> {
  const own = await hallCampaign(fork(tenant), tenant);
  if (own) {
    const em = fork(tenant);
    return { questionnaireId: own.questionnaire.id, panelId: own.panel.id, state: stateOf(await campaignResults(em, own)) };
  }
  const reader = fork('forbach');
  const model = (await hallCampaign(reader, 'forbach'))!;
  const state = stateOf(await campaignResults(reader, model));
  const sections = await reader.find(QuestionnaireSection, { questionnaire: model.questionnaire.id }, { orderBy: { position: 'asc' } });
  const questions = await reader.find(Question, { questionnaire: model.questionnaire.id }, { orderBy: { position: 'asc' } });
  const source = await reader.findOneOrFail(Questionnaire, { id: model.questionnaire.id });
  const tenantId = TENANTS[tenant].id;
  const { opensOn } = hallWeek(2016);
  return fork(tenant).transactional(async (em) => {
    const created = at(addCalendarDays(opensOn, -21), 10);
    const panel = em.create(Panel, { tenantId, name: `Usagers du hall de la sous-préfecture de ${TENANTS[tenant].city}`, kind: PanelKind.HALL_USERS, description: 'Les usagers présents dans le hall pendant la semaine de l’enquête, sur papier ou sur la borne.', createdAt: created, updatedAt: created });
    const questionnaire = em.create(Questionnaire, { tenantId, key: HALL_KEY, version: 1, title: source.title, description: source.description, frozenAt: startOfCalendarDate(opensOn), createdBy: staff(tenant).manager, createdAt: created, updatedAt: created });
    for (const s of sections) {
      const section = em.create(QuestionnaireSection, { tenantId, questionnaire, position: s.position, title: s.title });
      for (const q of questions.filter((x) => x.section.id === s.id)) {
        em.create(Question, { tenantId, questionnaire, section, position: q.position, key: q.key, text: q.text, help: q.help, kind: q.kind, dimension: q.dimension, required: q.required, options: q.options, minValue: q.minValue, maxValue: q.maxValue });
      }
    }
    return { questionnaireId: questionnaire.id, panelId: panel.id, state };
  });
}

/** The hall survey of each year whose week has begun by the as-of date; counts are per tenant. */
async function seedHallYears(fork: Fork, tenant: TenantKey, asOf: CalendarDate): Promise<{ campaigns: number; responses: number }> {
  const setup = await hallSetup(fork, tenant);
  const tenantId = TENANTS[tenant].id;
  let state = setup.state;
  let campaigns = 0;
  let responses = 0;
  for (const year of demoYears(asOf)) {
    const { opensOn, closesOn } = hallWeek(year);
    if (opensOn > asOf) break;
    const next = seededRandom(seedOf('hall', tenant, year));
    const open = asOf <= closesOn;
    const lastDay = open ? asOf : closesOn;
    // An open campaign has the answers of its days so far only.
    const full = between(next, MIN_RESPONDENTS, MIN_RESPONDENTS + 45);
    const respondents = open ? Math.max(1, Math.round((full * (calendarDaysBetween(opensOn, lastDay) + 1)) / 5)) : full;
    const levels = new Map([...state.levels].map(([key, level]) => [key, nextLevel(level, state.respondents, respondents, next)]));
    const waitingMedian = Math.max(10, Math.min(60, state.waitingMedian + between(next, -5, 5)));
    const createdAt = at(addCalendarDays(opensOn, -14), 10);
    const publishedOn = CALENDAR.addWorkingDays(addCalendarDays(closesOn, between(next, 14, 20)), 0);
    const findingsOn = CALENDAR.addWorkingDays(addCalendarDays(closesOn, between(next, 5, 9)), 0);
    await fork(tenant).transactional(async (em) => {
      const questions = await em.find(Question, { questionnaire: setup.questionnaireId }, { orderBy: { section: { position: 'asc' }, position: 'asc' } });
      const campaign = em.create(Campaign, {
        tenantId,
        year,
        title: `Enquête annuelle de satisfaction des usagers ${year}`,
        questionnaire: em.getReference(Questionnaire, setup.questionnaireId),
        panel: em.getReference(Panel, setup.panelId),
        channel: CampaignChannel.HALL,
        opensOn,
        closesOn,
        createdBy: staff(tenant).manager,
        createdAt,
        updatedAt: createdAt,
      });
      const answers = hallResponses(em, campaign, questions, levels, respondents, lastDay, waitingMedian, tenant, next);
      await em.flush();
      for (let i = 0; i < answers.length; i += ANSWERS_PER_INSERT) await em.insertMany(Answer, answers.slice(i, i + ANSWERS_PER_INSERT));
      if (open || findingsOn > asOf) return;
      const results = await campaignResults(em, campaign);
      const made = findings(results).map((f, i) => {
        const recorded = at(findingsOn, 10 + i);
        return em.create(Finding, { tenantId, campaign, ...f, createdBy: staff(tenant).manager, createdAt: recorded, updatedAt: recorded });
      });
      if (publishedOn > asOf) return;
      // As publishResults leaves it (the summary and the findings, frozen), dated by the as-of
      // calendar: a native update, which the ORM's updatedAt hook does not overwrite with the clock.
      const publishedAt = at(publishedOn, 11);
      const publication = { ...publicationSummary(results), findings: made.map((f) => ({ id: f.id, kind: f.kind, dimension: f.dimension, text: f.text })) };
      await em.flush();
      await em.nativeUpdate(Campaign, { id: campaign.id }, { publication, publishedAt, publishedBy: staff(tenant).manager, updatedAt: publishedAt });
    });
    state = { respondents, levels, waitingMedian };
    campaigns += 1;
    responses += respondents;
  }
  return { campaigns, responses };
}

const SAMPLES: [FeedbackCategory, string][] = [
  [FeedbackCategory.WAITING_TIME, "Trop d'attente le lundi matin au guichet."],
  [FeedbackCategory.WAITING_TIME, "Une heure d'attente pour un simple renseignement."],
  [FeedbackCategory.EQUIPMENT, 'Le photocopieur du hall est hors service.'],
  [FeedbackCategory.EQUIPMENT, 'La borne de tickets ne fonctionne plus depuis ce matin.'],
  [FeedbackCategory.INFORMATION, 'La liste des pièces sur le site ne correspond pas à celle demandée au guichet.'],
  [FeedbackCategory.INFORMATION, "Les horaires d'ouverture affichés à l'entrée ne sont pas à jour."],
  [FeedbackCategory.COMPLIMENT, "Merci à l'agent d'accueil pour sa patience et ses explications."],
  [FeedbackCategory.COMPLIMENT, 'Démarche faite en un seul passage grâce au rendez-vous : bravo.'],
  [FeedbackCategory.PREMISES, "Il manque des places assises dans la salle d'attente."],
  [FeedbackCategory.PREMISES, "L'accès pour les poussettes et fauteuils est difficile par l'entrée principale."],
  [FeedbackCategory.PROCEDURE, 'Pourquoi faut-il venir deux fois pour un même dossier ?'],
  [FeedbackCategory.PROCEDURE, 'Le suivi de mon dossier en ligne ne donne aucune date.'],
  [FeedbackCategory.RECEPTION, "L'accueil téléphonique ne répond pas entre 12 h et 14 h."],
  [FeedbackCategory.OTHER, 'Pourriez-vous installer un point d’eau dans le hall ?'],
];

const ANSWERS: Record<FeedbackCategory, string> = {
  RECEPTION: 'Merci de votre message : les horaires du standard sont en cours de révision et seront publiés sur le site.',
  WAITING_TIME: "Merci de votre message. Nous vous invitons à prendre rendez-vous en ligne ; les heures d'affluence sont affichées dans le hall.",
  INFORMATION: 'Merci de votre signalement : la page concernée du site a été corrigée.',
  PREMISES: "Merci de votre remarque, transmise au bureau de la logistique pour l'aménagement du hall.",
  EQUIPMENT: "Merci de votre signalement : l'équipement a été réparé.",
  PROCEDURE: 'Merci de votre message. Le service concerné vous apporte ci-après les précisions sur la procédure.',
  COMPLIMENT: "Merci pour votre message, transmis à l'équipe d'accueil.",
  OTHER: 'Merci de votre suggestion, étudiée dans le cadre du plan d’actions.',
};

/** How many feedback items a month gets: within ±30 % of the 2015 monthly mean, or the nearest whole number to it when none is. */
export function monthlyRange(mean2015: number): { low: number; high: number } {
  const low = Math.ceil(mean2015 * 0.7);
  const high = Math.floor(mean2015 * 1.3);
  if (low <= high) return { low, high };
  const nearest = Math.max(1, Math.round(mean2015));
  return { low: nearest, high: nearest };
}

/** Every month's feedback up to the as-of date, answered or closed some days after it came in. */
async function seedFeedbackMonths(em: EntityManager, tenant: TenantKey, asOf: CalendarDate): Promise<number> {
  const tenantId = TENANTS[tenant].id;
  const agent = staff(tenant).agent;
  const of2015 = await em.count(Feedback, { tenantId, receivedOn: { $gte: '2015-01-01', $lte: '2015-12-31' } });
  const { low, high } = monthlyRange(of2015 / 12);
  let count = 0;
  for (const month of demoMonths(asOf)) {
    const next = seededRandom(seedOf('feedback', tenant, month.month));
    const items = between(next, low, high);
    for (let i = 0; i < items; i++) {
      // Drawn whole for the month before the as-of cut, so that a later as-of date keeps the same items.
      const [category, text] = pick(next, SAMPLES);
      const channel = next() < 0.55 ? FeedbackChannel.SUGGESTION_BOX : FeedbackChannel.CONTACT_FORM;
      const receivedOn = addCalendarDays(month.first, Math.floor(next() * daysInMonth(month.month)));
      const handledOn = CALENDAR.addWorkingDays(addCalendarDays(receivedOn, between(next, 1, 8)), 0);
      const closedUnanswered = next() < 0.1;
      const recordedAt = at(receivedOn, 9 + next() * 7);
      const handledAt = at(handledOn, 10 + next() * 6);
      if (receivedOn > asOf) continue;
      const handled = handledOn <= asOf;
      const contact = channel === FeedbackChannel.CONTACT_FORM ? 'adresse communiquée par le formulaire (démo)' : null;
      const answered = handled && contact !== null && !closedUnanswered;
      em.create(Feedback, {
        tenantId,
        receivedOn,
        channel,
        category,
        text,
        contact,
        status: answered ? FeedbackStatus.ANSWERED : handled ? FeedbackStatus.CLOSED : contact ? FeedbackStatus.IN_PROGRESS : FeedbackStatus.RECEIVED,
        answer: answered ? ANSWERS[category] : null,
        answeredAt: answered ? handledAt : null,
        answeredBy: answered ? agent : null,
        recordedBy: agent,
        createdAt: recordedAt,
        updatedAt: handled ? handledAt : recordedAt,
      });
      count += 1;
    }
  }
  return count;
}

export interface YearsReport {
  campaigns: Record<TenantKey, number>;
  responses: Record<TenantKey, number>;
  feedback: Record<TenantKey, number>;
}

/** The three sites from 2016 to the as-of date, each tenant under its own session. */
export async function seedDemoYears(root: EntityManager, asOf: CalendarDate): Promise<YearsReport> {
  const fork: Fork = (tenant) => tenantEntityManager(root, TENANTS[tenant].id);
  const report: YearsReport = { campaigns: { metz: 0, forbach: 0, thionville: 0 }, responses: { metz: 0, forbach: 0, thionville: 0 }, feedback: { metz: 0, forbach: 0, thionville: 0 } };
  for (const tenant of Object.keys(TENANTS) as TenantKey[]) {
    const hall = await seedHallYears(fork, tenant, asOf);
    report.campaigns[tenant] = hall.campaigns;
    report.responses[tenant] = hall.responses;
    report.feedback[tenant] = await fork(tenant).transactional((em) => seedFeedbackMonths(em, tenant, asOf));
  }
  return report;
}
