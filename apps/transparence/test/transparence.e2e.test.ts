import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { headingJumps, launchBrowser, seriousViolations, type Browser } from '@qualipref/console-e2e/dist/browser.js';
import { startConsolePlatform, type ConsolePlatform } from '@qualipref/console-e2e/dist/platform.js';
import { TENANTS } from '@qualipref/demo-fixtures';
import { startStaticServer, type StaticServer } from '@qualipref/static-server';
import { freePort, graphqlData, signIn } from '@qualipref/test-kit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFigure, type QuarterDocument, type SurveyResultsDocument, type SurveysIndexDocument } from '@qualipref/public-results';

// The public results in Debian's Chromium, signed out, against the whole platform started here
// from the builds: each site's 3rd quarter of 2026 computed from the demo data and published by
// its manager, Metz's corrected once.

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const screenshots = fileURLToPath(new URL('../test-output/screenshots/', import.meta.url));

let platform: ConsolePlatform;
let site: StaticServer;
let browser: Browser;
const published: Record<string, QuarterDocument> = {};

const api = <T>(query: string, variables: Record<string, unknown>, token: string) => graphqlData<T>(platform.gatewayUrl, query, variables, token);
const managerOf = (tenant: string) => signIn(platform.gatewayUrl, `${tenant}.manager@demo.qualipref.test`);
const publicJson = async (tenant: keyof typeof TENANTS, file: string) => (await (await fetch(new URL(`/public/quality/transparence/${TENANTS[tenant].id}/${file}`, platform.gatewayUrl))).json()) as QuarterDocument;

async function publish(tenant: string, quarter: string) {
  const token = await managerOf(tenant);
  await api('mutation($q: String!) { computeIndicatorValues(period: $q) { reason } }', { q: quarter }, token);
  await api('mutation($q: String!) { publishQuarter(input: { quarter: $q }) { id } }', { q: quarter }, token);
}

beforeAll(async () => {
  await mkdir(screenshots, { recursive: true });
  const port = await freePort();
  platform = await startConsolePlatform({ corsOrigins: [`http://127.0.0.1:${port}`] });
  site = await startStaticServer({ root: dist, port, spa: true, documents: { '/transparence-config.json': { gatewayUrl: platform.gatewayUrl, legalPagesUrl: platform.consoleUrl } } });
  browser = await launchBrowser();
  await publish('metz', '2026-T2');
  for (const tenant of ['metz', 'forbach', 'thionville']) await publish(tenant, '2026-T3');
  // Metz corrects its 3rd quarter: the telephony's agent pick-up, from a completed export.
  const metz = await managerOf('metz');
  const draft = await api<{ publicationDraft: { current: { id: string }; figures: { indicator: { id: string; code: string } }[] } }>('{ publicationDraft(quarter: "2026-T3") { current { id } figures { indicator { id code } } } }', {}, metz);
  const agent = draft.publicationDraft.figures.find((f) => f.indicator.code === 'TAUX_DECROCHE_AGENT')!;
  await api('mutation($i: EnterIndicatorValueInput!) { enterIndicatorValue(input: $i) { id } }', { i: { indicatorId: agent.indicator.id, period: '2026-T3', value: 0.842, unit: 'RATE', origin: 'Export trimestriel de la téléphonie (appels traités par un agent)' } }, metz);
  await api('mutation($i: CorrectPublicationInput!) { correctPublication(input: $i) { id } }', { i: { publicationId: draft.publicationDraft.current.id, reason: 'Le taux de décroché par un agent est corrigé d’après l’export complet de la téléphonie.' } }, metz);
  for (const tenant of ['metz', 'forbach', 'thionville'] as const) published[tenant] = await publicJson(tenant, '2026-T3.json');
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await platform?.stop();
});

async function open(path: string, width = 1280): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${site.url}${path}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.locator('.transparence-loading').waitFor({ state: 'detached' });
  return page;
}

async function accessible(page: Page, name: string) {
  await page.screenshot({ path: `${screenshots}${name}.png`, fullPage: true });
  expect(await seriousViolations(page), `accessibility of ${name}`).toEqual([]);
  expect(await headingJumps(page), `headings of ${name}`).toEqual([]);
}

describe('the public results, signed out', () => {
  it('lists the three sites, each a link to its results', async () => {
    const page = await open('/');
    await accessible(page, 'sites');
    for (const tenant of Object.values(TENANTS)) expect(await page.getByRole('link', { name: tenant.name }).getAttribute('href')).toBe(`/${tenant.code}`);
    // The platform's legal pages, readable without sign-in on the console.
    for (const [name, path] of [['Mentions légales', '/mentions-legales'], ['Données personnelles', '/donnees-personnelles']]) {
      expect(await page.getByRole('contentinfo').getByRole('link', { name }).getAttribute('href')).toBe(`${platform.consoleUrl}${path}`);
    }
    await page.close();
  });

  it('shows each site’s 3rd quarter of 2026 with the figures of its open data, its earlier quarters as charts with their tables, and its definitions', async () => {
    for (const tenant of ['metz', 'forbach', 'thionville'] as const) {
      const doc = published[tenant]!;
      const page = await open(`/${tenant}`);
      await accessible(page, `resultats-${tenant}`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Nos résultats du 3e trimestre 2026');
      const cards = page.locator('.transparence-figure');
      expect(await cards.count()).toBe(doc.indicators.length);
      for (const [i, indicator] of doc.indicators.entries()) {
        const card = cards.nth(i);
        expect(await card.getByRole('heading').textContent()).toBe(indicator.name);
        const value = ((await card.locator('.transparence-value').textContent()) ?? '').replace(/\s/g, ' ');
        expect(value, `${tenant} ${indicator.code}`).toBe(indicator.value === null ? 'Non disponible' : formatFigure(indicator.value, indicator.unit).replace(/\s/g, ' '));
        await expect.poll(() => page.getByRole('table', { name: `${indicator.name} par trimestre publié` }).locator('tbody tr').count()).toBe(indicator.history.length + 1);
      }
      // The definitions open with the keyboard.
      const first = page.getByRole('button', { name: doc.indicators[0]!.name });
      await first.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => first.getAttribute('aria-expanded')).toBe('true');
      await expect.poll(() => page.getByText(doc.indicators[0]!.definition).isVisible()).toBe(true);
      await page.close();
    }
    // Metz published its 2nd quarter too: its charts have two quarters.
    expect(published.metz!.indicators[0]!.history.map((h) => h.quarter)).toEqual(['2026-T2']);
  });

  it('says a correction is one, with its reason and the version it replaced, still readable', async () => {
    expect(published.metz).toMatchObject({ version: 2, correctionReason: 'Le taux de décroché par un agent est corrigé d’après l’export complet de la téléphonie.' });
    const page = await open('/metz');
    await expect.poll(() => page.getByText('Résultats corrigés (version 2)').isVisible()).toBe(true);
    await page.getByRole('link', { name: /version 1 du/ }).click();
    await page.waitForURL(/\/metz\/2026-T3-v1$/);
    await page.locator('.transparence-loading').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByText(/Cette version a été remplacée le/).isVisible()).toBe(true);
    await accessible(page, 'resultats-metz-version-1');
    const old = await publicJson('metz', '2026-T3-v1.json');
    expect(old.status).toBe('REPLACED');
    expect(old.indicators.find((i) => i.code === 'TAUX_DECROCHE_AGENT')!.value).toEqual(expect.any(Number));
    expect(old.indicators.find((i) => i.code === 'TAUX_DECROCHE_AGENT')!.value).not.toBe(0.842);
    expect(published.metz!.indicators.find((i) => i.code === 'TAUX_DECROCHE_AGENT')!.value).toBe(0.842);
    await page.close();
  });

  it('offers the poster in A4 and A3 and the open data, with the same figures', async () => {
    const page = await open('/metz');
    for (const [label, type] of [['format A4', 'application/pdf'], ['format A3', 'application/pdf'], ['CSV', 'text/csv; charset=utf-8'], ['format JSON', 'application/json; charset=utf-8']] as const) {
      const href = await page.getByRole('link', { name: new RegExp(label) }).getAttribute('href');
      const response = await fetch(href!);
      expect(response.status, label).toBe(200);
      expect(response.headers.get('content-type'), label).toBe(type);
      if (label === 'CSV') {
        const lines = (await response.text()).trim().split('\r\n').slice(1);
        expect(lines.length).toBe(published.metz!.indicators.length);
        expect(lines.find((l) => l.includes('TAUX_DECROCHE_AGENT'))).toContain(';0,842;');
      }
    }
    await page.close();
  });

  it('reads at 320 px wide without scrolling sideways, and the keyboard reaches the content first', async () => {
    const page = await open('/forbach', 320);
    await accessible(page, 'resultats-forbach-320');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Contenu');
    await page.close();
  });

  it('shows a published survey: each theme’s rate with its interval and trend, each question’s, the findings, as its open data says', async () => {
    const index = (await (await fetch(new URL(`/public/surveys/publications/${TENANTS.metz.id}/index.json`, platform.gatewayUrl))).json()) as SurveysIndexDocument;
    const hall2015 = index.campaigns.find((c) => c.year === 2015 && c.channel === 'HALL')!;
    const doc = (await (await fetch(new URL(hall2015.openData.json, platform.gatewayUrl))).json()) as SurveyResultsDocument;
    const page = await open('/metz');
    await page.getByRole('link', { name: hall2015.title }).click();
    await page.waitForURL(new RegExp(`/metz/enquetes/${hall2015.id}$`));
    await page.locator('.transparence-loading').waitFor({ state: 'detached' });
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(hall2015.title);
    await accessible(page, 'enquete-metz-2015');
    const table = page.getByRole('table', { name: 'Taux de satisfaction par thème' });
    for (const dimension of doc.dimensions.filter((d) => d.satisfaction?.rate != null)) {
      const row = table.getByRole('row', { name: new RegExp(`^${dimension.label}`) });
      expect((await row.textContent())!.replace(/\s/g, ' ')).toContain(formatFigure(dimension.satisfaction!.rate!, 'RATE').replace(/\s/g, ' '));
    }
    // The reception spaces of 2015: 91,23 % in the minutes of the CLU.
    expect(doc.dimensions.find((d) => d.dimension === 'RECEPTION_SPACES')!.satisfaction!.rate).toBeCloseTo(0.9123, 4);
    expect((await table.getByRole('row', { name: /^Espaces d.accueil/ }).textContent())!.replace(/\s/g, ' ')).toContain('91,2 %');
    await page.close();
  });

  it('tells a site without results, and an unknown page, in French', async () => {
    const page = await open('/metz/2025-T1');
    expect(await page.getByText('Ce trimestre n’a pas été publié.').isVisible()).toBe(true);
    await page.close();
    const lost = await open('/nulle-part');
    expect(await lost.getByRole('heading', { level: 1 }).textContent()).toBe('Page introuvable');
    await lost.close();
  });
});
