import { PARIS_TIME_ZONE } from '@qualipref/calendar';
import { schemaDigest } from '@qualipref/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TENANTS, type TenantKey } from '@qualipref/demo-fixtures';
import { createScratchDatabase, startSubgraph, withClient } from '@qualipref/server-kit';
import { surveys } from '../src/subgraph.js';
import { AS_OF, ok, signIn, startSurveys, type Platform } from './helpers.js';

let platform: Platform;
const tokens = {} as Record<TenantKey, string>;
const tenants = Object.keys(TENANTS) as TenantKey[];
const years = Array.from({ length: Number(AS_OF.slice(0, 4)) - 2016 + 1 }, (_, i) => 2016 + i);

beforeAll(async () => {
  platform = await startSurveys(AS_OF);
  for (const tenant of tenants) tokens[tenant] = await signIn(platform.organizationUrl, tenant, 'ANALYST');
}, 180_000);
afterAll(async () => platform?.stop());

interface HallCampaign {
  year: number;
  channel: string;
  opensOn: string;
  closesOn: string;
  state: string;
  responseCount: number;
  publishedAt: string | null;
  questionnaire: { key: string };
  panel: { kind: string };
  publication: { summary: { respondents: number; dimensions: unknown[]; findings: { text: string }[] } } | null;
  findings: { nodes: { text: string; createdAt: string }[] };
  results: { comparedTo: { year: number } | null; dimensions: { dimension: string; satisfaction: { rate: number | null } }[] };
}

const CAMPAIGNS = `query($t: ID!) { campaigns(tenantId: $t, first: 50) { nodes { year channel opensOn closesOn state responseCount publishedAt
  questionnaire { key } panel { kind } publication { summary } findings(first: 10) { nodes { text createdAt } }
  results { comparedTo { year } dimensions { dimension satisfaction { rate } } } } } }`;

async function hallCampaigns(tenant: TenantKey): Promise<HallCampaign[]> {
  const data = await ok<{ campaigns: { nodes: HallCampaign[] } }>(platform.url, CAMPAIGNS, { t: TENANTS[tenant].id }, tokens[tenant]);
  return data.campaigns.nodes.filter((c) => c.channel === 'HALL').sort((a, b) => a.year - b.year);
}

const endOfAsOf = new Date(`${AS_OF}T23:59:59+01:00`);

describe(`the demo's hall surveys up to ${AS_OF}`, () => {
  it('give each site one hall campaign a year from 2016, with at least 150 responses once closed, on the questionnaire of 2015', async () => {
    for (const tenant of tenants) {
      const campaigns = (await hallCampaigns(tenant)).filter((c) => c.year >= 2016);
      expect(campaigns.map((c) => c.year), tenant).toEqual(years);
      for (const c of campaigns) {
        expect(c.questionnaire.key).toBe('usagers-hall');
        expect(c.panel.kind).toBe('HALL_USERS');
        // The second full week of October, Monday to Friday, as in 2015.
        expect(new Date(`${c.opensOn}T12:00:00Z`).getUTCDay(), `${tenant} ${c.year}`).toBe(1);
        expect(Number(c.opensOn.slice(8)), `${tenant} ${c.year}`).toBeGreaterThanOrEqual(8);
        expect(Number(c.opensOn.slice(8)), `${tenant} ${c.year}`).toBeLessThanOrEqual(14);
        expect(c.opensOn.slice(0, 7)).toBe(`${c.year}-10`);
        expect(c.opensOn <= AS_OF).toBe(true);
        if (c.closesOn < AS_OF) {
          expect(['CLOSED', 'PUBLISHED']).toContain(c.state);
          expect(c.responseCount, `${tenant} ${c.year}`).toBeGreaterThanOrEqual(150);
        }
      }
    }
  });

  it('move each dimension by at most 5 points from one year to the next, compared with the year before', async () => {
    for (const tenant of tenants) {
      const campaigns = (await hallCampaigns(tenant)).filter((c) => c.year >= 2015);
      // Thionville's first hall survey is 2016, its own baseline.
      expect(campaigns[0]!.year).toBe(tenant === 'thionville' ? 2016 : 2015);
      for (const [previous, current] of campaigns.slice(1).map((c, i) => [campaigns[i]!, c] as const)) {
        expect(current.results.comparedTo?.year, `${tenant} ${current.year}`).toBe(previous.year);
        expect(current.results.dimensions.map((d) => d.dimension).sort()).toEqual(previous.results.dimensions.map((d) => d.dimension).sort());
        for (const d of current.results.dimensions) {
          const before = previous.results.dimensions.find((x) => x.dimension === d.dimension)!.satisfaction.rate!;
          expect(Math.abs(d.satisfaction.rate! - before) * 100, `${tenant} ${d.dimension} ${previous.year} → ${current.year}`).toBeLessThanOrEqual(5);
        }
      }
    }
  });

  it('publish each closed campaign some days after it closes, with its findings, the current year too', async () => {
    for (const tenant of tenants) {
      const campaigns = (await hallCampaigns(tenant)).filter((c) => c.year >= 2016);
      for (const c of campaigns.filter((x) => x.state === 'PUBLISHED')) {
        const days = (Date.parse(c.publishedAt!) - Date.parse(`${c.closesOn}T00:00:00Z`)) / 86_400_000;
        expect(days, `${tenant} ${c.year}`).toBeGreaterThan(3);
        expect(days, `${tenant} ${c.year}`).toBeLessThan(30);
        expect(c.publication!.summary.respondents).toBe(c.responseCount);
        expect(c.findings.nodes.length).toBeGreaterThanOrEqual(1);
        expect(c.findings.nodes.length).toBeLessThanOrEqual(2);
        expect(c.publication!.summary.findings.map((f) => f.text)).toEqual(c.findings.nodes.map((f) => f.text));
        for (const f of c.findings.nodes) expect(Date.parse(f.createdAt)).toBeLessThan(Date.parse(c.publishedAt!));
      }
      const current = campaigns.find((c) => c.year === years.at(-1))!;
      expect(current.state, tenant).toBe('PUBLISHED');
      expect(current.publication!.summary.dimensions.length).toBeGreaterThan(0);
    }
  });
});

describe(`the demo's feedback up to ${AS_OF}`, () => {
  it('comes every month within ±30 % of the site’s 2015 monthly mean (the nearest whole number when none lies within)', async () => {
    for (const tenant of tenants) {
      const perMonth = new Map<string, number>();
      let after: string | null = null;
      do {
        const data: { feedbackCounts: { nodes: { month: string; received: number }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } } = await ok(
          platform.url,
          'query($t: ID!, $f: String!, $to: String!, $after: String) { feedbackCounts(tenantId: $t, from: $f, to: $to, first: 100, after: $after) { nodes { month received } pageInfo { endCursor hasNextPage } } }',
          { t: TENANTS[tenant].id, f: '2015-01-01', to: '2099-12-31', after },
          tokens[tenant],
        );
        for (const row of data.feedbackCounts.nodes) perMonth.set(row.month, (perMonth.get(row.month) ?? 0) + row.received);
        after = data.feedbackCounts.pageInfo.hasNextPage ? data.feedbackCounts.pageInfo.endCursor : null;
      } while (after);
      const mean = [...perMonth].filter(([m]) => m.startsWith('2015-')).reduce((sum, [, n]) => sum + n, 0) / 12;
      expect(mean, tenant).toBeGreaterThan(0);
      const whole = Array.from({ length: Math.ceil(mean * 1.3) + 2 }, (_, n) => n);
      const inBand = whole.filter((n) => Math.abs(n - mean) <= 0.3 * mean);
      const allowed = inBand.length ? inBand : [whole.reduce((a, b) => (Math.abs(b - mean) < Math.abs(a - mean) ? b : a))];
      const full = years.flatMap((y) => Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`)).filter((m) => m < AS_OF.slice(0, 7));
      for (const month of full) expect(allowed, `${tenant} ${month}: ${perMonth.get(month) ?? 0}`).toContain(perMonth.get(month) ?? 0);
      // The as-of month is cut at the as-of date; nothing comes after it.
      expect(perMonth.get(AS_OF.slice(0, 7)) ?? 0).toBeLessThanOrEqual(Math.max(...allowed));
      expect([...perMonth.keys()].every((m) => m <= AS_OF.slice(0, 7))).toBe(true);
    }
  });

  it('is answered after it came in, or closed; contact-form messages only are answered', async () => {
    const rows = await withClient(platform.database.url, (client) =>
      client.query<{ received_on: string; channel: string; status: string; contact: string | null; answer: string | null; answered_at: Date | null }>("select to_char(received_on, 'YYYY-MM-DD') as received_on, channel, status, contact, answer, answered_at from surveys.feedback where received_on >= '2016-01-01'"),
    );
    expect(rows.rows.length).toBeGreaterThan(500);
    for (const f of rows.rows) {
      if (f.status === 'ANSWERED') {
        expect(f.channel).toBe('CONTACT_FORM');
        expect(f.answer).toBeTruthy();
        expect(f.answered_at!.getTime()).toBeGreaterThan(new Date(`${f.received_on}T23:59:59+02:00`).getTime());
      } else {
        expect(f.answer).toBeNull();
        expect(f.answered_at).toBeNull();
      }
      if (f.channel === 'SUGGESTION_BOX') expect(f.contact).toBeNull();
    }
    const byStatus = (status: string) => rows.rows.filter((f) => f.status === status).length;
    expect(byStatus('ANSWERED') / rows.rows.length).toBeGreaterThan(0.3);
    expect(byStatus('CLOSED') / rows.rows.length).toBeGreaterThan(0.3);
  });
});

/** The latest day of each date column of the demo's rows, but the clock's technical timestamps (created_at, updated_at, migrations). */
async function latestDates(url: string): Promise<{ column: string; latest: string }[]> {
  return withClient(url, async (client) => {
    const columns = await client.query<{ table_name: string; column_name: string; data_type: string }>(
      "select table_name, column_name, data_type from information_schema.columns where table_schema = 'surveys' and table_name not in ('schema_migrations', 'audit_entry') and data_type in ('date', 'timestamp with time zone', 'timestamp without time zone') and column_name not in ('created_at', 'updated_at') order by 1, 2",
    );
    const found: { column: string; latest: string }[] = [];
    for (const { table_name, column_name, data_type } of columns.rows) {
      const day = data_type === 'date' ? `max("${column_name}")` : `max("${column_name}") at time zone '${PARIS_TIME_ZONE}'`;
      const { rows } = await client.query<{ latest: string | null }>(`select to_char(${day}, 'YYYY-MM-DD') as latest from surveys."${table_name}"`);
      if (rows[0]!.latest) found.push({ column: `${table_name}.${column_name}`, latest: rows[0]!.latest });
    }
    return found;
  });
}

/** Seeds a scratch database as `npm start` does, at the given as-of date; returns its digest and dates. */
async function seeded(asOf: string) {
  const database = await createScratchDatabase();
  try {
    const subgraph = await startSubgraph(surveys, { ...process.env, DATABASE_URL: database.url, PORT: '0', SEED_DEMO: 'true', DEMO_AS_OF: asOf, LOG_LEVEL: 'silent', NODE_ENV: 'test' });
    await subgraph.stop();
    const joined = {
      answersOfCampaigns: `select c.tenant_id, c.year, q.key, r.channel, r.submitted_at, r.client_id, a.option, a.number_value, a.text_value
        from surveys.answer a join surveys.response r on r.id = a.response_id join surveys.campaign c on c.id = r.campaign_id join surveys.question q on q.id = a.question_id`,
      // Every finding is dated by the seed's data, never by the day it ran.
      findingsOfCampaigns: 'select c.tenant_id, c.year, f.kind, f.text, f.created_at as recorded from surveys.finding f join surveys.campaign c on c.id = f.campaign_id',
    };
    return { digest: await schemaDigest(database.url, 'surveys', { joined, skipped: ['token_hash'] }), dates: await latestDates(database.url) };
  } finally {
    await database.drop();
  }
}

describe('the as-of date', () => {
  // Inside the 2021 hall week (11–15 October): that campaign is open, with its answers so far.
  const midWeek = '2021-10-13';

  it('dates nothing after it: answers, publications, feedback and their answers', async () => {
    const dates = await latestDates(platform.database.url);
    expect(dates.map((d) => d.column)).toEqual(expect.arrayContaining(['campaign.closes_on', 'campaign.published_at', 'response.submitted_at', 'feedback.received_on', 'feedback.answered_at']));
    for (const d of dates) expect(d.latest <= AS_OF, `${d.column}: ${d.latest}`).toBe(true);
    const findings = await withClient(platform.database.url, (client) => client.query<{ latest: Date }>("select max(f.created_at) as latest from surveys.finding f join surveys.campaign c on c.id = f.campaign_id where c.year >= 2016"));
    expect(findings.rows[0]!.latest.getTime()).toBeLessThanOrEqual(endOfAsOf.getTime());
  });

  it('gives the same rows when seeded twice, other rows at another date, and cuts an open campaign at it', async () => {
    const [first, second, dayAfter] = [await seeded(midWeek), await seeded(midWeek), await seeded('2021-10-14')];
    expect(second.digest).toEqual(first.digest);
    expect(dayAfter.digest.answersOfCampaigns).not.toBe(first.digest.answersOfCampaigns);
    // The campaign of that week closes after the as-of date: it is open, nothing else is.
    for (const d of first.dates) expect(d.column === 'campaign.closes_on' || d.latest <= midWeek, `${d.column}: ${d.latest}`).toBe(true);
    expect(first.dates.find((d) => d.column === 'response.submitted_at')!.latest).toBe(midWeek);
  }, 180_000);
});
