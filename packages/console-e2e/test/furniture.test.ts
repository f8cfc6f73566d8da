import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { TENANTS } from '@qualipref/demo-fixtures';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, seriousViolations, signInOnConsole, type Browser } from '../src/browser.js';
import { startConsolePlatform, type ConsolePlatform } from '../src/platform.js';

// The State's page furniture: header and footer, the legal pages behind the footer's links, and
// no table that pushes the main area sideways at 1366 px (a common laptop screen).
const screenshots = process.env.FURNITURE_SHOTS_DIR ?? fileURLToPath(new URL('../test-output/screenshots/', import.meta.url));
let platform: ConsolePlatform;
let browser: Browser;

beforeAll(async () => {
  await mkdir(screenshots, { recursive: true });
  platform = await startConsolePlatform();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

const FOOTER_LINKS = [
  { name: 'Accessibilité : non conforme', heading: 'Déclaration d’accessibilité', path: '/accessibilite' },
  { name: 'Mentions légales', heading: 'Mentions légales', path: '/mentions-legales' },
  { name: 'Données personnelles', heading: 'Données personnelles', path: '/donnees-personnelles' },
] as const;

const INSTITUTIONAL = ['legifrance.gouv.fr', 'info.gouv.fr', 'service-public.gouv.fr', 'data.gouv.fr'];

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${screenshots}mobilier-${name}.png`, fullPage: true });
}

async function accessible(page: Page, name: string) {
  await shot(page, name);
  expect(await seriousViolations(page), `accessibility of ${name}`).toEqual([]);
}

/** How far a table reaches past its scroll container, the widest (0 when every column shows). */
const tableCut = (page: Page) => page.locator('.fr-table__container').evaluateAll((containers) => Math.max(0, ...containers.map((c) => c.scrollWidth - c.clientWidth)));

/** How far the main area's content reaches past its width (0 when nothing overflows sideways). */
const mainOverflow = (page: Page) => page.locator('main').evaluate((main) => Math.max(main.scrollWidth - main.clientWidth, document.documentElement.scrollWidth - document.documentElement.clientWidth));

describe('the State’s page furniture', () => {
  it('shows the DSFR header and footer on the sign-in page, and the legal pages without signing in', async () => {
    const page = await browser.newPage();
    await page.goto(platform.consoleUrl);
    await page.getByRole('heading', { name: 'Connexion à Qualipref' }).waitFor();
    const header = page.getByRole('banner');
    await expect.poll(() => header.innerText()).toMatch(/République\s+Française[\s\S]*Qualipref/i);
    const footer = page.getByRole('contentinfo');
    for (const link of FOOTER_LINKS) expect(await footer.getByRole('link', { name: link.name }).count(), link.name).toBe(1);
    const hrefs = await footer.locator('a[href^="https://"]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hostname.replace(/^www\./, '')));
    for (const domain of INSTITUTIONAL) expect(hrefs).toContain(domain);
    await accessible(page, 'connexion');

    for (const link of FOOTER_LINKS) {
      await page.goto(platform.consoleUrl);
      await page.getByRole('contentinfo').getByRole('link', { name: link.name }).click();
      await page.getByRole('heading', { name: link.heading, level: 1 }).waitFor();
      expect(new URL(page.url()).pathname).toBe(link.path);
      // Still the State's header and footer, and no sign-in form.
      expect(await page.getByRole('banner').count()).toBe(1);
      expect(await page.getByRole('contentinfo').count()).toBe(1);
      expect(await page.getByLabel('Mot de passe').count()).toBe(0);
      if (link.path === '/mentions-legales') {
        // Nobody signed in: every tenant's publisher.
        for (const t of Object.values(TENANTS)) {
          await page.getByRole('heading', { name: t.publisher.name }).waitFor();
          await page.getByText(`Directeur de la publication : ${t.publisher.director}.`).waitFor();
        }
      }
      if (link.path === '/accessibilite') {
        await page.getByText(/n’est pas un audit RGAA/).waitFor();
        for (const heading of ['État de conformité', 'Contenus non accessibles', 'Environnement de test', 'Retour d’information et contact', 'Voies de recours']) {
          await page.getByRole('heading', { name: heading }).waitFor();
        }
        await page.getByText('Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07').waitFor();
      }
      await accessible(page, `public${link.path.replace('/', '-')}`);
    }
    await page.close();
  });

  for (const tenant of ['metz', 'forbach', 'thionville'] as const) {
    it(`opens each footer link signed in as a ${tenant} user, with the tenant’s publisher in the mentions légales`, async () => {
      const page = await signInOnConsole(await browser.newPage(), platform.consoleUrl, `${tenant}.agent@demo.qualipref.test`);
      const publisher = TENANTS[tenant].publisher;
      for (const link of FOOTER_LINKS) {
        await page.getByRole('contentinfo').getByRole('link', { name: link.name }).click();
        await page.getByRole('heading', { name: link.heading, level: 1 }).waitFor();
        expect(new URL(page.url()).pathname).toBe(link.path);
        // Signed in, within the console: its navigation stays.
        await page.getByRole('button', { name: 'Se déconnecter' }).first().waitFor();
        if (link.path === '/mentions-legales') {
          await page.getByRole('heading', { name: publisher.name, level: 3 }).waitFor();
          await page.getByText(`Directeur de la publication : ${publisher.director}.`).waitFor();
          // Only the user's own tenant.
          const others = Object.values(TENANTS).filter((t) => t.code !== tenant);
          for (const other of others) expect(await page.getByRole('heading', { name: other.publisher.name }).count()).toBe(0);
          if (tenant === 'metz') await accessible(page, 'mentions-legales-metz');
        }
      }
      // Signed out on a legal page, it stays readable (every tenant's publisher now), and the footer's links still work (the DSFR's
      // links are the router's once the signed-in console registered them).
      await page.getByRole('button', { name: 'Se déconnecter' }).first().click();
      await page.getByRole('heading', { name: 'Données personnelles', level: 1 }).waitFor();
      await page.getByRole('contentinfo').getByRole('link', { name: 'Mentions légales' }).click();
      await page.getByRole('heading', { name: 'Mentions légales', level: 1 }).waitFor();
      for (const t of Object.values(TENANTS)) await page.getByRole('heading', { name: t.publisher.name }).waitFor();
      await page.getByRole('banner').locator('a[title^="Accueil"]').first().click();
      await page.getByRole('heading', { name: 'Connexion à Qualipref' }).waitFor();
      await page.close();
    });
  }

  it('keeps the Contentieux and the meeting pages within the main area at 1366 px, and names the DCTAJ’s buttons', async () => {
    const dctaj = await signInOnConsole(await browser.newPage(), platform.consoleUrl, 'metz.agent@demo.qualipref.test');
    await dctaj.setViewportSize({ width: 1366, height: 900 });
    const nav = dctaj.getByRole('navigation', { name: /principal/i });
    await nav.getByRole('link', { name: /Collectivités|affaires juridiques/ }).click();
    await dctaj.getByRole('heading', { name: 'Nouveaux courriers' }).waitFor();
    const actions = dctaj.getByRole('region', { name: 'Nouveaux courriers' }).getByRole('button');
    expect(await actions.allInnerTexts()).toEqual(['Enregistrer un courrier', 'Importer un export de la GED (CSV)']);
    await shot(dctaj, 'dctaj-courriers-1366');
    await dctaj.setViewportSize({ width: 375, height: 800 });
    expect(await actions.allInnerTexts()).toEqual(['Enregistrer un courrier', 'Importer un export de la GED (CSV)']);
    await dctaj.getByRole('region', { name: 'Nouveaux courriers' }).screenshot({ path: `${screenshots}mobilier-dctaj-nouveaux-courriers-375.png` });
    await dctaj.setViewportSize({ width: 1366, height: 900 });
    await dctaj.getByRole('link', { name: 'Contentieux', exact: true }).click();
    await dctaj.getByRole('heading', { name: 'Contentieux', level: 2 }).waitFor();
    await dctaj.locator('table, p[data-empty-table]').first().waitFor();
    await accessible(dctaj, 'dctaj-contentieux-1366');
    expect(await mainOverflow(dctaj), 'horizontal overflow of the Contentieux page').toBe(0);
    expect(await tableCut(dctaj), 'columns of the Contentieux table out of view').toBe(0);
    await dctaj.close();

    const drmm = await signInOnConsole(await browser.newPage(), platform.consoleUrl, 'metz.manager@demo.qualipref.test');
    await drmm.setViewportSize({ width: 1366, height: 900 });
    await drmm.getByRole('navigation', { name: /principal/i }).getByRole('link', { name: 'Comité local des usagers' }).click();
    await drmm.locator('h3 a').first().click();
    await drmm.getByRole('heading', { name: 'Réunions' }).waitFor();
    await drmm.locator('li a[href*="/reunions/"]').first().click();
    await drmm.getByRole('heading', { name: 'Feuille de présence' }).waitFor();
    await shot(drmm, 'drmm-reunion-1366');
    expect(await mainOverflow(drmm), 'horizontal overflow of the meeting page').toBe(0);
    expect(await tableCut(drmm), 'columns of the invitations table out of view').toBe(0);
    await drmm.close();
  });

  it('at 320 px wide, scrolls no page sideways: a wide table scrolls within its own area (RGAA 10.11)', async () => {
    const page = await signInOnConsole(await browser.newPage(), platform.consoleUrl, 'metz.manager@demo.qualipref.test');
    await page.setViewportSize({ width: 320, height: 720 });
    await page.getByRole('heading', { name: 'Tableau de bord', level: 1 }).waitFor();
    expect(await mainOverflow(page), 'horizontal overflow of the dashboard').toBe(0);
    await page.goto(`${platform.consoleUrl}/modules/drmm`);
    await page.locator('h3 a').first().click();
    await page.getByRole('heading', { name: 'Réunions' }).waitFor();
    expect(await mainOverflow(page), 'horizontal overflow of the committee page').toBe(0);
    await page.locator('li a[href*="/reunions/"]').first().click();
    await page.getByRole('heading', { name: 'Feuille de présence' }).waitFor();
    await shot(page, 'drmm-reunion-320');
    expect(await mainOverflow(page), 'horizontal overflow of the meeting page').toBe(0);
    // The label page: its cycle and audits tables scroll within their own area.
    await page.goto(`${platform.consoleUrl}/modules/drmm/label`);
    await page.getByRole('table', { name: 'Cycle d’audit' }).waitFor();
    await shot(page, 'drmm-label-320');
    expect(await mainOverflow(page), 'horizontal overflow of the label page').toBe(0);
    // A survey's results: each bar of the chart keeps most of the width (it shrank to nothing).
    await page.goto(`${platform.consoleUrl}/modules/drmm/enquetes`);
    await page.locator('main a[href*="/enquetes/"]:not([href*="questionnaires"]):not([href*="panels"])').first().click();
    const chart = page.getByTestId('satisfaction-chart');
    await chart.waitFor();
    await shot(page, 'drmm-resultats-320');
    expect(await mainOverflow(page), 'horizontal overflow of the results page').toBe(0);
    const bars = await chart.locator('svg').evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().width));
    expect(bars.length).toBeGreaterThan(0);
    for (const width of bars) expect(width, 'width of a bar of the chart at 320 px').toBeGreaterThan(200);
    await page.close();
  });

  it('at 200 % text, the attendance sheet’s « Présence » selects show their whole value (RGAA 10.4)', async () => {
    const page = await signInOnConsole(await browser.newPage(), platform.consoleUrl, 'metz.manager@demo.qualipref.test');
    await page.goto(`${platform.consoleUrl}/modules/drmm`);
    await page.locator('h3 a').first().click();
    await page.getByRole('heading', { name: 'Réunions' }).waitFor();
    await page.locator('li a[href*="/reunions/"]').first().click();
    await page.getByRole('heading', { name: 'Feuille de présence' }).waitFor();
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    await shot(page, 'drmm-reunion-texte-200');
    const cut = await page.locator('select[id^="presence-"]').evaluateAll((selects) =>
      selects.map((select) => {
        const s = select as HTMLSelectElement;
        const style = getComputedStyle(s);
        const probe = document.createElement('span');
        probe.style.font = style.font;
        probe.style.position = 'absolute';
        probe.style.whiteSpace = 'nowrap';
        probe.textContent = Array.from(s.options).reduce((longest, o) => (o.text.length > longest.length ? o.text : longest), '');
        document.body.append(probe);
        const needed = probe.getBoundingClientRect().width;
        probe.remove();
        const room = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return room >= needed ? null : `${s.id}: ${Math.round(room)} px for ${Math.round(needed)} px`;
      }),
    );
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.filter(Boolean)).toEqual([]);
    await page.close();
  });
});
