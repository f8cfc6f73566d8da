import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TENANTS } from '@qualipref/demo-fixtures';
import { withClient } from '@qualipref/server-kit';
import { codes, gql, ok, signIn, startQuality, type Platform } from './helpers.js';

let platform: Platform;
let url: string;
const tokens: Record<string, string> = {};
const as = async (tenant: string, role: string) => (tokens[`${tenant}.${role}`] ??= await signIn(platform.organizationUrl, tenant, role));
const rows = (sql: string, params: unknown[] = []) => withClient(platform.database.url, async (client) => (await client.query(sql, params)).rows);
const reasons = (body: { errors?: { extensions?: { code?: string; reason?: string } }[] }) => (body.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.reason]);

/** The id of an indicator by its referential's code and its own. */
const indicatorId = async (referential: string, code: string) =>
  (await rows('select i.id from quality.indicator_definition i join quality.engagement e on e.id = i.engagement_id join quality.referential r on r.id = e.referential_id where r.code = $1 and i.code = $2 order by e.position limit 1', [referential, code]))[0]!.id as string;
const valueCount = async () => Number((await rows('select count(*) from quality.indicator_value'))[0]!.count);

const ENTER = 'mutation($i: EnterIndicatorValueInput!) { enterIndicatorValue(input: $i) { period value unit source origin recordedByName targetMet indicator { code } tenant { id } } }';
const IMPORT = 'mutation($csv: String!, $dry: Boolean) { importIndicatorValues(csv: $csv, dryRun: $dry) { applied rows created updated unchanged rejected issues { line field code message } } }';
const HEADER = 'Référentiel;Indicateur;Période;Valeur;Unité;Source;Effectif';

beforeAll(async () => {
  platform = await startQuality();
  url = platform.url;
});
afterAll(() => platform?.stop());

describe('indicators with their source (Q1)', () => {
  it('shows each tenant the demo’s 2025 values with their source, under the engagements of Qual-e-pref and Services Publics + 2023', async () => {
    const query = `query($t: ID) { referential(code: "SERVICES_PUBLICS_PLUS_2023") { engagements(first: 20) { nodes { number indicators { code unit computation formula(tenantId: $t) { version parameters }
      value(period: "2025", tenantId: $t) { value unit source origin sampleSize recordedByName tenant { id } } } } } } }`;
    type Data = { referential: { engagements: { nodes: { number: string; indicators: { code: string; unit: string; computation: string | null; formula: { version: number; parameters: Record<string, unknown> } | null; value: { value: number; unit: string; source: string; origin: string; sampleSize: number | null; recordedByName: string; tenant: { id: string } } | null }[] }[] } } };
    for (const tenant of ['metz', 'forbach', 'thionville'] as const) {
      const data = await ok<Data>(url, query, { t: TENANTS[tenant].id }, await as(tenant, 'ANALYST'));
      const all = data.referential.engagements.nodes.flatMap((e) => e.indicators);
      const jdma = all.find((i) => i.code === 'DEMARCHES_EN_LIGNE_8_10')!;
      expect(jdma.value).toMatchObject({ unit: 'RATE', source: 'IMPORTED', tenant: { id: TENANTS[tenant].id } });
      expect(jdma.value!.origin).toMatch(/Je donne mon avis/);
      expect(all.find((i) => i.code === 'FRANCE_SERVICES_30_MIN')!.value).toMatchObject({ unit: 'MINUTES', source: 'ENTERED' });
      // Each site names its flagship procedure in its own version of the formula.
      expect(all.find((i) => i.code === 'DEMARCHE_PHARE_DELAI_ANNONCE')!.formula).toEqual({ version: 2, parameters: { procedure: 'CARTE_GRISE' } });
      expect(all.find((i) => i.code === 'TAUX_SATISFACTION_NET')!.formula).toEqual({ version: 1, parameters: { dimension: null, denominator: 'WITH_OPINION' } });
      expect(all.find((i) => i.code === 'COURRIELS_DELAI_ANNONCE')).toMatchObject({ computation: 'ON_TIME_RATE', value: null });
    }
    const metz = await ok<Data>(url, query, { t: TENANTS.metz.id }, await as('metz', 'ANALYST'));
    expect(metz.referential.engagements.nodes.flatMap((e) => e.indicators).find((i) => i.code === 'DEMARCHES_EN_LIGNE_8_10')!.value!.value).toBe(0.78);
    // A sous-préfecture does not read the préfecture's values.
    expect(codes(await gql(url, query, { t: TENANTS.metz.id }, await as('forbach', 'ANALYST')))).toContain('FORBIDDEN');
  });

  it('enters a value with who and when, replaces it for the same period, and keeps the change in the audit trail', async () => {
    const token = await as('forbach', 'MANAGER');
    const id = await indicatorId('SERVICES_PUBLICS_PLUS_2023', 'ACCOMPAGNEMENTS_NUMERIQUES');
    const entered = await ok<{ enterIndicatorValue: Record<string, unknown> }>(url, ENTER, { i: { indicatorId: id, period: '2025-t4', value: 171, unit: 'COUNT', origin: 'Registre du point numérique' } }, token);
    expect(entered.enterIndicatorValue).toEqual({ period: '2025-T4', value: 171, unit: 'COUNT', source: 'ENTERED', origin: 'Registre du point numérique', recordedByName: 'Responsable Forbach (démo)', targetMet: null, indicator: { code: 'ACCOMPAGNEMENTS_NUMERIQUES' }, tenant: { id: TENANTS.forbach.id } });
    await ok(url, ENTER, { i: { indicatorId: id, period: '2025-T4', value: 174, unit: 'COUNT', origin: 'Registre du point numérique, recompté' } }, token);
    expect(await rows("select value, origin from quality.indicator_value where period = '2025-T4'")).toEqual([{ value: 174, origin: 'Registre du point numérique, recompté' }]);
    const trail = await rows("select operation, changes from quality.audit_entry where entity_type = 'IndicatorValue' order by occurred_at");
    expect(trail.map((t) => t.operation)).toEqual(['enterIndicatorValue', 'enterIndicatorValue']);
    expect(trail[1]!.changes).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'value', from: 171, to: 174 })]));
  });

  it('refuses a value without a source or a unit, in another unit, out of range, of a period not ended, of an indicator computed or not labelled, and from who may not: nothing changes', async () => {
    const manager = await as('metz', 'MANAGER');
    const count = await valueCount();
    const id = await indicatorId('SERVICES_PUBLICS_PLUS_2023', 'FRANCE_SERVICES_30_MIN');
    const enter = (i: Record<string, unknown>, token = manager) => gql(url, ENTER, { i: { indicatorId: id, period: '2025', value: 22, unit: 'MINUTES', origin: 'Carte France Services', ...i } }, token);
    expect(reasons(await enter({ origin: '  ' }))).toEqual([['BAD_USER_INPUT', 'MISSING_SOURCE']]);
    expect(reasons(await enter({ unit: null }))).toEqual([['BAD_USER_INPUT', 'MISSING_UNIT']]);
    expect(reasons(await enter({ unit: 'RATE' }))).toEqual([['BAD_USER_INPUT', 'UNIT_MISMATCH']]);
    expect(reasons(await enter({ value: -3 }))).toEqual([['BAD_USER_INPUT', 'VALUE_OUT_OF_RANGE']]);
    expect(reasons(await enter({ period: '2099' }))).toEqual([['BAD_USER_INPUT', 'PERIOD_NOT_ENDED']]);
    expect(reasons(await enter({ period: '2025-T5' }))).toEqual([['BAD_USER_INPUT', 'PERIOD_INVALID']]);
    expect(reasons(await enter({ indicatorId: await indicatorId('SERVICES_PUBLICS_PLUS_2023', 'COURRIELS_DELAI_ANNONCE'), unit: 'RATE', value: 0.5 }))).toEqual([['BAD_USER_INPUT', 'INDICATOR_COMPUTED']]);
    // Services Publics + 2021 is no labelling of Metz.
    expect(reasons(await enter({ indicatorId: await indicatorId('SERVICES_PUBLICS_PLUS_2021', 'DEMARCHES_EN_LIGNE_8_10'), unit: 'RATE', value: 0.5 }))).toEqual([['BAD_USER_INPUT', 'NOT_LABELLED']]);
    expect(codes(await enter({}, await as('metz', 'ANALYST')))).toEqual(['FORBIDDEN']);
    expect(codes(await enter({}, await as('metz', 'AGENT')))).toEqual(['FORBIDDEN']);
    expect(await valueCount()).toBe(count);
  });

  it('imports a CSV as another system exports it, each line with its source, and reports every wrong line without writing any', async () => {
    const token = await as('thionville', 'ADMINISTRATOR');
    const good = [HEADER, 'QUAL_E_PREF;TAUX_DECROCHE_AGENT;2025-T4;82,5 %;taux (de 0 à 1);Export téléphonie T4;2960', 'SERVICES_PUBLICS_PLUS_2023;DEMARCHES_EN_LIGNE_8_10;2025-T4;0,77;RATE;Je donne mon avis, export T4;240'].join('\n');
    const dry = await ok<{ importIndicatorValues: { applied: boolean; created: number } }>(url, IMPORT, { csv: good, dry: true }, token);
    expect(dry.importIndicatorValues).toMatchObject({ applied: false, created: 2 });
    const count = await valueCount();
    const bad = [HEADER, 'QUAL_E_PREF;TAUX_DECROCHE_AGENT;2025-T4;0,8;;Export téléphonie;', 'QUAL_E_PREF;TAUX_DECROCHE_AGENT;2025-T3;0,8;RATE;;', 'QUAL_E_PREF;INCONNU;2025-T4;0,8;RATE;X;', 'QUAL_E_PREF;TAUX_DECROCHE_5_SONNERIES;2025-T4;0,8;RATE;X;', 'SERVICES_PUBLICS_PLUS_2023;FRANCE_SERVICES_30_MIN;2025;18;RATE;X;', 'SERVICES_PUBLICS_PLUS_2023;DEMARCHES_EN_LIGNE_8_10;2025;120 %;RATE;X;'].join('\n');
    const refused = await ok<{ importIndicatorValues: { applied: boolean; rejected: number; issues: { line: number; code: string }[] } }>(url, IMPORT, { csv: bad }, token);
    expect(refused.importIndicatorValues.applied).toBe(false);
    expect(refused.importIndicatorValues.issues.map((i) => [i.line, i.code])).toEqual([[2, 'MISSING_UNIT'], [3, 'MISSING_SOURCE'], [4, 'UNKNOWN_INDICATOR'], [5, 'INDICATOR_COMPUTED'], [6, 'UNIT_MISMATCH'], [7, 'VALUE_OUT_OF_RANGE']]);
    expect(await valueCount()).toBe(count);
    // Who may not record the tenant's indicators is refused the file.
    expect(codes(await gql(url, IMPORT, { csv: good }, await as('thionville', 'AGENT')))).toEqual(['FORBIDDEN']);
    const applied = await ok<{ importIndicatorValues: { applied: boolean; created: number } }>(url, IMPORT, { csv: good }, token);
    expect(applied.importIndicatorValues).toMatchObject({ applied: true, created: 2 });
    // The same file again changes nothing; a corrected figure replaces the one recorded.
    expect((await ok<{ importIndicatorValues: unknown }>(url, IMPORT, { csv: good }, token)).importIndicatorValues).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 2 });
    expect((await ok<{ importIndicatorValues: unknown }>(url, IMPORT, { csv: good.replace('82,5 %', '82,7 %') }, token)).importIndicatorValues).toMatchObject({ applied: true, created: 0, updated: 1, unchanged: 1 });
    const values = await rows("select i.code, v.value, v.source, v.sample_size from quality.indicator_value v join quality.indicator_definition i on i.id = v.indicator_id where v.period = '2025-T4' and v.tenant_id = $1 order by i.code", [TENANTS.thionville.id]);
    expect(values).toEqual([
      { code: 'DEMARCHES_EN_LIGNE_8_10', value: 0.77, source: 'IMPORTED', sample_size: 240 },
      { code: 'TAUX_DECROCHE_AGENT', value: 0.827, source: 'IMPORTED', sample_size: 2960 },
    ]);
  });

  it('revises a formula into a new version, and refuses one it cannot compute or that changes nothing', async () => {
    const token = await as('metz', 'MANAGER');
    const id = await indicatorId('SERVICES_PUBLICS_PLUS_2023', 'TAUX_SATISFACTION_NET');
    const REVISE = 'mutation($id: ID!, $p: JSONObject!, $c: String!) { reviseIndicatorFormula(indicatorId: $id, parameters: $p, comment: $c) { version parameters comment revisedBy } }';
    const revised = await ok<{ reviseIndicatorFormula: unknown }>(url, REVISE, { id, p: { denominator: 'ALL_ANSWERS' }, c: 'Les « sans avis » comptent, comme dans la note de la DITP.' }, token);
    expect(revised.reviseIndicatorFormula).toEqual({ version: 2, parameters: { dimension: null, denominator: 'ALL_ANSWERS' }, comment: 'Les « sans avis » comptent, comme dans la note de la DITP.', revisedBy: 'Responsable MACAP (démo)' });
    expect(reasons(await gql(url, REVISE, { id, p: { denominator: 'ALL_ANSWERS', dimension: null }, c: 'Encore' }, token))).toEqual([['BAD_USER_INPUT', 'FORMULA_UNCHANGED']]);
    expect(reasons(await gql(url, REVISE, { id, p: { denominator: 'HALF' }, c: 'x' }, token))).toEqual([['BAD_USER_INPUT', 'FORMULA_INVALID']]);
    expect(reasons(await gql(url, REVISE, { id, p: { seuil: 3, denominator: 'WITH_OPINION' }, c: 'x' }, token))).toEqual([['BAD_USER_INPUT', 'FORMULA_INVALID']]);
    expect(reasons(await gql(url, REVISE, { id: await indicatorId('SERVICES_PUBLICS_PLUS_2023', 'FRANCE_SERVICES_30_MIN'), p: {}, c: 'x' }, token))).toEqual([['BAD_USER_INPUT', 'NOT_COMPUTED']]);
    // Forbach keeps the national formula.
    const formula = await ok<{ referential: { engagements: { nodes: { indicators: { code: string; formula: { version: number } | null }[] }[] } } }>(url, '{ referential(code: "SERVICES_PUBLICS_PLUS_2023") { engagements(first: 20) { nodes { indicators { code formula { version } } } } } }', {}, await as('forbach', 'MANAGER'));
    expect(formula.referential.engagements.nodes.flatMap((e) => e.indicators).find((i) => i.code === 'TAUX_SATISFACTION_NET')!.formula).toEqual({ version: 1 });
  });

  it('opens each tenant’s quality programme to the directorate that steers its label, and to the analysts and administrators who read it', async () => {
    const opens = async (tenant: keyof typeof TENANTS, account: [string, string]) => {
      const result = await gql<{ _entities: { openQualityProgramme: boolean }[] }>(url, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on TenantViewerCan { openQualityProgramme } } }', { r: [{ __typename: 'TenantViewerCan', id: TENANTS[tenant].id }] }, await as(...account));
      return result.data!._entities[0]!.openQualityProgramme;
    };
    expect(await opens('forbach', ['forbach', 'AGENT'])).toBe(true);
    expect(await opens('metz', ['metz', 'MANAGER'])).toBe(true);
    expect(await opens('forbach', ['metz', 'ANALYST'])).toBe(true);
    // A DCTAJ agent does not steer Metz's label; a sous-préfecture does not read the préfecture's.
    expect(await opens('metz', ['metz', 'AGENT'])).toBe(false);
    expect(await opens('metz', ['forbach', 'MANAGER'])).toBe(false);
  });

  it('answers SERVICE_UNAVAILABLE when the figures cannot be read through the supergraph, and writes nothing', async () => {
    const count = await valueCount();
    const result = await gql(url, 'mutation { computeIndicatorValues(period: "2025") { value { value } reason } }', {}, await as('metz', 'MANAGER'));
    expect(codes(result)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(result.errors![0]!.message).toMatch(/réessayez/);
    expect(await valueCount()).toBe(count);
    // The period and the caller are checked before anything is asked.
    expect(reasons(await gql(url, 'mutation { computeIndicatorValues(period: "2099") { reason } }', {}, await as('metz', 'MANAGER')))).toEqual([['BAD_USER_INPUT', 'PERIOD_NOT_ENDED']]);
    expect(codes(await gql(url, 'mutation { computeIndicatorValues(period: "2025") { reason } }', {}, await as('metz', 'ANALYST')))).toEqual(['FORBIDDEN']);
  });
});
