import { addMonths, type CalendarDate, type WorkingCalendar } from '@qualipref/calendar';
import { frenchShortDate } from '@qualipref/server-kit';
import { IndicatorComputation } from './enums.js';
import type { Figures } from './figures.js';
import type { Period } from './periods.js';

/** A computed value, with what it was computed from; or why it could not be. */
export type Computed =
  | { value: number; numerator: number | null; sampleSize: number | null; origin: string }
  | { value: null; reason: string };

/** Each channel's items as a sentence names them: « 29 courriels », « aucun courriel ». */
const CHANNELS: Record<string, { plural: string; none: string }> = {
  LETTER: { plural: 'courriers', none: 'Aucun courrier' },
  EMAIL: { plural: 'courriels', none: 'Aucun courriel' },
  TELEPHONE: { plural: 'appels', none: 'Aucun appel' },
  CONTACT_FORM: { plural: 'formulaires de contact', none: 'Aucun formulaire de contact' },
  COUNTER: { plural: 'demandes au guichet', none: 'Aucune demande au guichet' },
};
const DIMENSIONS: Record<string, string> = {
  PHYSICAL_RECEPTION: 'Accueil physique', TELEPHONE_RECEPTION: 'Accueil téléphonique', DIGITAL_RECEPTION: 'Accueil numérique / internet', RECEPTION_SPACES: 'Espaces d’accueil',
  EQUIPMENT: 'Équipements', WAITING_TIME: 'Temps d’attente', ANSWER_QUALITY: 'Qualité de la réponse', LEGAL_REASONING: 'Motivation juridique', APPOINTMENT_DELAYS: 'Délais de rendez-vous',
  ADVICE_TO_COLLECTIVITES: 'Conseil aux collectivités', ACCESSIBILITY: 'Accessibilité', OTHER: 'Autre',
};

const rate = (numerator: number, sampleSize: number, origin: string, none: string): Computed => (sampleSize > 0 ? { value: numerator / sampleSize, numerator, sampleSize, origin } : { value: null, reason: none });

function satisfaction(figures: Figures, dimension: string | null) {
  const questions = figures.questions.filter((q) => dimension === null || q.dimension === dimension);
  const sum = (key: 'satisfied' | 'withOpinion' | 'noOpinion') => questions.reduce((total, q) => total + q[key], 0);
  return { satisfied: sum('satisfied'), withOpinion: sum('withOpinion'), noOpinion: sum('noOpinion'), scope: dimension === null ? 'toutes questions' : `dimension « ${DIMENSIONS[dimension] ?? dimension} »` };
}

/** Whether a committee never went longer than its interval without a meeting held, at any day of the period. */
function cadenceMet(committee: Figures['committees'][number], period: Period): boolean {
  const held = [...committee.heldOn].sort();
  let last: CalendarDate = held.filter((d) => d <= period.start).at(-1) ?? committee.decisionDate;
  for (const day of held.filter((d) => d > period.start && d <= period.end)) {
    if (addMonths(last, committee.meetingIntervalMonths) < day) return false;
    last = day;
  }
  return addMonths(last, committee.meetingIntervalMonths) >= period.end;
}

/**
 * Q1: an indicator computed from the domains' figures with its formula's parameters. Pure: the
 * figures were read before, the value is recorded after.
 */
export function compute(computation: IndicatorComputation, parameters: Record<string, unknown>, figures: Figures, period: Period, calendar: WorkingCalendar): Computed {
  const range = `du ${frenchShortDate(period.start)} au ${frenchShortDate(period.end)}`;
  switch (computation) {
    case IndicatorComputation.ON_TIME_RATE: {
      const channel = String(parameters.channel);
      const row = figures.channels.find((c) => c.channel === channel);
      const name = CHANNELS[channel] ?? { plural: channel, none: `Aucun élément ${channel}` };
      return rate(row?.answeredOnTime ?? 0, row?.answeredWithDelayTarget ?? 0, `Tableau de suivi ${range} : ${row?.answeredOnTime ?? 0} ${name.plural} répondus dans le délai sur ${row?.answeredWithDelayTarget ?? 0} soumis à un délai.`, `${name.none} soumis à un délai n’a reçu de réponse dans la période.`);
    }
    case IndicatorComputation.TELEPHONE_PICK_UP_RATE: {
      const t = figures.telephony;
      return rate(t.answered, t.offered, `Statistiques de téléphonie ${range} : ${t.answered} appels décrochés sur ${t.offered} présentés.`, 'Aucune statistique de téléphonie pour la période.');
    }
    case IndicatorComputation.TELEPHONE_WITHIN_TARGET_RATE: {
      const t = figures.telephony;
      return rate(t.answeredWithinTarget, t.offered, `Statistiques de téléphonie ${range} : ${t.answeredWithinTarget} appels décrochés en moins de 5 sonneries sur ${t.offered} présentés.`, 'Aucune statistique de téléphonie pour la période.');
    }
    case IndicatorComputation.FLAGSHIP_PROCEDURE_ON_TIME: {
      const procedure = parameters.procedure as string | null;
      if (!procedure) return { value: null, reason: 'La formule ne nomme pas encore la démarche phare du site : révisez-la avec le code de la démarche.' };
      const months = figures.procedures.filter((p) => p.procedure === procedure && p.target !== null);
      const met = months.filter((p) => p.value <= p.target!).length;
      return rate(met, months.length, `Indicateurs de démarches ${range} : délai moyen de traitement ${procedure} conforme à sa cible ${met} mois sur ${months.length}.`, `Aucun délai de traitement de la démarche ${procedure} n’est relevé dans la période.`);
    }
    case IndicatorComputation.SATISFACTION_RATE: {
      const s = satisfaction(figures, (parameters.dimension as string | null) ?? null);
      return rate(s.satisfied, s.withOpinion, `Enquêtes de satisfaction closes ${range} (${figures.campaigns}), ${s.scope} : ${s.satisfied} réponses satisfaites sur ${s.withOpinion} avec un avis.`, 'Aucune enquête de satisfaction close dans la période n’a de réponse avec un avis.');
    }
    case IndicatorComputation.NET_SATISFACTION: {
      const s = satisfaction(figures, (parameters.dimension as string | null) ?? null);
      const dissatisfied = s.withOpinion - s.satisfied;
      const denominator = parameters.denominator === 'ALL_ANSWERS' ? s.withOpinion + s.noOpinion : s.withOpinion;
      const over = parameters.denominator === 'ALL_ANSWERS' ? 'réponses, « sans avis » compris' : 'réponses avec un avis';
      if (denominator === 0) return { value: null, reason: 'Aucune enquête de satisfaction close dans la période n’a de réponse avec un avis.' };
      return { value: (s.satisfied - dissatisfied) / denominator, numerator: s.satisfied - dissatisfied, sampleSize: denominator, origin: `Enquêtes de satisfaction closes ${range} (${figures.campaigns}), ${s.scope} : ${s.satisfied} satisfaites moins ${dissatisfied} insatisfaites, sur ${denominator} ${over}.` };
    }
    case IndicatorComputation.COMMITTEE_CADENCE_MET: {
      const kind = String(parameters.committeeKind);
      // The committee in office: the latest founding decision by the period's end (a CLU may be founded anew).
      const committee = figures.committees.filter((c) => c.kind === kind && c.decisionDate <= period.end).sort((a, b) => b.decisionDate.localeCompare(a.decisionDate))[0];
      if (!committee) return { value: null, reason: `Aucun comité ${kind} n’existait dans la période.` };
      const held = committee.heldOn.filter((d) => d >= period.start && d <= period.end);
      const met = cadenceMet(committee, period);
      return { value: met ? 1 : 0, numerator: held.length, sampleSize: null, origin: `${committee.name} : ${held.length} réunion(s) tenue(s) ${range} ${held.length ? `(${held.map(frenchShortDate).join(', ')})` : ''}, une au moins tous les ${committee.meetingIntervalMonths} mois ${met ? 'respectée' : 'non respectée'}.`.replace(' ,', ',') };
    }
    case IndicatorComputation.ACTION_PLAN_COMPLETION: {
      const due = figures.actions.filter((a) => a.status !== 'CANCELLED' && a.dueDate >= period.start && a.dueDate <= period.end);
      const done = due.filter((a) => a.status === 'DONE').length;
      return rate(done, due.length, `Plans d’actions : ${done} action(s) réalisée(s) sur ${due.length} arrivée(s) à échéance ${range}.`, 'Aucune action n’arrivait à échéance dans la période.');
    }
    case IndicatorComputation.FEEDBACK_ANSWERED_IN_TIME: {
      const within = Number(parameters.withinWorkingDays);
      const awaited = figures.feedbacks.filter((f) => f.status !== 'CLOSED' && f.receivedOn >= period.start && f.receivedOn <= period.end);
      const inTime = awaited.filter((f) => f.answeredOn !== null && calendar.workingDaysBetween(f.receivedOn, f.answeredOn) <= within).length;
      return rate(inTime, awaited.length, `Remarques et suggestions reçues ${range} : ${inTime} répondue(s) en ${within} jours ouvrés au plus sur ${awaited.length} attendant une réponse.`, 'Aucune remarque attendant une réponse n’a été reçue dans la période.');
    }
  }
}
