import type { CalendarDate, TenantClock } from '@qualipref/calendar';

/** What the platform's other domains say about a tenant over a period: what the computed indicators read. */
export interface Figures {
  /** Tableau de suivi (correspondence): per channel, items answered under a delay target and those on time. */
  channels: { channel: string; answeredWithDelayTarget: number; answeredOnTime: number }[];
  /** Telephony statistics of the months of the period. */
  telephony: { offered: number; answered: number; answeredWithinTarget: number };
  /** Monthly processing times of the procedures, against their targets. */
  procedures: { procedure: string; month: string; value: number; target: number | null }[];
  /** Satisfaction per question of the campaigns closed in the period. */
  campaigns: number;
  questions: { dimension: string; satisfied: number; withOpinion: number; noOpinion: number }[];
  /** The committees, with the days their meetings were held. */
  committees: { kind: string; name: string; decisionDate: CalendarDate; meetingIntervalMonths: number; heldOn: CalendarDate[] }[];
  /** Actions of every plan due in the period. */
  actions: { status: string; dueDate: CalendarDate }[];
  /** Feedback received in the period, with the day it was answered (on the tenant's calendar). */
  feedbacks: { receivedOn: CalendarDate; status: string; answeredOn: CalendarDate | null }[];
}

/** Where the figures are asked: the supergraph, with a service identity of the tenant. */
export interface FigureSource {
  figures(tenantId: string, directorateId: string, period: FigurePeriod): Promise<Figures>;
}

/** The first and last days of a period, its year, and the tenant's clock to date instants. */
export interface FigurePeriod {
  start: CalendarDate;
  end: CalendarDate;
  year: number;
  clock: TenantClock;
}

/** The figures could not be read: another part of the platform did not answer. */
export class FiguresUnavailable extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FiguresUnavailable';
  }
}
