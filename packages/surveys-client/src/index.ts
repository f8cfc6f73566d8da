import { subgraph } from '@qualipref/platform-registry';
import { assertOutsideTransaction, isUuid, platformCallerHeaders, serviceUnavailable } from '@qualipref/server-kit';

/** A survey finding as the surveys subgraph describes it: enough to check that a reference to one is of the right tenant. */
export interface FindingInfo {
  id: string;
  tenantId: string;
}

/** The surveys subgraph's endpoint when SUBGRAPH_SURVEYS_URL is not set: the registry's port on this machine. */
export const defaultSurveysUrl = (): string => `http://127.0.0.1:${subgraph('surveys').port}/graphql`;

/** Findings asked in one HTTP request. */
const IDS_PER_REQUEST = 100;

/**
 * Asks the surveys subgraph (over HTTP, with the caller's own token, so that its row-level
 * security answers for the caller's tenants) about survey findings: services talk through the
 * API, never through another's tables. Never inside a database transaction: a use case asks
 * first, then opens its transaction with the answers.
 */
export class SurveysClient {
  /** `callerSecret`: the platform callers' secret (PLATFORM_CALLER_SECRET), each request signed with it. */
  constructor(
    private readonly url: string = defaultSurveysUrl(),
    private readonly callerSecret?: string,
  ) {}

  /**
   * The findings of the given ids, through the federation's entity entry point (one request for
   * up to 100 ids, deduplicated); an id that is not a UUID, or not readable by the caller, is null.
   */
  async findings(ids: Iterable<string>, authorization: string): Promise<Map<string, FindingInfo | null>> {
    assertOutsideTransaction('the surveys subgraph (findings)');
    const found = new Map<string, FindingInfo | null>();
    const valid = [...new Set(ids)].filter((id) => {
      if (!isUuid(id)) found.set(id, null);
      return isUuid(id);
    });
    // The caller is told to retry, not that the server failed: the logs keep what did not answer.
    const unavailable = (cause: unknown) => Object.assign(serviceUnavailable('Le service des enquêtes n’a pas pu être consulté : réessayez dans quelques minutes.'), { cause });
    for (let start = 0; start < valid.length; start += IDS_PER_REQUEST) {
      const chunk = valid.slice(start, start + IDS_PER_REQUEST);
      let response: Response;
      try {
        response = await fetch(this.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization, ...platformCallerHeaders(this.callerSecret, 'POST', this.url) },
          body: JSON.stringify({
            query: 'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on SurveyFinding { id tenantId } } }',
            variables: { representations: chunk.map((id) => ({ __typename: 'SurveyFinding', id })) },
          }),
          signal: AbortSignal.timeout(5000),
        });
      } catch (error) {
        throw unavailable(error);
      }
      if (!response.ok) throw unavailable(new Error(`surveys subgraph answered HTTP ${response.status}`));
      const body = (await response.json()) as { data?: { _entities: (FindingInfo | null)[] }; errors?: { message: string }[] };
      if (body.errors?.length) throw unavailable(new Error(`surveys subgraph: ${body.errors[0]!.message}`));
      chunk.forEach((id, i) => found.set(id, body.data?._entities[i] ?? null));
    }
    return found;
  }
}
