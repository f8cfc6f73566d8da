import { assertOutsideTransaction } from '@qualipref/server-kit';
import { FiguresUnavailable, type FigurePeriod, type FigureSource, type Figures } from '../domain/figures.js';

type Page<T> = { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };

const DELAYS = `query QualityDelays($tenantId: ID!, $from: String!, $to: String!) {
  tableauDeSuivi(tenantId: $tenantId, from: $from, to: $to) { byChannel { channel answeredWithDelayTarget answeredOnTime } telephony { offered answered answeredWithinTarget } }
}`;
const PROCEDURES = `query QualityProcedures($tenantId: ID!, $fromMonth: Month!, $toMonth: Month!, $after: String) {
  procedureIndicators(tenantId: $tenantId, from: $fromMonth, to: $toMonth, first: 100, after: $after) { nodes { procedure month value target } pageInfo { hasNextPage endCursor } }
}`;
const SURVEYS = `query QualitySurveys($tenantId: ID!, $year: Int!) {
  campaigns(tenantId: $tenantId, year: $year, first: 20) { nodes { closesOn results { questions { question { dimension } satisfaction { satisfied withOpinion noOpinion } } } } pageInfo { hasNextPage endCursor } }
}`;
const COMMITTEES = `query QualityCommittees($tenantId: ID!) {
  committees(tenantId: $tenantId, first: 20) { nodes { id kind name decisionDate meetingIntervalMonths } pageInfo { hasNextPage endCursor } }
}`;
// A committee's meetings are asked on their own: nested under the list of committees, the gateway's cost limit counts every page of both.
const MEETINGS = `query QualityMeetings($id: ID!, $after: String) { committee(id: $id) { meetings(first: 100, after: $after) { nodes { scheduledAt status } pageInfo { hasNextPage endCursor } } } }`;
const ACTIONS = `query QualityActions($after: String) { actions(first: 100, after: $after) { nodes { status dueDate } pageInfo { hasNextPage endCursor } } }`;
const FEEDBACKS = `query QualityFeedbacks($tenantId: ID!, $after: String) { feedbacks(filter: { tenantId: $tenantId }, first: 100, after: $after) { nodes { receivedOn status answeredAt } pageInfo { hasNextPage endCursor } } }`;

/** Lists are read by pages up to this many: past it the figures would be partial, and none are given. */
const MAX_PAGES = 100;

/**
 * The figures of the committees, surveys and correspondence domains, read through the supergraph
 * with a service identity of the tenant (read-only, that tenant only): never another service's
 * tables. Asked before any transaction opens.
 */
export class SupergraphFigureSource implements FigureSource {
  constructor(
    private readonly url: string,
    /** The `Authorization` header of a service identity for the tenant and one of its directorates. */
    private readonly authorization: (tenantId: string, directorateId: string) => Promise<string>,
  ) {}

  async figures(tenantId: string, directorateId: string, period: FigurePeriod): Promise<Figures> {
    assertOutsideTransaction('the supergraph (indicator figures)');
    let authorization: string;
    try {
      authorization = await this.authorization(tenantId, directorateId);
    } catch (error) {
      throw new FiguresUnavailable('L’identité de service de la plateforme n’a pas pu être obtenue.', { cause: error });
    }
    const ask = <T>(query: string, variables: Record<string, unknown>) => this.request<T>(query, variables, authorization);
    const all = async <T>(query: string, variables: Record<string, unknown>, pick: (data: never) => Page<T>, stop?: (item: T) => boolean): Promise<T[]> => {
      const items: T[] = [];
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page++) {
        const found: Page<T> = pick((await ask(query, { ...variables, after })) as never);
        items.push(...found.nodes);
        if (!found.pageInfo.hasNextPage || (stop && found.nodes.some(stop))) return items;
        after = found.pageInfo.endCursor;
      }
      throw new FiguresUnavailable(`Liste trop longue pour être lue en entier (plus de ${MAX_PAGES * 100} lignes).`);
    };
    type Delays = { tableauDeSuivi: { byChannel: Figures['channels']; telephony: Figures['telephony'] } };
    type Procedure = Figures['procedures'][number];
    type Campaign = { closesOn: string; results: { questions: { question: { dimension: string }; satisfaction: { satisfied: number; withOpinion: number; noOpinion: number } | null }[] } };
    type Committee = { id: string; kind: string; name: string; decisionDate: string; meetingIntervalMonths: number };
    type Meeting = { scheduledAt: string; status: string };
    type Feedback = { receivedOn: string; status: string; answeredAt: string | null };
    const [delays, procedures, campaignsOfYear, campaignsOfYearBefore, committees, actions, feedbacks] = await Promise.all([
      ask<Delays>(DELAYS, { tenantId, from: period.start, to: period.end }),
      all<Procedure>(PROCEDURES, { tenantId, fromMonth: period.start.slice(0, 7), toMonth: period.end.slice(0, 7) }, (d: { procedureIndicators: Page<Procedure> }) => d.procedureIndicators),
      // A campaign's year is the one it opens in: one opened in December closes in the period too.
      ask<{ campaigns: Page<Campaign> }>(SURVEYS, { tenantId, year: period.year }),
      ask<{ campaigns: Page<Campaign> }>(SURVEYS, { tenantId, year: period.year - 1 }),
      ask<{ committees: Page<Committee> }>(COMMITTEES, { tenantId }),
      all<{ status: string; dueDate: string | null }>(ACTIONS, {}, (d: { actions: Page<{ status: string; dueDate: string | null }> }) => d.actions),
      // Newest first: past the period's first day, the rest is older.
      all<Feedback>(FEEDBACKS, { tenantId }, (d: { feedbacks: Page<Feedback> }) => d.feedbacks, (f) => f.receivedOn < period.start),
    ]);
    if (campaignsOfYear.campaigns.pageInfo.hasNextPage || campaignsOfYearBefore.campaigns.pageInfo.hasNextPage || committees.committees.pageInfo.hasNextPage) {
      throw new FiguresUnavailable('Trop de données pour une seule lecture (plus de 20 campagnes d’une année ou de 20 comités).');
    }
    const meetings = await Promise.all(committees.committees.nodes.map((c) => all<Meeting>(MEETINGS, { id: c.id }, (d: { committee: { meetings: Page<Meeting> } }) => d.committee.meetings)));
    const closed = [...campaignsOfYearBefore.campaigns.nodes, ...campaignsOfYear.campaigns.nodes].filter((c) => c.closesOn >= period.start && c.closesOn <= period.end);
    const dateOf = (instant: string) => period.clock.toCalendarDate(new Date(instant));
    return {
      channels: delays.tableauDeSuivi.byChannel,
      telephony: delays.tableauDeSuivi.telephony,
      procedures,
      campaigns: closed.length,
      questions: closed.flatMap((c) => c.results.questions.flatMap((q) => (q.satisfaction ? [{ dimension: q.question.dimension, ...q.satisfaction }] : []))),
      committees: committees.committees.nodes.map((c, i) => ({
        kind: c.kind,
        name: c.name,
        decisionDate: c.decisionDate,
        meetingIntervalMonths: c.meetingIntervalMonths,
        heldOn: meetings[i]!.filter((m) => m.status === 'HELD' || m.status === 'MINUTES_PUBLISHED').map((m) => dateOf(m.scheduledAt)),
      })),
      actions: actions.flatMap((a) => (a.dueDate ? [{ status: a.status, dueDate: a.dueDate }] : [])),
      feedbacks: feedbacks.map((f) => ({ receivedOn: f.receivedOn, status: f.status, answeredOn: f.answeredAt ? dateOf(f.answeredAt) : null })),
    };
  }

  /**
   * One read through the gateway. Asked again once when the gateway or a subgraph dropped the
   * connection (a keep-alive socket closed as it was reused): a read of a service identity changes
   * nothing, so asking twice is safe; a refusal (limits, rights) is not asked again.
   */
  private async request<T>(query: string, variables: Record<string, unknown>, authorization: string, attempt = 1): Promise<T> {
    let response: Response;
    try {
      response = await fetch(this.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(30_000) });
    } catch (error) {
      if (attempt === 1) return this.request(query, variables, authorization, 2);
      throw new FiguresUnavailable('La passerelle GraphQL n’a pas répondu.', { cause: error });
    }
    const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    if (!response.ok || body.errors?.length || !body.data) {
      const fault = response.status >= 500 || (body.errors ?? []).some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
      if (fault && attempt === 1) return this.request(query, variables, authorization, 2);
      throw new FiguresUnavailable('La passerelle GraphQL a refusé la lecture des chiffres.', { cause: new Error(`HTTP ${response.status}: ${body.errors?.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; ') ?? 'no data'}`) });
    }
    return body.data;
  }
}
