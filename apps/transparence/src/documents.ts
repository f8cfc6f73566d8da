// The open data these pages are drawn from, as the gateway serves it under /public/ (its schemas
// are @qualipref/public-results'): the page shows what the JSON and the CSV say, and nothing else.

export type { IndexDocument, PublishedIndicator, QuarterDocument, SurveyResultsDocument, SurveysIndexDocument } from '@qualipref/public-results';

/** Where a site's public documents are, at the gateway's origin. */
export class PublicDocuments {
  private readonly origin: string;

  constructor(gatewayUrl: string) {
    this.origin = new URL(gatewayUrl).origin;
  }

  url(path: string): string {
    return new URL(path, this.origin).toString();
  }

  results(siteId: string, file: string): string {
    return this.url(`/public/quality/transparence/${encodeURIComponent(siteId)}/${file}`);
  }

  surveys(siteId: string, file: string): string {
    return this.url(`/public/surveys/publications/${encodeURIComponent(siteId)}/${file}`);
  }

  /** A document, or null when the site published none (404). */
  async read<T>(url: string): Promise<T | null> {
    const response = await fetch(url);
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return (await response.json()) as T;
  }
}
