import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TENANTS, demoMonths } from '@qualipref/demo-fixtures';
import { latestDates, monthlyVolumes, rowDigests, type MonthVolume } from './demo-rows.js';
import { ok, signIn, startCorrespondence, type Platform } from './helpers.js';

const AS_OF = '2026-11-20';
const CHANNELS = ['CONTACT_FORM', 'COUNTER', 'EMAIL', 'LETTER', 'TELEPHONE'];
/** The channels the demo's 2015 had: the generated months' letters, e-mails and forms keep to its volume. */
const WRITTEN = ['LETTER', 'EMAIL', 'CONTACT_FORM'];
const TENANT_KEYS = ['metz', 'forbach', 'thionville'] as const;

// Two services seeded with the same as-of date, each on its own scratch database.
let first: Platform;
let second: Platform;

beforeAll(async () => {
  [first, second] = await Promise.all([startCorrespondence({ DEMO_AS_OF: AS_OF }), startCorrespondence({ DEMO_AS_OF: AS_OF })]);
});
afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
});

describe('demo data up to the as-of date', () => {
  it('keeps every row of 2014 and 2015 exactly as the demo always had them', async () => {
    // Digests of the rows the demo wrote before it reached the as-of date (the 2014–2016 seed), cut at the end of 2015.
    // Changed on purpose: the settings gained the legality control's arrondissements, and the 2015 acts with a recours
    // gracieux their interrupted referral deadline (the acts' dates are those of the seed); then the engagements became
    // delay targets naming a national engagement, which the items' rows name instead of a referential code (their
    // dates, delays and statuses, and every other table, unchanged).
    expect(await rowDigests(first.database.url, '2014-01-01', '2015-12-31')).toEqual({
      tenant_settings: { rows: 3, md5: 'a1866878f3439e1ffe1cdf50ed921d41' },
      delay_target: { rows: 24, md5: '9e183b7829f7d3a78c3070887cf55ce8' },
      correspondence_item: { rows: 408, md5: 'de625fcdb6c7b64b0e488c34c4332912' },
      telephony_month: { rows: 240, md5: '774a30c934febd90ed723d26f4e363b9' },
      procedure_indicator: { rows: 216, md5: '94fac159565f5c840a27877f76644732' },
      counter_visit: { rows: 450, md5: 'f7def02316d728226a66a2c86c8de1ce' },
      legality_control: { rows: 6, md5: 'f9f7ecedb33abaee160ded0a9fcc56a4' },
      litigation_case: { rows: 2, md5: '161d5a7e56a2cb96a2aca9d9fa0d302f' },
      appointment_request: { rows: 5, md5: '3f4de1c3abfe1d10729b69a1fde284e6' },
    });
  });

  it('fills every month from January 2016 to the as-of date on all five channels, within 30 % of the tenant’s 2015 monthly mean', async () => {
    const written = (v: MonthVolume) => WRITTEN.reduce((sum, c) => sum + (v.items[c] ?? 0), 0);
    const months = demoMonths(AS_OF);
    const volumes = await monthlyVolumes(first.database.url, '2015-01-01', `${AS_OF.slice(0, 7)}-01`);
    const problems: string[] = [];
    for (const tenant of TENANT_KEYS) {
      const own = volumes.filter((v) => v.tenantId === TENANTS[tenant].id);
      const year2015 = own.filter((v) => v.month.startsWith('2015-'));
      const mean = (of: (v: MonthVolume) => number) => year2015.reduce((sum, v) => sum + of(v), 0) / 12;
      const means = { written: mean(written), callsOffered: mean((v) => v.callsOffered), counterVisits: mean((v) => v.counterVisits), procedureIndicators: mean((v) => v.procedureIndicators) };
      expect(Object.values(means).every((m) => m > 0), tenant).toBe(true);
      const generated = own.filter((v) => v.month >= '2016-01');
      expect(generated.map((v) => v.month)).toEqual(months.map((m) => m.month));
      for (const [i, v] of generated.entries()) {
        const month = months[i]!;
        // The as-of date's month is prorated to its days; indicators are one per procedure and month, whatever its length.
        const share = month.partial ? Number(month.last.slice(8)) / Number(new Date(Date.UTC(Number(v.month.slice(0, 4)), Number(v.month.slice(5)), 0)).getUTCDate()) : 1;
        const actual = { written: written(v), callsOffered: v.callsOffered, counterVisits: v.counterVisits, procedureIndicators: v.procedureIndicators };
        for (const [kind, value] of Object.entries(actual)) {
          const expected = means[kind as keyof typeof means] * (kind === 'procedureIndicators' ? 1 : share);
          if (value < expected * 0.7 || value > expected * 1.3) problems.push(`${tenant} ${v.month} ${kind}: ${value}, 2015 mean ${expected.toFixed(1)}`);
        }
        const channels = Object.keys(v.items).sort();
        if (channels.join() !== CHANNELS.join()) problems.push(`${tenant} ${v.month} channels: ${channels.join()}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('dates nothing after the as-of date, and reaches it', async () => {
    const latest = await latestDates(first.database.url);
    expect(Object.entries(latest).filter(([, date]) => date === null || date > AS_OF)).toEqual([]);
    // Items are received in the as-of date's month, and the last ones wait for an answer.
    expect(latest['item.receivedOn']! >= `${AS_OF.slice(0, 7)}-01`).toBe(true);
    const analyst = await signIn(first.organizationUrl, 'metz', 'ANALYST');
    for (const tenant of TENANT_KEYS) {
      const open = await ok<{ onTime: { totalCount: number }; late: { totalCount: number } }>(
        first.url,
        `query($t: ID) { onTime: correspondenceItems(filter: { tenantId: $t, from: "2026-10-01", to: "${AS_OF}", status: OPEN_ON_TIME }) { totalCount }
          late: correspondenceItems(filter: { tenantId: $t, from: "2026-10-01", to: "${AS_OF}", status: OPEN_LATE }) { totalCount } }`,
        { t: TENANTS[tenant].id },
        analyst,
      );
      expect(open.onTime.totalCount + open.late.totalCount, tenant).toBeGreaterThan(0);
    }
  });

  it('gives each tenant a tableau de suivi of the current year, every channel counted as its items say', async () => {
    type Row = { channel: string | null; received: number; answered: number; answeredOnTime: number; onTimeRate: number | null; backlog: number };
    type Item = { channel: string; status: string };
    const fields = 'channel received answered answeredOnTime onTimeRate backlog';
    const analyst = await signIn(first.organizationUrl, 'metz', 'ANALYST');
    for (const tenant of TENANT_KEYS) {
      const t = TENANTS[tenant].id;
      const federated = await ok<{ _entities: { correspondenceTableau: { total: { received: number; answered: number; onTimeRate: number } } }[] }>(
        first.url,
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Tenant { correspondenceTableau(from: "2026-01-01", to: "${AS_OF}") { total { received answered onTimeRate } } } } }`,
        { reps: [{ __typename: 'Tenant', id: t }] },
        analyst,
      );
      const total = federated._entities[0]!.correspondenceTableau.total;
      expect(total.received, tenant).toBeGreaterThan(40);
      expect(total.answered, tenant).toBeGreaterThan(0);
      expect(total.onTimeRate, tenant).toBeGreaterThan(0.5);
      expect(total.onTimeRate, tenant).toBeLessThan(1);

      const tableau = await ok<{ tableauDeSuivi: { byChannel: Row[]; total: Row; telephony: { offered: number } } }>(
        first.url,
        `query($t: ID) { tableauDeSuivi(from: "2026-01-01", to: "${AS_OF}", tenantId: $t) { byChannel { ${fields} } total { ${fields} } telephony { offered } } }`,
        { t },
        analyst,
      );
      // The same counts from the items themselves, each with the status the API gives it.
      const items: Item[] = [];
      let after: string | null = null;
      do {
        const page: { correspondenceItems: { nodes: Item[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await ok(
          first.url,
          `query($t: ID, $after: String) { correspondenceItems(filter: { tenantId: $t, from: "2026-01-01", to: "${AS_OF}" }, first: 100, after: $after) { nodes { channel status } pageInfo { hasNextPage endCursor } } }`,
          { t, after },
          analyst,
        );
        items.push(...page.correspondenceItems.nodes);
        after = page.correspondenceItems.pageInfo.hasNextPage ? page.correspondenceItems.pageInfo.endCursor : null;
      } while (after);
      const expected = CHANNELS.map((channel) => {
        const of = items.filter((i) => i.channel === channel);
        const answered = of.filter((i) => i.status.startsWith('ANSWERED')).length;
        const onTime = of.filter((i) => i.status === 'ANSWERED_ON_TIME').length;
        return { channel, received: of.length, answered, answeredOnTime: onTime, backlog: of.length - answered };
      });
      expect(tableau.tableauDeSuivi.byChannel.map(({ onTimeRate: _, ...row }) => row)).toEqual(expected);
      expect(tableau.tableauDeSuivi.total).toMatchObject({ received: items.length, answered: total.answered, onTimeRate: total.onTimeRate });
      expect(tableau.tableauDeSuivi.telephony.offered, tenant).toBeGreaterThan(0);
    }
  });

  it('writes the same rows for the same as-of date', async () => {
    const [a, b] = await Promise.all([rowDigests(first.database.url, '1900-01-01', '2099-12-31'), rowDigests(second.database.url, '1900-01-01', '2099-12-31')]);
    expect(a.correspondence_item!.rows).toBeGreaterThan(3000);
    expect(a).toEqual(b);
  });
});
