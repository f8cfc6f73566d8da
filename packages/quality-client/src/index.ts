import { subgraph } from '@qualipref/platform-registry';
import { assertOutsideTransaction, isUuid, platformCallerHeaders, serviceUnavailable } from '@qualipref/server-kit';

/** A national engagement as the quality subgraph describes it. */
export interface EngagementInfo {
  id: string;
  number: string | null;
  text: string;
  referential: { code: string; name: string; version: string };
}

/** The quality subgraph's endpoint when SUBGRAPH_QUALITY_URL is not set: the registry's port on this machine. */
export const defaultQualityUrl = (): string => `http://127.0.0.1:${subgraph('quality').port}/graphql`;

/**
 * Asks the quality subgraph (over HTTP, with the caller's own token) about the label's national
 * engagements: services talk through the API, never through another's tables. Never inside a
 * database transaction: a use case asks first, then opens its transaction with the answer.
 */
export class QualityClient {
  /** `callerSecret`: the platform callers' secret (PLATFORM_CALLER_SECRET), each request signed with it. */
  constructor(
    private readonly url: string = defaultQualityUrl(),
    private readonly callerSecret?: string,
  ) {}

  /** The engagement, or null when there is none of that id (an id that is not a UUID is none). */
  async engagement(id: string, authorization: string): Promise<EngagementInfo | null> {
    assertOutsideTransaction('the quality subgraph (engagement)');
    if (!isUuid(id)) return null;
    // The caller is told to retry, not that the server failed: the logs keep what did not answer.
    const unavailable = (cause: unknown) => Object.assign(serviceUnavailable('Le référentiel national du label n’a pas pu être consulté : réessayez dans quelques minutes.'), { cause });
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization, ...platformCallerHeaders(this.callerSecret, 'POST', this.url) },
        body: JSON.stringify({ query: 'query($id: ID!) { engagement(id: $id) { id number text referential { code name version } } }', variables: { id } }),
        signal: AbortSignal.timeout(5000),
      });
    } catch (error) {
      throw unavailable(error);
    }
    if (!response.ok) throw unavailable(new Error(`quality subgraph answered HTTP ${response.status}`));
    const body = (await response.json()) as { data?: { engagement: EngagementInfo | null }; errors?: { message: string }[] };
    if (body.errors?.length) throw unavailable(new Error(`quality subgraph: ${body.errors[0]!.message}`));
    return body.data?.engagement ?? null;
  }
}

export { EngagementRef } from './references.js';
