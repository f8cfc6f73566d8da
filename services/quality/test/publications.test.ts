import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { TENANTS } from '@qualipref/demo-fixtures';
import { withClient } from '@qualipref/server-kit';
import { codes, gql, ok, signIn, startQuality, type Platform } from './helpers.js';

let platform: Platform;
let url: string;
const tokens: Record<string, string> = {};
const as = async (tenant: string, role: string) => (tokens[`${tenant}.${role}`] ??= await signIn(platform.organizationUrl, tenant, role));
const rows = (sql: string, params: unknown[] = []) => withClient(platform.database.url, async (client) => (await client.query(sql, params)).rows);
const reasons = (body: { errors?: { extensions?: { code?: string; reason?: string } }[] }) => (body.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.reason]);
const count = async (table: string) => Number((await rows(`select count(*) from quality.${table}`))[0]!.count);
/** A public document as anyone reads it: no credential. */
const publicGet = (path: string, headers: Record<string, string> = {}) => fetch(new URL(`/public/transparence/${path}`, url), { headers });

const DRAFT = `query($q: String!, $c: String) { publicationDraft(quarter: $q, cutOffDate: $c) { quarter label cutOffDate viewerCanPublish current { version }
  figures { recordedAfterCutOff indicator { id code unit computation } value { value source } } } }`;
const PUBLISH = 'mutation($i: PublishQuarterInput!) { publishQuarter(input: $i) { id quarter label version status cutOffDate publishedByName correctionReason tenant { id } figures { code unit value source origin } openData { json csv posterA4 posterA3 } } }';
const CORRECT = 'mutation($i: CorrectPublicationInput!) { correctPublication(input: $i) { id version status correctionReason figures { code value } } }';
const ENTER = 'mutation($i: EnterIndicatorValueInput!) { enterIndicatorValue(input: $i) { value } }';

type DraftFigure = { recordedAfterCutOff: boolean; indicator: { id: string; code: string; unit: string; computation: string | null }; value: { value: number; source: string } | null };
type Draft = { publicationDraft: { quarter: string; label: string; cutOffDate: string; viewerCanPublish: boolean; current: { version: number } | null; figures: DraftFigure[] } };
type Published = { id: string; version: number; status: string; figures: { code: string; value: number | null; source: string | null }[]; openData: Record<string, string> } & Record<string, unknown>;

/** A value entered for an indicator of the quarter's set that the platform does not compute (the telephony's agent pick-up). */
async function enterOne(tenant: string, quarter: string, value: number, origin = 'Relevé de la téléphonie') {
  const token = await as(tenant, 'MANAGER');
  const draft = await ok<Draft>(url, DRAFT, { q: quarter }, token);
  const entered = draft.publicationDraft.figures.find((f) => f.indicator.code === 'TAUX_DECROCHE_AGENT');
  expect(entered, 'the publication set holds the agent pick-up rate').toBeDefined();
  await ok(url, ENTER, { i: { indicatorId: entered!.indicator.id, period: quarter, value, unit: entered!.indicator.unit, origin } }, token);
  return entered!.indicator.code;
}

beforeAll(async () => {
  platform = await startQuality();
  url = platform.url;
});
afterAll(() => platform?.stop());

describe('quarterly public results, « Transparence » (Q6)', () => {
  it('shows the manager what publishing would freeze: the publication set of the site’s referentials with each value, or none', async () => {
    const code = await enterOne('metz', '2026-T3', 0.812);
    const draft = (await ok<Draft>(url, DRAFT, { q: '2026-t3' }, await as('metz', 'MANAGER'))).publicationDraft;
    expect(draft).toMatchObject({ quarter: '2026-T3', label: '3e trimestre 2026', viewerCanPublish: true, current: null });
    const published = await rows('select count(*) from quality.indicator_definition i join quality.engagement e on e.id = i.engagement_id join quality.referential r on r.id = e.referential_id where i.published and r.code in ($1, $2)', ['QUAL_E_PREF', 'SERVICES_PUBLICS_PLUS_2023']);
    expect(draft.figures.length).toBe(Number(published[0]!.count));
    expect(draft.figures.find((f) => f.indicator.code === code)!.value).toEqual({ value: 0.812, source: 'ENTERED' });
    // Only the manager steering the label validates; the analyst reads the draft.
    expect((await ok<Draft>(url, DRAFT, { q: '2026-T3' }, await as('metz', 'ANALYST'))).publicationDraft.viewerCanPublish).toBe(false);
  });

  it('refuses a period that is no quarter or not ended, a cut-off out of bounds, and whoever may not validate: nothing is published', async () => {
    const manager = await as('metz', 'MANAGER');
    const before = await count('publication');
    const publish = (i: Record<string, unknown>, token = manager) => gql(url, PUBLISH, { i: { quarter: '2026-T3', ...i } }, token);
    expect(reasons(await publish({ quarter: '2026' }))).toEqual([['BAD_USER_INPUT', 'PERIOD_INVALID']]);
    expect(reasons(await publish({ quarter: '2026-T7' }))).toEqual([['BAD_USER_INPUT', 'PERIOD_INVALID']]);
    expect(reasons(await publish({ quarter: '2099-T1' }))).toEqual([['BAD_USER_INPUT', 'PERIOD_NOT_ENDED']]);
    expect(reasons(await publish({ cutOffDate: '2026-09-30' }))).toEqual([['BAD_USER_INPUT', 'CUT_OFF_BEFORE_END']]);
    expect(reasons(await publish({ cutOffDate: '2099-01-01' }))).toEqual([['BAD_USER_INPUT', 'DATE_IN_FUTURE']]);
    expect(reasons(await publish({ cutOffDate: '30/10/2026' }))[0]![0]).toBe('BAD_USER_INPUT');
    for (const role of ['ANALYST', 'AGENT', 'ADMINISTRATOR']) expect(codes(await publish({}, await as('metz', role)))).toEqual(['FORBIDDEN']);
    // Forbach's manager steers Forbach's label, not Metz's: their own tenant only.
    expect(await count('publication')).toBe(before);
    expect(await count('published_figure')).toBe(0);
  });

  it('publishes the quarter once, frozen, readable without sign-in as JSON and CSV with the same figures; a second time is refused', async () => {
    const manager = await as('metz', 'MANAGER');
    const result = await ok<{ publishQuarter: Published }>(url, PUBLISH, { i: { quarter: '2026-T3' } }, manager);
    const v1 = result.publishQuarter;
    expect(v1).toMatchObject({ quarter: '2026-T3', label: '3e trimestre 2026', version: 1, status: 'IN_FORCE', correctionReason: null, publishedByName: 'Responsable MACAP (démo)', tenant: { id: TENANTS.metz.id } });
    expect(v1.openData).toEqual({
      json: `/public/quality/transparence/${TENANTS.metz.id}/2026-T3-v1.json`,
      csv: `/public/quality/transparence/${TENANTS.metz.id}/2026-T3-v1.csv`,
      posterA4: `/public/quality/transparence/${TENANTS.metz.id}/2026-T3-v1-A4.pdf`,
      posterA3: `/public/quality/transparence/${TENANTS.metz.id}/2026-T3-v1-A3.pdf`,
    });
    expect(v1.figures.find((f) => f.value === 0.812)).toBeDefined();
    expect(reasons(await gql(url, PUBLISH, { i: { quarter: '2026-T3' } }, manager))).toEqual([['CONFLICT', 'QUARTER_PUBLISHED']]);

    // The live value changes: the publication does not drift.
    await enterOne('metz', '2026-T3', 0.815, 'Relevé de la téléphonie, corrigé');
    const response = await publicGet(`${TENANTS.metz.id}/2026-T3.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const doc = (await response.json()) as { schema: string; site: { name: string; kind: string }; version: number; status: string; indicators: { code: string; value: number | null; source: string | null; history: unknown[] }[] };
    expect(doc).toMatchObject({ schema: 'qualipref.transparence.trimestre/1', site: { name: 'Préfecture de la Moselle', kind: 'PREFECTURE' }, version: 1, status: 'IN_FORCE' });
    expect(doc.indicators.map((i) => [i.code, i.value])).toEqual(v1.figures.map((f) => [f.code, f.value]));
    // A conditional request costs nothing more.
    expect((await publicGet(`${TENANTS.metz.id}/2026-T3.json`, { 'if-none-match': response.headers.get('etag')! })).status).toBe(304);

    const csv = await (await publicGet(`${TENANTS.metz.id}/2026-T3-v1.csv`)).text();
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Site;Trimestre;Version;État;Date d’arrêté;Référentiel;Engagement;Code;Indicateur;Unité;Valeur;Cible nationale;Numérateur;Effectif;Source;Origine');
    expect(lines.length - 1).toBe(doc.indicators.length);
    expect(lines.find((l) => l.includes(';0,812;'))).toMatch(/^Préfecture de la Moselle;2026-T3;1;En vigueur;/);
  });

  it('publishes a correction as a new version from the values as they stand; the version it replaces stays readable, marked replaced', async () => {
    const manager = await as('metz', 'MANAGER');
    const v1 = ((await rows("select id from quality.publication where quarter = '2026-T3' and tenant_id = $1", [TENANTS.metz.id])) as { id: string }[])[0]!.id;
    expect(reasons(await gql(url, CORRECT, { i: { publicationId: v1, reason: ' ' } }, manager))[0]![0]).toBe('BAD_USER_INPUT');
    expect(codes(await gql(url, CORRECT, { i: { publicationId: v1, reason: 'Relevé corrigé' } }, await as('metz', 'ANALYST')))).toEqual(['FORBIDDEN']);
    const corrected = (await ok<{ correctPublication: Published }>(url, CORRECT, { i: { publicationId: v1, reason: 'Relevé de la téléphonie corrigé (appels du 30 septembre).' } }, manager)).correctPublication;
    expect(corrected).toMatchObject({ version: 2, status: 'IN_FORCE', correctionReason: 'Relevé de la téléphonie corrigé (appels du 30 septembre).' });
    expect(corrected.figures.find((f) => f.value === 0.815)).toBeDefined();
    expect(reasons(await gql(url, CORRECT, { i: { publicationId: v1, reason: 'Encore' } }, manager))).toEqual([['CONFLICT', 'PUBLICATION_REPLACED']]);
    expect(reasons(await gql(url, CORRECT, { i: { publicationId: corrected.id, reason: 'Rien de neuf' } }, manager))).toEqual([['BAD_USER_INPUT', 'PUBLICATION_UNCHANGED']]);

    const inForce = (await (await publicGet(`${TENANTS.metz.id}/2026-T3.json`)).json()) as { version: number; correctionReason: string; versions: { version: number; status: string }[] };
    expect(inForce).toMatchObject({ version: 2, correctionReason: 'Relevé de la téléphonie corrigé (appels du 30 septembre).' });
    expect(inForce.versions.map((v) => [v.version, v.status])).toEqual([[1, 'REPLACED'], [2, 'IN_FORCE']]);
    const old = (await (await publicGet(`${TENANTS.metz.id}/2026-T3-v1.json`)).json()) as { status: string; indicators: { value: number | null }[] };
    expect(old.status).toBe('REPLACED');
    expect(old.indicators.some((i) => i.value === 0.812)).toBe(true);
    const index = (await (await publicGet(`${TENANTS.metz.id}/index.json`)).json()) as { quarters: { quarter: string; inForce: { version: number }; versions: unknown[] }[] };
    expect(index.quarters).toEqual([expect.objectContaining({ quarter: '2026-T3', inForce: expect.objectContaining({ version: 2 }), versions: [expect.anything(), expect.anything()] })]);
    // Analysts list every version of the readable tenants.
    const listed = await ok<{ publications: { nodes: { version: number; status: string }[] } }>(url, '{ publications(first: 10, quarter: "2026-T3") { nodes { version status } } }', {}, await as('metz', 'ANALYST'));
    expect(listed.publications.nodes).toEqual([{ version: 2, status: 'IN_FORCE' }, { version: 1, status: 'REPLACED' }]);
  });

  it('prints the reception hall’s poster in A4 and A3 from the same figures, the same bytes every time', async () => {
    const doc = (await (await publicGet(`${TENANTS.metz.id}/2026-T3.json`)).json()) as { version: number; indicators: { name: string; value: number | null }[] };
    for (const [size, box] of [['A4', [595.28, 841.89]], ['A3', [841.89, 1190.55]]] as const) {
      const response = await publicGet(`${TENANTS.metz.id}/2026-T3-A${size.slice(1)}.pdf`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="resultats-2026-T3-v2-affiche-${size}.pdf"`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      const again = new Uint8Array(await (await publicGet(`${TENANTS.metz.id}/2026-T3-v2-${size}.pdf`)).arrayBuffer());
      expect(createHash('sha256').update(again).digest('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));
      const pdf = await getDocumentProxy(bytes);
      const page = await pdf.getPage(1);
      expect(page.view.slice(2).map((n) => Math.round(n))).toEqual(box.map((n) => Math.round(n)));
      const { text } = await extractText(pdf, { mergePages: true });
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('PRÉFET DE LA MOSELLE');
      expect(flat).toContain('Nos résultats');
      expect(flat).toContain('3e trimestre 2026');
      expect(flat).toContain('version 2');
      expect(flat).toContain('81,5 %');
      for (const indicator of doc.indicators) expect(flat).toContain(indicator.name);
      expect(flat.match(/Non disponible/g)?.length ?? 0).toBe(doc.indicators.filter((i) => i.value === null).length);
    }
  });

  it('freezes only what was recorded by the cut-off day, and shows each tenant its own publications only', async () => {
    await enterOne('forbach', '2026-T3', 0.88);
    const manager = await as('forbach', 'MANAGER');
    const early = (await ok<Draft>(url, DRAFT, { q: '2026-T3', c: '2026-10-01' }, manager)).publicationDraft;
    const late = early.figures.filter((f) => f.recordedAfterCutOff);
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((f) => f.value === null)).toBe(true);
    const published = (await ok<{ publishQuarter: Published }>(url, PUBLISH, { i: { quarter: '2026-T3', cutOffDate: '2026-10-01' } }, manager)).publishQuarter;
    expect(published).toMatchObject({ cutOffDate: '2026-10-01', tenant: { id: TENANTS.forbach.id } });
    expect(published.figures.every((f) => f.value === null)).toBe(true);
    // Forbach reads its own; Metz's managers do not see it; the public reads each site's in its own path.
    expect((await ok<{ publications: { totalCount: number } }>(url, '{ publications(first: 10) { totalCount } }', {}, manager)).publications.totalCount).toBe(1);
    expect(codes(await gql(url, `{ publications(first: 10, tenantId: "${TENANTS.forbach.id}") { totalCount } }`, {}, await as('metz', 'MANAGER')))).toEqual(['FORBIDDEN']);
    expect((await publicGet(`${TENANTS.thionville.id}/2026-T3.json`)).status).toBe(404);
    expect((await publicGet(`${TENANTS.forbach.id}/2026-T3.json`)).status).toBe(200);
    for (const path of ['nope/2026-T3.json', `${TENANTS.forbach.id}/2026-T3.xml`, `${TENANTS.forbach.id}/2026-T3/x.json`, `${TENANTS.forbach.id}/..%2Fx.json`]) expect((await publicGet(path)).status).toBe(404);
  });

  it('keeps published figures as written: the service’s own role cannot change or delete them', async () => {
    const role = (await rows('select current_user'))[0]!.current_user as string;
    const app = await rows("select rolname from pg_roles where rolname like 'qualipref_app%' order by rolname limit 1");
    const grants = await rows("select privilege_type from information_schema.role_table_grants where table_schema = 'quality' and table_name = 'published_figure' and grantee = $1 order by privilege_type", [app[0]!.rolname]);
    expect(role).not.toBe(app[0]!.rolname);
    expect(grants.map((g) => g.privilege_type)).toEqual(['INSERT', 'SELECT']);
  });
});
