import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TENANTS } from '@qualipref/demo-fixtures';
import { daysFrom, ok, signIn, startSurveys, today, type Platform } from './helpers.js';

let platform: Platform;
const tokens: Record<string, string> = {};
const as = (who: string) => tokens[who]!;
// One clock for the file, as in api.test.ts: the campaign closed below stays closed whatever the hour.
const TODAY = today();
const NOON = new Date(`${TODAY}T12:00:00+01:00`);

/** A public document as anyone reads it, straight at the subgraph: no credential. */
const publicGet = (path: string, headers: Record<string, string> = {}) => fetch(new URL(`/public/publications/${path}`, platform.url), { headers });
/** The subgraph's path of a gateway path that `openData` or the index gives. */
const atSubgraph = (gatewayPath: string) => fetch(new URL(gatewayPath.replace(/^\/public\/surveys\//, '/public/'), platform.url));

type Rate = { satisfied: number; withOpinion: number; rate: number | null; lower: number | null; upper: number | null };
type IndexDoc = { schema: string; siteId: string; campaigns: { id: string; title: string; year: number; channel: string; publishedAt: string; respondents: number; openData: { json: string; csv: string } }[] };
type ResultsDoc = {
  schema: string;
  campaign: { id: string; title: string; year: number; opensOn: string; closesOn: string; channel: string };
  publishedAt: string;
  comparedTo: { id: string; title: string; year: number } | null;
  respondents: number;
  dimensions: { dimension: string; label: string; satisfaction: Rate | null; trend: string | null }[];
  questions: { key: string; text: string; respondents: number; satisfaction: Rate | null; trend: string | null; distribution: { option: string; count: number }[] }[];
  findings: { kind: string; dimension: string | null; text: string }[];
};
type Summary = { dimensions: { dimension: string; satisfaction: Rate; trend: string }[]; questions: { key: string; satisfaction: Rate | null }[] };
type Listed = { id: string; title: string; publishedAt: string | null; publication: { publishedAt: string; summary: Summary; openData: { json: string; csv: string } } | null };

const metz = TENANTS.metz.id;
const forbach = TENANTS.forbach.id;

async function campaignsOf(tenantId: string): Promise<Listed[]> {
  const query = 'query($t: ID!) { campaigns(first: 100, tenantId: $t) { nodes { id title publishedAt publication { publishedAt summary openData { json csv } } } } }';
  return (await ok<{ campaigns: { nodes: Listed[] } }>(platform.url, query, { t: tenantId }, as('analyst'))).campaigns.nodes;
}

const indexOf = async (tenantId: string) => (await (await publicGet(`${tenantId}/index.json`)).json()) as IndexDoc;

beforeAll(async () => {
  platform = await startSurveys(undefined, () => NOON);
  for (const [key, tenant, role] of [['manager', 'metz', 'MANAGER'], ['agent', 'metz', 'AGENT'], ['analyst', 'metz', 'ANALYST']] as const) tokens[key] = await signIn(platform.organizationUrl, tenant, role);
}, 120_000);
afterAll(async () => platform?.stop());

describe('published survey results, without sign-in (S4)', () => {
  it('lists the tenant’s published campaigns, newest publication first, with the paths GraphQL gives', async () => {
    const response = await publicGet(`${metz}/index.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const index = (await response.json()) as IndexDoc;
    expect(index).toMatchObject({ schema: 'qualipref.enquetes.index/1', siteId: metz });
    const published = (await campaignsOf(metz)).filter((c) => c.publishedAt);
    expect(index.campaigns.map((c) => c.id).sort()).toEqual(published.map((c) => c.id).sort());
    const dates = index.campaigns.map((c) => c.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const entry of index.campaigns) expect(entry.openData).toEqual(published.find((c) => c.id === entry.id)!.publication!.openData);
    expect(index.campaigns.find((c) => c.title === 'Enquête annuelle de satisfaction des usagers 2015')).toMatchObject({
      year: 2015,
      channel: 'HALL',
      respondents: 180,
      publishedAt: new Date(published.find((c) => c.title === 'Enquête annuelle de satisfaction des usagers 2015')!.publication!.publishedAt).toISOString(),
      openData: expect.objectContaining({ json: expect.stringMatching(new RegExp(`^/public/surveys/publications/${metz}/[0-9a-f-]{36}\\.json$`)) }),
    });
    // The 2014 survey was closed but never published.
    expect(index.campaigns.some((c) => c.year === 2014)).toBe(false);
  });

  it('serves a published campaign’s frozen summary as JSON, with the rates of GraphQL’s publication', async () => {
    const hall = (await campaignsOf(metz)).find((c) => c.title === 'Enquête annuelle de satisfaction des usagers 2015')!;
    const response = await atSubgraph(hall.publication!.openData.json);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toMatch(/^inline; filename="resultats-enquete-2015-[0-9a-f-]{36}\.json"$/);
    const doc = (await response.json()) as ResultsDoc;
    expect(doc).toMatchObject({
      schema: 'qualipref.enquete.resultats/1',
      campaign: { id: hall.id, title: hall.title, year: 2015, opensOn: '2015-10-12', closesOn: '2015-10-16', channel: 'HALL' },
      publishedAt: new Date(hall.publication!.publishedAt).toISOString(),
      comparedTo: { title: 'Enquête annuelle de satisfaction des usagers 2014', year: 2014 },
      respondents: 180,
    });
    const summary = hall.publication!.summary;
    expect(doc.dimensions.map((d) => [d.dimension, d.satisfaction, d.trend])).toEqual(summary.dimensions.map((d) => [d.dimension, d.satisfaction, d.trend]));
    expect(doc.questions.map((q) => [q.key, q.satisfaction])).toEqual(summary.questions.map((q) => [q.key, q.satisfaction]));
    const spaces = doc.dimensions.find((d) => d.dimension === 'RECEPTION_SPACES')!;
    expect(spaces).toMatchObject({ label: "Espaces d'accueil", satisfaction: { satisfied: 156, withOpinion: 171 }, trend: 'STABLE' });
    expect((spaces.satisfaction!.rate! * 100).toFixed(2)).toBe('91.23');
    // Only the fields of the public schema, whatever the internal summary holds.
    expect(Object.keys(doc).sort()).toEqual(['campaign', 'comparedTo', 'dimensions', 'findings', 'publishedAt', 'questions', 'respondents', 'schema']);
    expect(Object.keys(spaces.satisfaction!).sort()).toEqual(['lower', 'rate', 'satisfied', 'upper', 'withOpinion']);
    // A conditional request costs nothing more.
    expect((await publicGet(`${metz}/${hall.id}.json`, { 'if-none-match': response.headers.get('etag')! })).status).toBe(304);
  });

  it('serves the dimensions’ rates and intervals as CSV, to download', async () => {
    const hall = (await campaignsOf(metz)).find((c) => c.title === 'Enquête annuelle de satisfaction des usagers 2015')!;
    const response = await atSubgraph(hall.publication!.openData.csv);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="resultats-enquete-2015-[0-9a-f-]{36}\.csv"$/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const bytes = Buffer.from(await response.arrayBuffer());
    // UTF-8 with its byte-order mark, so that spreadsheets read the accents right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe('Enquête;Année;Dimension;Libellé;Satisfaits;Avec avis;Taux (%);Borne basse (%);Borne haute (%);Évolution');
    expect(lines.length - 1).toBe(hall.publication!.summary.dimensions.length);
    expect(lines.find((l) => l.includes(';RECEPTION_SPACES;'))).toMatch(/^Enquête annuelle de satisfaction des usagers 2015;2015;RECEPTION_SPACES;Espaces d'accueil;156;171;91,23;\d+,?\d*;\d+,?\d*;Stable$/);
    // Percentages to two decimals of the published fractions, decimal comma.
    const percent = (f: number | null) => String(Math.round(f! * 10_000) / 100).replace('.', ',');
    const telephone = hall.publication!.summary.dimensions.find((d) => d.dimension === 'TELEPHONE_RECEPTION')!.satisfaction;
    expect(lines.find((l) => l.includes(';TELEPHONE_RECEPTION;'))!.split(';').slice(4)).toEqual([String(telephone.satisfied), String(telephone.withOpinion), percent(telephone.rate), percent(telephone.lower), percent(telephone.upper), 'En recul']);
  });

  it('answers 404 for anything not published by that tenant: unpublished, unknown, another tenant’s, malformed, extra segments', async () => {
    const metzCampaigns = await campaignsOf(metz);
    const unpublished = metzCampaigns.find((c) => c.title === 'Enquête annuelle de satisfaction des usagers 2014')!;
    expect(unpublished.publishedAt).toBeNull();
    const published = metzCampaigns.find((c) => c.publishedAt)!;
    const forbachIndex = await indexOf(forbach);
    expect(forbachIndex.campaigns.length).toBeGreaterThan(0);
    const forbachCampaign = forbachIndex.campaigns[0]!.id;
    expect((await publicGet(`${forbach}/${forbachCampaign}.json`)).status).toBe(200);
    expect((await indexOf(metz)).campaigns.some((c) => c.id === forbachCampaign)).toBe(false);
    for (const path of [
      `${metz}/${unpublished.id}.json`,
      `${metz}/${unpublished.id}.csv`,
      `${metz}/0195a000-0000-7000-8000-000000000999.json`,
      `${metz}/${forbachCampaign}.json`,
      `${metz}/${forbachCampaign}.csv`,
      `${forbach}/${published.id}.json`,
      `${metz}/not-an-id.json`,
      `${metz}/${published.id}.xml`,
      `${metz}/${published.id}`,
      `${metz}/${published.id}.json.json`,
      `${metz}/${published.id}.json/extra`,
      `${metz}/index.json/extra`,
      `${metz}/index.csv`,
      `nope/index.json`,
      `nope/${published.id}.json`,
      metz,
      '',
    ]) {
      const response = await publicGet(path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    }
  });
});

describe('what a published document never holds', () => {
  it('leaves out every free-text answer: a sentence written in a comment is nowhere in the JSON or the CSV', async () => {
    const SENTENCE = 'Madame Lefèvre au guichet 4 m’a reçu avec une patience remarquable mardi matin.';
    const questions = [
      { key: 'accueil', text: "Qualité de l'accueil", kind: 'SATISFACTION', dimension: 'PHYSICAL_RECEPTION', required: true },
      { key: 'remarque', text: 'Une remarque ?', kind: 'FREE_TEXT', dimension: 'OTHER' },
    ];
    const questionnaire = await ok<{ createQuestionnaire: { id: string } }>(
      platform.url,
      'mutation($i: CreateQuestionnaireInput!) { createQuestionnaire(input: $i) { id } }',
      { i: { key: 'borne-publication', title: 'Questionnaire publié', sections: [{ title: 'Accueil', questions }] } },
      as('manager'),
    );
    const panel = await ok<{ createPanel: { id: string } }>(platform.url, 'mutation { createPanel(input: { name: "Hall (publication)", kind: HALL_USERS }) { id } }', {}, as('manager'));
    const opensOn = daysFrom(TODAY, -10);
    const input = { year: Number(opensOn.slice(0, 4)), title: 'Borne (publication)', questionnaireId: questionnaire.createQuestionnaire.id, panelId: panel.createPanel.id, channel: 'HALL', opensOn, closesOn: daysFrom(TODAY, -3) };
    const campaign = (await ok<{ createCampaign: { id: string; state: string } }>(platform.url, 'mutation($i: CampaignInput!) { createCampaign(input: $i) { id state } }', { i: input }, as('manager'))).createCampaign;
    expect(campaign.state).toBe('CLOSED');
    const answers = [{ questionKey: 'accueil', option: 'VERY_SATISFIED' }, { questionKey: 'remarque', text: SENTENCE }];
    await ok(platform.url, 'mutation($c: ID!, $d: String!, $a: [AnswerInput!]!) { enterPaperResponse(campaignId: $c, filledOn: $d, answers: $a) { responseId } }', { c: campaign.id, d: daysFrom(TODAY, -5), a: answers }, as('agent'));
    // Stored and read by the staff, as a comment.
    const comments = await ok<{ campaign: { comments: { nodes: { text: string }[] } } }>(platform.url, 'query($id: ID!) { campaign(id: $id) { comments(first: 10) { nodes { text } } } }', { id: campaign.id }, as('analyst'));
    expect(comments.campaign.comments.nodes.map((c) => c.text)).toEqual([SENTENCE]);
    // Closed, not yet published: not public.
    expect((await publicGet(`${metz}/${campaign.id}.json`)).status).toBe(404);

    const published = await ok<{ publishResults: { publication: { openData: { json: string; csv: string } } } }>(platform.url, 'mutation($c: ID!) { publishResults(campaignId: $c) { publication { openData { json csv } } } }', { c: campaign.id }, as('manager'));
    const { openData } = published.publishResults.publication;
    expect(openData).toEqual({ json: `/public/surveys/publications/${metz}/${campaign.id}.json`, csv: `/public/surveys/publications/${metz}/${campaign.id}.csv` });
    const json = await (await atSubgraph(openData.json)).text();
    const csv = await (await atSubgraph(openData.csv)).text();
    const index = await (await publicGet(`${metz}/index.json`)).text();
    const doc = JSON.parse(json) as ResultsDoc;
    expect(doc.respondents).toBe(1);
    expect(doc.questions.find((q) => q.key === 'remarque')).toEqual({ key: 'remarque', text: 'Une remarque ?', respondents: 1, satisfaction: null, trend: null, distribution: [] });
    expect((JSON.parse(index) as IndexDoc).campaigns.find((c) => c.id === campaign.id)).toMatchObject({ channel: 'HALL', respondents: 1, openData });
    for (const text of [json, csv, index]) {
      expect(text).not.toContain(SENTENCE);
      expect(text).not.toContain('Lefèvre');
      expect(text).not.toContain('patience remarquable');
    }
  });
});
