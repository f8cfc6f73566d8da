import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { addCalendarDays, toCalendarDate } from '@qualipref/calendar';
import { graphqlData, largestVariables, signIn } from '@qualipref/test-kit';
import { DEMO_PASSWORD } from '@qualipref/demo-fixtures';
import type { Locator, Page } from 'playwright-core';
import type { DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headingJumps, launchBrowser, seriousViolations, signInOnConsole, type Browser } from '../src/browser.js';
import { startConsolePlatform, type ConsolePlatform } from '../src/platform.js';
import { appOperations } from './operations.js';

const screenshots = fileURLToPath(new URL('../test-output/screenshots/', import.meta.url));
let platform: ConsolePlatform;
let browser: Browser;

beforeAll(async () => {
  await mkdir(screenshots, { recursive: true });
  platform = await startConsolePlatform();
  // A browser on UTC, an hour or two from the tenants' clocks: every date and time typed or shown
  // must be the tenant's, never the browser's.
  browser = await launchBrowser({ timezoneId: 'UTC' });
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/** A new tab (its own session storage, so its own session) signed in with a demo account. */
async function signedIn(email: string): Promise<Page> {
  return signInOnConsole(await browser.newPage(), platform.consoleUrl, email);
}

async function accessible(page: Page, name: string) {
  await page.screenshot({ path: `${screenshots}${name}.png`, fullPage: true });
  expect(await seriousViolations(page), `accessibility of ${name}`).toEqual([]);
}

/** The text of a figure of the tableau de suivi (data-figure). */
const figure = (page: Page, key: string) => page.locator(`[data-figure="${key}"] dd`).innerText();

describe('the console in Chromium, against the whole platform', () => {
  it('signs in in French, refuses a wrong password clearly, and is accessible', async () => {
    const page = await browser.newPage();
    await page.goto(platform.consoleUrl);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.getByRole('heading', { name: 'Connexion à Qualipref' }).waitFor();
    await accessible(page, 'connexion');
    // The demo accounts' format, where they exist.
    await page.getByText('Comptes de démonstration : site.rôle@demo.qualipref.test, par exemple metz.agent@demo.qualipref.test').waitFor();
    // The console's own checks, in French, not the browser's (which speak the browser's language).
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText('Indiquez votre adresse électronique professionnelle.').waitFor();
    const email = page.getByLabel('Adresse électronique professionnelle');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('email');
    expect(await page.locator(`#${await email.getAttribute('aria-describedby')}`).innerText()).toBe('Indiquez votre adresse électronique professionnelle.');
    await page.getByText('Indiquez votre mot de passe.').waitFor();
    await accessible(page, 'connexion-champs-manquants');
    await email.fill('metz.agent@demo.qualipref.test');
    await page.getByLabel('Mot de passe').fill('mauvais-mot-de-passe');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText('Connexion impossible').waitFor();
    // A wrong password says so: it is not an expired session.
    await page.getByText('Adresse électronique ou mot de passe incorrect.').waitFor();
    expect(await page.getByText(/session a expiré/).count()).toBe(0);
    await page.screenshot({ path: `${screenshots}connexion-mot-de-passe-incorrect.png`, fullPage: true });
    expect(await page.getByRole('heading', { name: 'Tableau de bord' }).count()).toBe(0);
    await page.close();
  });

  it('keeps a user signed in past their token’s end with the refresh token, and signs out for good', async () => {
    const page = await signedIn('metz.agent@demo.qualipref.test');
    const stored = () => page.evaluate(() => JSON.parse(window.sessionStorage.getItem('qualipref.session') ?? 'null') as { token: string; refreshToken: string; id: string } | null);
    const before = (await stored())!;
    // As if the 15 minutes of the token had passed: the next request refreshes it through the gateway.
    await page.evaluate(() => {
      const session = JSON.parse(window.sessionStorage.getItem('qualipref.session')!) as { expiresAt: string };
      session.expiresAt = new Date(Date.now() - 1000).toISOString();
      window.sessionStorage.setItem('qualipref.session', JSON.stringify(session));
    });
    await page.reload();
    await page.getByRole('heading', { name: 'Tableau de bord', level: 1 }).waitFor();
    const after = (await stored())!;
    expect(after.id).toBe(before.id);
    expect(after.token).not.toBe(before.token);
    expect(after.refreshToken).not.toBe(before.refreshToken);
    // Signing out closes the session on the server: its refresh token is refused from then on.
    await page.getByRole('button', { name: 'Se déconnecter' }).first().click();
    await page.getByRole('heading', { name: 'Connexion à Qualipref' }).waitFor();
    const refreshReason = async () => {
      const response = await fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation($r: String!) { refreshSession(refreshToken: $r) { token } }', variables: { r: after.refreshToken } }),
      });
      const body = (await response.json()) as { errors?: { extensions?: { reason?: string } }[] };
      return body.errors?.[0]?.extensions?.reason;
    };
    // The sign-out call leaves in the background: wait for it to land.
    await expect.poll(refreshReason, { timeout: 15_000 }).toBe('REFRESH_EXPIRED');
    await page.close();
  });

  it('as a DRMM manager, records attendance, corrects and publishes the minutes, reads the survey results', async () => {
    const page = await signedIn('metz.manager@demo.qualipref.test');
    const nav = page.getByRole('navigation', { name: /principal/i });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(['Tableau de bord', 'Comité local des usagers']);
    await accessible(page, 'tableau-de-bord');
    await nav.getByRole('link', { name: 'Comité local des usagers' }).click();
    await page.getByRole('heading', { name: 'Comités', level: 2 }).waitFor();
    await accessible(page, 'drmm-comites');
    await page.locator('h3 a').first().click();
    await page.getByRole('heading', { name: 'Réunions' }).waitFor();
    await page.locator('li a[href*="/reunions/"]').first().click();
    await page.getByRole('heading', { name: 'Feuille de présence' }).waitFor();

    const select = page.locator('select[id^="presence-"]').first();
    const invitationId = (await select.getAttribute('id'))!.replace('presence-', '');
    const next = (await select.inputValue()) === 'EXCUSED' ? 'ABSENT' : 'EXCUSED';
    await select.selectOption(next);
    await page.getByRole('button', { name: 'Enregistrer les présences' }).click();
    await page.getByText('Présences enregistrées.').waitFor();
    await accessible(page, 'drmm-reunion');

    const meetingId = new URL(page.url()).pathname.split('/').pop()!;
    const token = await signIn(platform.gatewayUrl, 'metz.manager@demo.qualipref.test');
    const data = await graphqlData<{ meeting: { invitations: { nodes: { id: string; attendance: string }[] } } }>(platform.gatewayUrl, 'query ($id: ID!) { meeting(id: $id) { invitations(first: 100) { nodes { id attendance } } } }', { id: meetingId }, token);
    expect(data.meeting.invitations.nodes.find((i) => i.id === invitationId)?.attendance).toBe(next);

    // The minutes: a correction of the published version, written, validated and published (C5).
    await page.getByRole('button', { name: 'Corriger (nouvelle version)' }).click();
    const editor = page.getByRole('form', { name: 'Rédaction du relevé de conclusions' });
    const conclusions = editor.locator('textarea[id^="conclusions-"]').first();
    await conclusions.fill(`${await conclusions.inputValue()} Rectificatif : la prochaine réunion se tiendra au premier semestre.`);
    await accessible(page, 'drmm-releve-brouillon');
    await editor.getByRole('button', { name: 'Enregistrer et valider' }).click();
    await page.getByRole('button', { name: 'Publier le relevé' }).click();
    // Published once the page shows it so; then it is version 2 with the new conclusions.
    const title = page.locator('#releve-titre', { hasText: 'Publié' });
    await title.waitFor();
    expect(await title.textContent()).toContain('version 2');
    await page.getByText('Rectificatif : la prochaine réunion se tiendra au premier semestre.').waitFor();

    // The survey results with the comparison to the previous year (S3).
    await page.getByRole('link', { name: 'Enquêtes' }).click();
    await page.getByRole('link', { name: 'Enquête annuelle de satisfaction des usagers 2015' }).click();
    const dimensions = page.locator('table', { hasText: 'Taux de satisfaits ou très satisfaits par dimension' });
    await dimensions.waitFor();
    expect(await dimensions.locator('tr', { hasText: 'Accueil téléphonique' }).textContent()).toContain('En recul');
    await accessible(page, 'drmm-enquete');

    // The feedback inbox (S5): the hall's suggestion cards and the contact form's messages.
    await page.getByRole('link', { name: 'Remarques' }).click();
    await page.getByRole('heading', { name: 'Remarques et suggestions' }).waitFor();
    await page.getByText(/\d+ remarques?\.|Aucune remarque/).waitFor();
    await accessible(page, 'drmm-remarques');
    await page.close();
  });

  it('as the quality team, reads the label’s indicators across the three domains', async () => {
    const page = await signedIn('metz.manager@demo.qualipref.test');
    await page.goto(`${platform.consoleUrl}/modules/drmm/qualite`);
    await page.getByRole('heading', { name: 'Indicateurs qualité' }).waitFor();
    await page.getByLabel('Année').selectOption('2015');
    await page.locator('[data-figure="courriers-recus"] dd').waitFor();
    await page.getByText(/Enquête annuelle de satisfaction des usagers 2015 — \d+ répondants/).waitFor();
    await page.locator('[data-figure="plan-actions"] dd').waitFor();
    expect(Number((await page.locator('[data-figure="courriers-recus"] dd').innerText()).replace(/\s/g, ''))).toBeGreaterThan(0);
    expect(await page.locator('[data-figure="plan-actions"] dd').innerText()).toMatch(/\d+ \/ \d+ réalisées/);
    await accessible(page, 'drmm-qualite');
    await page.close();
  });

  it('as the quality team, reads the label: Qual-e-pref with its audit cycle and next deadline, the engagements and their indicators, the labels before', async () => {
    const page = await signedIn('metz.manager@demo.qualipref.test');
    await page.goto(`${platform.consoleUrl}/modules/drmm/label`);
    const current = page.getByRole('region', { name: 'Qual-e-pref 2019' });
    await current.getByRole('table', { name: 'Cycle d’audit' }).waitFor();
    expect(await current.innerText()).toMatch(/Labellisé le \d+(er)? [a-zéû]+ \d{4}, label valable jusqu’au/);
    expect(await page.locator('[data-next-deadline="QUAL_E_PREF"]').innerText()).toMatch(/^Prochaine échéance : audit (interne|de renouvellement) avant le \d{2}\/\d{2}\/\d{4}/);
    const programme = page.getByRole('region', { name: 'Services Publics + 2023' });
    await programme.getByRole('button', { name: /^Engagement 6/ }).click();
    await programme.getByRole('row', { name: /^Taux de décroché par un agent/ }).waitFor();
    expect(await page.getByRole('region', { name: 'Labels précédents' }).innerText()).toMatch(/Marianne 2008[\s\S]*Qualipref 2\.0 : labellisé[\s\S]*relations avec les collectivités territoriales/);
    await accessible(page, 'drmm-label');
    await page.close();
  });

  it('as the quality team, computes the 2025 indicators, imports a CSV, and reads each one’s value with its source', async () => {
    const page = await signedIn('metz.manager@demo.qualipref.test');
    await page.goto(`${platform.consoleUrl}/modules/drmm/label`);
    await page.getByRole('button', { name: 'Calculer les indicateurs 2025' }).click();
    await page.getByText(/^16 indicateurs calculés pour 2025/).waitFor();
    const programme = page.getByRole('region', { name: 'Services Publics + 2023' });
    await programme.getByRole('button', { name: /^Engagement 4/ }).click();
    const delays = programme.getByRole('row', { name: /^Courriels traités dans le délai annoncé/ });
    // Badges are written in capitals by the DSFR's style.
    expect(await delays.innerText()).toMatch(/\d+,\d\s%[\s\S]*\d+ sur \d+[\s\S]*Calculé[\s\S]*Tableau de suivi du 01\/01\/2025 au 31\/12\/2025[\s\S]*Responsable MACAP \(démo\), le \d{2}\/\d{2}\/\d{4}/i);
    await programme.getByRole('button', { name: /^Engagement 6/ }).click();
    expect(await programme.getByRole('row', { name: /^Part des démarches en ligne notées au moins 8\/10/ }).innerText()).toMatch(/78,0\s%[\s\S]*Importé[\s\S]*Je donne mon avis/i);
    await programme.getByRole('button', { name: /^Engagement 2/ }).click();
    expect(await programme.getByRole('row', { name: /^Espace France Services à moins de trente minutes/ }).innerText()).toMatch(/25 min[\s\S]*Atteinte[\s\S]*Saisi/i);
    await accessible(page, 'drmm-label-indicateurs');
    // The agent pick-up rate of the last quarter, as the telephony exports it.
    await page.getByRole('button', { name: 'Importer des indicateurs (CSV)' }).click();
    const form = page.getByRole('form', { name: 'Importer des indicateurs' });
    const csv = 'Référentiel;Indicateur;Période;Valeur;Unité;Source;Effectif\nQUAL_E_PREF;TAUX_DECROCHE_AGENT;2025-T4;84 %;taux (de 0 à 1);Export de la téléphonie, 4e trimestre 2025;6912\n';
    await form.getByLabel(/^Fichier CSV/).setInputFiles({ name: 'telephonie-2025-t4.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await form.getByRole('button', { name: 'Importer', exact: true }).click();
    await form.getByText('1 valeur créée, 0 mise à jour, 0 inchangée.').waitFor();
    await page.close();
  });

  it('as a sous-préfecture’s manager, computes its indicators; a préfecture analyst reads each site’s labelling and indicators with their source', async () => {
    const forbach = await signedIn('forbach.manager@demo.qualipref.test');
    await forbach.getByRole('navigation', { name: /principal/i }).getByRole('link', { name: 'Comité local des usagers' }).click();
    // Each page of the programme answers for Forbach, without an error.
    for (const tab of ['Comités', 'Propositions', 'Plan d’actions', 'Enquêtes', 'Bornes du hall', 'Remarques', 'Indicateurs qualité', 'Publication trimestrielle']) {
      await forbach.getByRole('link', { name: tab, exact: true }).click();
      await forbach.waitForLoadState('networkidle');
      expect(await forbach.locator('main .fr-alert--error').count(), tab).toBe(0);
      expect(await forbach.locator('main').innerText(), tab).not.toContain('Préfecture de la Moselle');
    }
    await forbach.getByRole('link', { name: 'Label', exact: true }).click();
    await forbach.getByRole('button', { name: 'Calculer les indicateurs 2025' }).click();
    await forbach.getByText(/^16 indicateurs calculés pour 2025/).waitFor();
    await forbach.close();
    // Thionville's administrator runs it through the API, as a script would.
    const token = await signIn(platform.gatewayUrl, 'thionville.administrator@demo.qualipref.test', DEMO_PASSWORD);
    await graphqlData(platform.gatewayUrl, 'mutation { computeIndicatorValues(period: "2025") { reason } }', {}, token);

    const page = await signedIn('metz.analyst@demo.qualipref.test');
    const switcher = page.getByLabel('Site consulté');
    await switcher.locator('option').nth(2).waitFor({ state: 'attached' });
    for (const site of ['Sous-préfecture de Forbach', 'Sous-préfecture de Thionville']) {
      // The site chosen stays for the tab's session, through a new page too.
      await switcher.selectOption({ label: site });
      await page.locator('header').getByText(site).waitFor();
      await page.goto(`${platform.consoleUrl}/modules/drmm/label`);
      await page.locator('header').getByText(site).waitFor();
      const current = page.getByRole('region', { name: 'Qual-e-pref 2019' });
      await current.getByRole('table', { name: 'Cycle d’audit' }).waitFor();
      expect(await current.locator('[data-next-deadline="QUAL_E_PREF"]').innerText()).toMatch(/^Prochaine échéance : audit/);
      await current.getByRole('button', { name: 'Point 4 — Téléphonie' }).click();
      expect(await current.getByRole('row', { name: /^Taux de décroché global/ }).innerText()).toMatch(/\d+,\d\s%[\s\S]*Calculé[\s\S]*Statistiques de téléphonie/i);
      expect(await current.getByRole('row', { name: /^Taux de décroché par un agent/ }).innerText()).toMatch(/Importé/i);
      // Reading is not steering: neither computation nor entry.
      expect(await page.getByRole('button', { name: 'Calculer les indicateurs 2025' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /^Saisir/ }).count()).toBe(0);
    }
    await accessible(page, 'drmm-label-thionville');
    await page.close();
  });

  it('as the manager steering the label, computes a quarter, publishes it, opens its poster without signing in, and corrects it; the analyst only reads', async () => {
    const page = await signedIn('metz.manager@demo.qualipref.test');
    await page.goto(`${platform.consoleUrl}/modules/drmm/label`);
    await page.getByRole('heading', { name: 'Label qualité' }).waitFor();
    await page.getByRole('navigation', { name: /^Rubriques/ }).getByRole('link', { name: 'Publication trimestrielle' }).click();
    await page.getByRole('heading', { name: 'Publication trimestrielle', level: 2 }).waitFor();
    // The last quarter ended on the tenant's clock, cut off today by default.
    expect(await page.getByLabel('Trimestre', { exact: true }).inputValue()).toBe('2026-T3');
    expect(await page.getByLabel(/^Date d’arrêté des chiffres/).inputValue()).toBe(platform.asOf);
    await page.getByText('Les résultats du 3e trimestre 2026 ne sont pas encore publiés.').waitFor();
    await page.getByRole('button', { name: 'Calculer les indicateurs du 3e trimestre 2026' }).click();
    await page.getByText(/^\d+ indicateurs? calculés? pour le 3e trimestre 2026/).waitFor();
    const draft = page.getByRole('table', { name: /^Chiffres du 3e trimestre 2026 arrêtés au/ });
    const agent = draft.getByRole('row', { name: /^Taux de décroché par un agent/ });
    await agent.waitFor();
    expect(await draft.getByText('Calculé', { exact: true }).count()).toBeGreaterThan(0);
    await accessible(page, 'drmm-publication-projet');

    // Validated and published once confirmed, the confirmation saying it is public and final; with the keyboard.
    await page.getByRole('button', { name: 'Valider et publier' }).focus();
    await page.keyboard.press('Enter');
    const confirmation = page.getByRole('group', { name: 'Publier les résultats du 3e trimestre 2026 ?' });
    expect(await confirmation.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await confirmation.innerText()).toContain('La publication est publique et définitive');
    await accessible(page, 'drmm-publication-confirmation');
    await confirmation.getByRole('button', { name: 'Confirmer la publication' }).click();
    const published = page.getByText('Résultats du 3e trimestre 2026 publiés : version 1 en vigueur.');
    await published.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('version 1 en vigueur');
    const versions = page.getByRole('table', { name: 'Versions publiées du 3e trimestre 2026' });
    expect(await versions.getByRole('row', { name: /^Version 1/ }).innerText()).toMatch(/En vigueur[\s\S]*Responsable MACAP \(démo\)/i);
    expect(await page.getByRole('button', { name: 'Valider et publier' }).count()).toBe(0);

    // The hall's poster: a plain link to the gateway, which anyone opens without signing in.
    const poster = versions.getByRole('link', { name: /^Affiche A4 de la version 1/ });
    const href = (await poster.getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^${platform.gatewayUrl.replace(/\/graphql$/, '')}/public/quality/transparence/[0-9a-f-]+/2026-T3-v1-A4\\.pdf$`));
    const response = await fetch(href);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const [download] = await Promise.all([page.waitForEvent('download'), poster.click()]);
    expect(download.suggestedFilename()).toBe('resultats-2026-T3-v1-affiche-A4.pdf');
    for (const name of [/^Affiche A3 de la version 1/, /^Données de la version 1 CSV/, /^Données de la version 1 JSON/]) expect(await versions.getByRole('link', { name }).getAttribute('href')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/public\/quality\/transparence\//);

    // The telephony's agent pick-up of the quarter, entered (or entered again) afterwards, as a script would: a correction publishes it.
    const token = await signIn(platform.gatewayUrl, 'metz.manager@demo.qualipref.test');
    const { publicationDraft } = await graphqlData<{ publicationDraft: { figures: { indicator: { id: string; code: string } }[] } }>(platform.gatewayUrl, 'query { publicationDraft(quarter: "2026-T3") { figures { indicator { id code } } } }', {}, token);
    const indicatorId = publicationDraft.figures.find((f) => f.indicator.code === 'TAUX_DECROCHE_AGENT')!.indicator.id;
    await graphqlData(platform.gatewayUrl, 'mutation ($i: EnterIndicatorValueInput!) { enterIndicatorValue(input: $i) { id } }', { i: { indicatorId, period: '2026-T3', value: 0.7654, unit: 'RATE', origin: 'Export de la téléphonie, 3e trimestre 2026, corrigé' } }, token);
    await page.getByRole('button', { name: 'Afficher les chiffres' }).click();
    await expect.poll(() => agent.innerText()).toMatch(/76,5\s%[\s\S]*Saisi[\s\S]*Modifiée depuis la version 1/i);
    await page.getByRole('button', { name: 'Publier une correction' }).click();
    const correction = page.getByRole('form', { name: 'Publier une correction' });
    const reason = correction.getByLabel(/^Motif de la correction/);
    expect(await reason.evaluate((e) => e === document.activeElement)).toBe(true);
    // Without a reason: said beside the field, nothing sent.
    await correction.getByRole('button', { name: 'Publier la correction' }).click();
    await correction.getByText('Renseignez « Motif de la correction ».').waitFor();
    await page.keyboard.type('Taux de décroché par un agent reçu de la téléphonie après la publication.');
    await correction.getByRole('button', { name: 'Publier la correction' }).click();
    await page.getByText('Correction publiée : version 2 en vigueur, la version 1 est remplacée.').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Correction publiée');
    expect(await versions.getByRole('row', { name: /^Version 1/ }).innerText()).toMatch(/Remplacée/i);
    expect(await versions.getByRole('row', { name: /^Version 2/ }).innerText()).toMatch(/En vigueur[\s\S]*Taux de décroché par un agent reçu de la téléphonie/i);
    await accessible(page, 'drmm-publication-corrigee');

    // A correction that changes nothing is refused with the API's words, in an alert that takes the focus.
    await page.getByRole('button', { name: 'Publier une correction' }).click();
    await page.keyboard.type('Sans changement.');
    await correction.getByRole('button', { name: 'Publier la correction' }).click();
    const refusal = correction.getByText(/^Correction refusée : Les valeurs relevées sont celles de la version publiée/);
    await refusal.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^Correction refusée/);
    await correction.getByRole('button', { name: 'Annuler' }).click();

    // At 320 px wide the page reflows: nothing wider than the window but the tables, which scroll within themselves.
    await page.setViewportSize({ width: 320, height: 800 });
    await page.getByRole('button', { name: 'Publier une correction' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await accessible(page, 'drmm-publication-320px');
    await page.close();

    // The analyst reads the versions and the figures; publishing is not theirs.
    const analyst = await signedIn('metz.analyst@demo.qualipref.test');
    await analyst.goto(`${platform.consoleUrl}/modules/drmm/publication`);
    const listed = analyst.getByRole('table', { name: 'Versions publiées du 3e trimestre 2026' });
    await listed.getByRole('row', { name: /^Version 2/ }).waitFor();
    await analyst.getByRole('table', { name: /^Chiffres du 3e trimestre 2026 arrêtés au/ }).waitFor();
    for (const name of ['Valider et publier', 'Publier une correction', 'Calculer les indicateurs du 3e trimestre 2026']) expect(await analyst.getByRole('button', { name }).count(), name).toBe(0);
    await accessible(analyst, 'drmm-publication-analyste');
    await analyst.close();
  });

  it('as the committee’s secretariat, moves a proposal on and reports an action done', async () => {
    const page = await signedIn('metz.manager@demo.qualipref.test');
    await page.goto(`${platform.consoleUrl}/modules/drmm/propositions`);
    const row = page.locator('tbody tr', { hasText: 'À l’étude' }).first();
    const text = (await row.locator('th').innerText()).split('\n')[0]!;
    await row.getByRole('button', { name: 'Faire avancer' }).click();
    const form = row.getByRole('form', { name: 'Suite donnée à la proposition' });
    await form.getByLabel('Nouveau statut').selectOption('ACCEPTED');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await form.waitFor({ state: 'detached' });
    const token = await signIn(platform.gatewayUrl, 'metz.manager@demo.qualipref.test');
    const { proposals } = await graphqlData<{ proposals: { nodes: { text: string; status: string }[] } }>(platform.gatewayUrl, '{ proposals(first: 100) { nodes { text status } } }', {}, token);
    expect(proposals.nodes.find((p) => p.text === text)?.status).toBe('ACCEPTED');
    await accessible(page, 'drmm-propositions');

    // The action plan board: an action reported done moves to its column (C7).
    await page.getByRole('link', { name: 'Plan d’actions' }).click();
    const done = page.getByRole('region', { name: /^Réalisée \(\d+\)$/ });
    await done.waitFor();
    const doneBefore = Number(/\((\d+)\)/.exec((await done.getAttribute('aria-label'))!)![1]);
    await page.getByRole('button', { name: 'Mettre à jour l’avancement' }).first().click();
    const progress = page.getByRole('form', { name: 'Avancement de l’action' });
    await progress.getByLabel('Avancement (%)').fill('100');
    await progress.getByLabel('Commentaire (facultatif)').fill('Action achevée.');
    await progress.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('region', { name: `Réalisée (${doneBefore + 1})` }).waitFor();
    await accessible(page, 'drmm-plan');
    await page.close();
  });

  it('as a DCTAJ agent, answers an item and sees the tableau de suivi change', async () => {
    const token = await signIn(platform.gatewayUrl, 'metz.agent@demo.qualipref.test');
    const { me } = await graphqlData<{ me: { directorate: { id: string } } }>(platform.gatewayUrl, '{ me { directorate { id } } }', {}, token);
    const open = await graphqlData<{ correspondenceItems: { nodes: { id: string; receivedOn: string; status: string }[] } }>(
      platform.gatewayUrl,
      'query ($f: CorrespondenceItemFilter!) { correspondenceItems(filter: $f, first: 1) { nodes { id receivedOn status } } }',
      { f: { directorateId: me.directorate.id, status: 'OPEN_LATE' } },
      token,
    );
    const item = open.correspondenceItems.nodes[0]!;
    expect(item).toBeDefined();

    const page = await signedIn('metz.agent@demo.qualipref.test');
    await page.getByRole('navigation', { name: /principal/i }).getByRole('link', { name: 'Collectivités et affaires juridiques' }).click();
    await page.getByRole('heading', { name: 'Tableau de suivi' }).waitFor();
    await page.getByLabel('Année').selectOption(item.receivedOn.slice(0, 4));
    await page.getByLabel('Statut').selectOption('OPEN_LATE');
    const card = page.locator(`[data-item-id="${item.id}"]`);
    await card.waitFor();
    await page.locator('[data-figure="received"]').waitFor();
    const backlogBefore = Number(await figure(page, 'backlog'));
    const answeredBefore = Number(await figure(page, 'answered'));
    await accessible(page, 'dctaj-courriers');

    await card.getByRole('button', { name: 'Répondre' }).click();
    await card.getByRole('button', { name: 'Enregistrer la réponse' }).click();
    // The tableau is computed again by the server after the answer.
    await page.waitForFunction(
      ([before]) => before !== undefined && Number(document.querySelector('[data-figure="backlog"] dd')?.textContent) === before - 1,
      [backlogBefore],
      { timeout: 60_000 },
    );
    expect(Number(await figure(page, 'answered'))).toBe(answeredBefore + 1);
    await card.waitFor({ state: 'detached' });

    await page.getByRole('link', { name: 'Contrôle de légalité' }).click();
    await page.getByRole('heading', { name: 'Contrôle de légalité' }).waitFor();
    await page.locator('table tbody tr').first().waitFor();
    await accessible(page, 'dctaj-legalite');
    await page.close();
  });

  it('says « délai expiré sans déféré » only of an act the prefecture contested, and which arrondissements Metz covers', async () => {
    // Two acts received seventy days before the demo's last day: their two months have run out, neither was referred.
    const received = addCalendarDays(platform.asOf, -70);
    const token = await signIn(platform.gatewayUrl, 'metz.agent@demo.qualipref.test');
    const RECORD = 'mutation ($input: LegalityControlInput!) { recordLegalityControl(input: $input) { id } }';
    await graphqlData(platform.gatewayUrl, RECORD, { input: { collectiviteName: 'Commune de Rozérieulles (acte non contesté)', actKind: 'Délibération — tarifs', receivedAt: received } }, token);
    await graphqlData(platform.gatewayUrl, RECORD, { input: { collectiviteName: 'Commune de Lessy (observations restées sans suite)', actKind: 'Délibération — tarifs', receivedAt: received, observationsSentAt: addCalendarDays(received, 10) } }, token);
    const page = await signedIn('metz.agent@demo.qualipref.test');
    await page.goto(`${platform.consoleUrl}/modules/dctaj/legalite`);
    await page.getByText('Arrondissements couverts : Metz, Forbach-Boulay-Moselle, Sarrebourg-Château-Salins, Sarreguemines, Thionville.').waitFor();
    await page.locator('tr', { hasText: 'Commune de Rozérieulles' }).getByText('Délai écoulé, non contesté').waitFor();
    expect(await page.locator('tr', { hasText: 'Commune de Rozérieulles' }).innerText()).not.toContain('Délai expiré sans déféré');
    await page.locator('tr', { hasText: 'Commune de Lessy' }).getByText('Délai expiré sans déféré').waitFor();
    await accessible(page, 'dctaj-legalite-delais');
    await page.close();
  });

  it('refuses, beside its field, a recours gracieux dated before the elected official was informed', async () => {
    // An act of the demo's last day, newest of the list, of which the elected official was not informed.
    const collectivite = 'Commune de Marly (recours sans information préalable)';
    const token = await signIn(platform.gatewayUrl, 'metz.agent@demo.qualipref.test');
    await graphqlData(platform.gatewayUrl, 'mutation ($c: String!, $r: String!) { recordLegalityControl(input: { collectiviteName: $c, actKind: "Arrêté du maire — circulation", receivedAt: $r }) { id } }', { c: collectivite, r: platform.asOf }, token);
    const page = await signedIn('metz.agent@demo.qualipref.test');
    await page.goto(`${platform.consoleUrl}/modules/dctaj/legalite`);
    const row = page.locator('tr', { hasText: collectivite });
    await row.getByRole('button', { name: 'Modifier' }).click();
    const form = page.getByRole('form', { name: /Commune de Marly/ });
    await form.getByLabel('Recours gracieux adressé le').fill(platform.asOf);
    await form.getByText('Renseignez d’abord la date d’information de l’élu').waitFor();
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    // The console says it beside the field, which takes the focus, and sends nothing.
    const recours = form.getByLabel('Recours gracieux adressé le');
    await expect.poll(() => recours.getAttribute('aria-invalid')).toBe('true');
    expect(await recours.evaluate((field) => field === document.activeElement)).toBe(true);
    expect(await form.innerText()).toContain('information préalable de l');
    await page.close();
  });

  it('as a Forbach agent, sees Forbach only', async () => {
    const page = await signedIn('forbach.agent@demo.qualipref.test');
    await page.getByRole('heading', { name: /Délais de réponse — Sous-préfecture de Forbach/ }).waitFor();
    expect(await page.locator('header').innerText()).toContain('Sous-préfecture de Forbach');
    expect(await page.getByLabel('Site consulté').count()).toBe(0);
    const rows = await page.locator('[data-testid="dashboard-table"] tbody th').allInnerTexts();
    expect(rows).toEqual(['SPF', 'Total']);
    const text = await page.locator('body').innerText();
    expect(text).not.toContain('Préfecture de la Moselle');
    expect(text).not.toContain('Thionville');
    await accessible(page, 'forbach');
    const nav = page.getByRole('navigation', { name: /principal/i });
    // Their secretariat steers Forbach's label: its quality programme is theirs too.
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(['Tableau de bord', 'Comité local des usagers', 'Courrier de la sous-préfecture']);
    // Their module: the correspondence of the sous-préfecture's secretariat, Forbach's only.
    await nav.getByRole('link', { name: 'Courrier de la sous-préfecture' }).click();
    await page.getByText('Secrétariat général de la sous-préfecture de Forbach').waitFor();
    await page.getByRole('heading', { name: 'Tableau de suivi' }).waitFor();
    const moduleText = await page.locator('main').innerText();
    expect(moduleText).not.toContain('Thionville');
    expect(moduleText).not.toContain('Préfecture de la Moselle');
    await accessible(page, 'forbach-courrier');
    // A module of the préfecture is not open to them, even by its address.
    await page.goto(`${platform.consoleUrl}/modules/dctaj`);
    await page.getByRole('heading', { name: 'Page introuvable' }).waitFor();
    await page.close();
  });

  it('as a DRMM manager, schedules the next meeting of the committee with its agenda and invitees', async () => {
    const page = await signedIn('metz.manager@demo.qualipref.test');
    await page.getByRole('navigation', { name: /principal/i }).getByRole('link', { name: 'Comité local des usagers' }).click();
    await page.locator('h3 a').first().click();
    await page.getByRole('button', { name: 'Programmer une réunion' }).click();
    const form = page.getByRole('form', { name: 'Programmer une réunion' });
    // Sent empty: the console's own French messages beside the fields, nothing asked of the API.
    await form.getByRole('button', { name: 'Programmer la réunion' }).click();
    await form.getByText('Indiquez l’intitulé de la réunion.').waitFor();
    expect(await form.getByLabel(/^Intitulé/).getAttribute('aria-invalid')).toBe('true');
    await form.getByText('Indiquez l’intitulé du point 1 de l’ordre du jour.').waitFor();
    await form.getByLabel(/^Intitulé/).fill('Réunion annuelle du comité');
    // A month after the demo's last day, so always a meeting to come.
    const day = addCalendarDays(platform.asOf, 30);
    await form.getByLabel('Date et heure').fill(`${day}T14:30`);
    await form.getByLabel(/^Lieu/).fill('salle Verlaine, préfecture de Metz');
    await form.getByLabel('Point 1', { exact: true }).fill('Bilan du plan d’actions');
    await form.getByRole('button', { name: 'Ajouter un point' }).click();
    await form.getByLabel('Point 2', { exact: true }).fill('Résultats de l’enquête de satisfaction');
    const invited = await form.locator('input[id^="invite-"]:checked').count();
    expect(invited).toBeGreaterThan(0);
    await accessible(page, 'drmm-programmer-reunion');
    await form.getByRole('button', { name: 'Programmer la réunion' }).click();
    await page.getByRole('heading', { name: 'Réunion annuelle du comité', level: 2 }).waitFor();
    // 14:30 typed in a browser on UTC is 14:30 in Metz, and shown so.
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('UTC');
    expect(await page.locator('main').innerText()).toContain('14:30 · salle Verlaine');
    expect(await page.locator('ol li').allInnerTexts()).toEqual(['Bilan du plan d’actions', 'Résultats de l’enquête de satisfaction']);
    // Every member in office is on the attendance sheet, to be marked after the meeting.
    expect(await page.locator('select[id^="presence-"]').count()).toBe(invited);
    await page.close();
  });

  it('as a sous-préfecture’s manager, schedules a meeting of its own CLU, chaired by the sous-préfet', async () => {
    const page = await signedIn('forbach.manager@demo.qualipref.test');
    await page.getByRole('navigation', { name: /principal/i }).getByRole('link', { name: 'Comité local des usagers' }).click();
    await page.locator('h3 a').first().waitFor();
    expect(await page.locator('main').innerText()).not.toContain('Préfecture de la Moselle');
    await page.locator('h3 a').first().click();
    await page.getByRole('button', { name: 'Programmer une réunion' }).click();
    const form = page.getByRole('form', { name: 'Programmer une réunion' });
    await form.getByLabel(/^Intitulé/).fill('Réunion du comité de Forbach');
    await form.getByLabel('Date et heure').fill(`${addCalendarDays(platform.asOf, 40)}T10:00`);
    await form.getByLabel(/^Lieu/).fill('salle du conseil, sous-préfecture de Forbach');
    await form.getByLabel('Point 1', { exact: true }).fill('Résultats des indicateurs de l’année');
    await form.getByRole('button', { name: 'Programmer la réunion' }).click();
    await page.getByRole('heading', { name: 'Réunion du comité de Forbach', level: 2 }).waitFor();
    expect(await page.locator('main').innerText()).toMatch(/10:00 · salle du conseil, sous-préfecture de Forbach · présidée par le sous-préfet de Forbach/i);
    await accessible(page, 'forbach-reunion');
    await page.close();
  });

  it('as a sous-préfecture’s administrator, issues a token for its hall tablet', async () => {
    const page = await signedIn('thionville.administrator@demo.qualipref.test');
    await page.getByRole('navigation', { name: /principal/i }).getByRole('link', { name: 'Comité local des usagers' }).click();
    await page.getByRole('link', { name: 'Bornes du hall', exact: true }).click();
    const deviceName = 'Hall de la sous-préfecture de Thionville';
    await page.getByLabel(/^Nouvelle borne : où se trouve-t-elle \?/).fill(deviceName);
    await page.getByRole('button', { name: 'Délivrer un jeton' }).click();
    const token = page.getByTestId('kiosk-token');
    await token.waitFor();
    expect((await token.innerText()).trim().length).toBeGreaterThan(20);
    await page.getByRole('row', { name: deviceName }).waitFor();
    await accessible(page, 'thionville-jeton-borne');
    await page.close();
  });

  it('as a DLP agent, finds the DLP module and registers a letter, filed under the DLP', async () => {
    const page = await signedIn('metz.dlp.agent@demo.qualipref.test');
    const nav = page.getByRole('navigation', { name: /principal/i });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(['Tableau de bord', 'Libertés publiques']);
    await nav.getByRole('link', { name: 'Libertés publiques' }).click();
    await page.getByRole('heading', { name: 'Tableau de suivi' }).waitFor();
    await page.getByRole('button', { name: 'Enregistrer un courrier' }).click();
    const form = page.getByRole('form', { name: 'Nouveau courrier' });
    await form.getByRole('button', { name: 'Enregistrer le courrier' }).click();
    await form.getByText('Indiquez l’objet du courrier.').waitFor();
    expect(await form.getByLabel('Objet').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Enregistrement refusé').count()).toBe(0);
    await form.getByLabel('Objet').fill('Demande de renseignements sur une manifestation sportive');
    await form.getByRole('button', { name: 'Enregistrer le courrier' }).click();
    await page.getByText('Courrier enregistré').waitFor();
    await accessible(page, 'dlp-courrier-enregistre');
    const token = await signIn(platform.gatewayUrl, 'metz.dlp.agent@demo.qualipref.test');
    const { correspondenceItems } = await graphqlData<{ correspondenceItems: { nodes: { subject: string; directorate: { code: string } }[] } }>(
      platform.gatewayUrl,
      'query ($f: CorrespondenceItemFilter!) { correspondenceItems(filter: $f, first: 50) { nodes { subject directorate { code } } } }',
      { f: { status: 'OPEN_ON_TIME', from: toCalendarDate(new Date()) } },
      token,
    );
    expect(correspondenceItems.nodes.filter((i) => i.subject === 'Demande de renseignements sur une manifestation sportive').map((i) => i.directorate.code)).toEqual(['DLP']);
    await page.close();
  });

  it('as a préfecture analyst, switches to a sous-préfecture and queries the gateway in GraphiQL', async () => {
    const page = await signedIn('metz.analyst@demo.qualipref.test');
    const switcher = page.getByLabel('Site consulté');
    // The tenants come with their own query, after the switcher shows the user's own.
    await switcher.locator('option').nth(2).waitFor({ state: 'attached' });
    expect(await switcher.locator('option').allInnerTexts()).toEqual(['Préfecture de la Moselle', 'Sous-préfecture de Forbach', 'Sous-préfecture de Thionville']);
    await switcher.selectOption({ label: 'Sous-préfecture de Thionville' });
    await page.getByRole('heading', { name: /Délais de réponse — Sous-préfecture de Thionville/ }).waitFor();
    expect(await page.locator('header').innerText()).toContain('Sous-préfecture de Thionville');
    // The modules of the directorates Thionville has: its secretariat's and its quality programme, not the préfecture's directorates'.
    const nav = page.getByRole('navigation', { name: /principal/i });
    await nav.getByRole('link', { name: 'Courrier de la sous-préfecture' }).waitFor();
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(['Tableau de bord', 'Comité local des usagers', 'Courrier de la sous-préfecture', 'Requêtes GraphQL']);
    await nav.getByRole('link', { name: 'Courrier de la sous-préfecture' }).click();
    await page.getByText('Secrétariat général de la sous-préfecture de Thionville').waitFor();
    await nav.getByRole('link', { name: 'Requêtes GraphQL' }).click();
    await page.getByRole('heading', { name: 'Requêtes GraphQL' }).waitFor();
    await page.locator('.graphiql-container').waitFor();
    await page.getByText('TableauDesDirections').first().waitFor();
    // The first saved query opens with its variables (the tenant consulted, last year), not an empty variables editor.
    const variables = page.locator('.qp-graphiql .graphiql-editor-tool .graphiql-editor:not(.hidden) .view-lines').first();
    await expect.poll(() => variables.innerText().catch(() => ''), { message: 'the variables of TableauDesDirections' }).toMatch(/"tenantId"[\s\S]*"from"/);
    // Tab indents in the editor; F6 leaves it forward, Shift+F6 backward, as the page says.
    expect(await page.locator('.qp-graphiql').getAttribute('lang')).toBe('en');
    await page.locator('.qp-graphiql .monaco-editor textarea').first().focus();
    await page.keyboard.press('F6');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('apres-editeur');
    await page.locator('.qp-graphiql .monaco-editor textarea').first().focus();
    await page.keyboard.press('Shift+F6');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Passer l’éditeur de requêtes');
    await page.screenshot({ path: `${screenshots}analyse-graphiql.png`, fullPage: true });
    await page.close();
  });

  it('gives every page its own title, the most specific part first, and headings that nest', async () => {
    const page = await signedIn('metz.analyst@demo.qualipref.test');
    const paths = ['/', '/modules/drmm', '/modules/drmm/propositions', '/modules/drmm/plan', '/modules/drmm/enquetes', '/modules/drmm/bornes', '/modules/drmm/remarques', '/modules/drmm/qualite', '/modules/drmm/publication', '/modules/dctaj', '/modules/dctaj/legalite', '/modules/dctaj/contentieux', '/modules/dctaj/rendez-vous', '/modules/dlp', '/analyse', '/accessibilite', '/adresse-inconnue'];
    const titles = new Map<string, string>();
    const jumps: string[] = [];
    for (const path of paths) {
      await page.goto(`${platform.consoleUrl}${path}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForFunction(() => document.title.includes(' — '));
      titles.set(path, await page.title());
      // Their headings nest, alerts' titles included (RGAA 9.1).
      jumps.push(...(await headingJumps(page)).map((jump) => `${path}: ${jump}`));
    }
    expect(jumps).toEqual([]);
    expect(titles.get('/modules/drmm/plan')).toBe('Plan d’actions — Comité local des usagers — Qualipref');
    expect(titles.get('/adresse-inconnue')).toBe('Page introuvable — Qualipref');
    expect(new Set(titles.values()).size, JSON.stringify([...titles])).toBe(paths.length);
    // A committee's page is named after the committee once it is read.
    await page.goto(`${platform.consoleUrl}/modules/drmm`);
    const link = page.locator('h3 a').first();
    const committee = (await link.innerText()).trim();
    await link.click();
    await page.waitForFunction((name) => document.title.startsWith(`${name} — `), committee);
    await page.close();
  });

  it('works with the keyboard alone: sign in, register a letter, record an attendance line, the focus landing on what changed', async () => {
    /** Presses Tab until `target` has the focus: it is reached by the keyboard, in the page's order. */
    const tabTo = async (page: Page, target: Locator) => {
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press('Tab');
        if (await target.evaluate((e) => e === document.activeElement)) return;
      }
      throw new Error(`not reached with Tab: ${String(target)}`);
    };
    const focused = (page: Page) => page.evaluate(() => ({ id: document.activeElement?.id ?? '', text: document.activeElement?.textContent ?? '' }));

    const page = await browser.newPage();
    await page.goto(platform.consoleUrl);
    await page.getByRole('heading', { name: 'Connexion à Qualipref' }).waitFor();
    await tabTo(page, page.getByLabel('Adresse électronique professionnelle'));
    await page.keyboard.type('metz.dlp.agent@demo.qualipref.test');
    await tabTo(page, page.getByLabel('Mot de passe'));
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Tableau de bord', level: 1 }).waitFor();
    await expect.poll(async () => (await focused(page)).id, { message: 'after signing in' }).toBe('contenu');

    await tabTo(page, page.getByRole('navigation', { name: /principal/i }).getByRole('link', { name: 'Libertés publiques' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Tableau de suivi' }).waitFor();
    await expect.poll(async () => (await focused(page)).id, { message: 'after a link of the menu' }).toBe('contenu');
    await tabTo(page, page.getByRole('button', { name: 'Enregistrer un courrier' }));
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Nouveau courrier' });
    await tabTo(page, form.getByLabel('Objet'));
    await page.keyboard.type('Demande saisie au clavier seul');
    await tabTo(page, form.getByRole('button', { name: 'Enregistrer le courrier' }));
    await page.keyboard.press('Enter');
    await page.getByText('Courrier enregistré').waitFor();
    await expect.poll(async () => (await focused(page)).text, { message: 'after registering a letter' }).toContain('Courrier enregistré');
    await page.close();

    const drmm = await signedIn('metz.manager@demo.qualipref.test');
    await drmm.getByRole('navigation', { name: /principal/i }).getByRole('link', { name: 'Comité local des usagers' }).click();
    await drmm.locator('h3 a').first().click();
    await drmm.getByRole('heading', { name: 'Réunions' }).waitFor();
    await drmm.locator('li a[href*="/reunions/"]').first().click();
    await drmm.getByRole('heading', { name: 'Feuille de présence' }).waitFor();
    const select = drmm.locator('select[id^="presence-"]').first();
    await tabTo(drmm, select);
    const before = await select.inputValue();
    await drmm.keyboard.press(before === 'ABSENT' || before === 'REPRESENTED' ? 'ArrowUp' : 'ArrowDown');
    expect(await select.inputValue()).not.toBe(before);
    await tabTo(drmm, drmm.getByRole('button', { name: 'Enregistrer les présences' }));
    await drmm.keyboard.press('Enter');
    await drmm.getByText('Présences enregistrées.').waitFor();
    await expect.poll(async () => (await focused(drmm)).text, { message: 'after recording the attendance' }).toContain('Présences enregistrées.');
    await drmm.close();
  });

  it('keeps working, with a clear message in its area, when a remote’s server is down', async () => {
    await platform.stopRemote('mf_dlp');
    const page = await signedIn('metz.analyst@demo.qualipref.test');
    const nav = page.getByRole('navigation', { name: /principal/i });
    await nav.getByRole('link', { name: 'Libertés publiques' }).click();
    const message = page.getByTestId('remote-error');
    await message.waitFor();
    expect(await message.innerText()).toContain('Le module « Libertés publiques » est momentanément indisponible');
    expect(await page.locator('header').innerText()).toContain('Préfecture de la Moselle');
    await accessible(page, 'module-indisponible');
    // The rest of the console still works: another remote, then the dashboard.
    await nav.getByRole('link', { name: 'Collectivités et affaires juridiques' }).click();
    await page.getByRole('heading', { name: 'Tableau de suivi' }).waitFor();
    await nav.getByRole('link', { name: 'Tableau de bord' }).click();
    await page.getByRole('heading', { name: /Délais de réponse/ }).waitFor();
    await page.close();
  });
});

describe('the operations of the console, its remotes and the kiosk', () => {
  it('all pass the gateway’s limits (depth, cost…) and the production-configured subgraphs’ with their largest variables, and so do the saved GraphiQL queries', async () => {
    const { Kind, buildClientSchema, getIntrospectionQuery, print } = await import('graphql');
    const token = await signIn(platform.gatewayUrl, 'metz.analyst@demo.qualipref.test');
    const send = async (query: string, variables: Record<string, unknown>) => {
      const response = await fetch(platform.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
      return { status: response.status, ...((await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] }) };
    };
    const schema = buildClientSchema((await send(getIntrospectionQuery(), {})).data as never);
    const operations = await appOperations();
    // Queries first: the Metz analyst writes nothing, each mutation is refused after its cost is counted.
    const isMutation = (document: DocumentNode) => document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'mutation');
    operations.sort((a, b) => Number(isMutation(a.document)) - Number(isMutation(b.document)));
    for (const { name, document } of operations) {
      // `first: 100` wherever a variable pages, a value of its type for every other required variable.
      const variables = largestVariables(schema, document);
      const result = await send(print(document), variables);
      // Nor refused by a subgraph (its limits, its platform callers' check): the gateway reports that as « 4xx: … ».
      expect(result.errors?.filter((e) => e.extensions?.code === 'LIMIT_EXCEEDED' || /^\d{3}: /.test(e.message)) ?? [], `${name} ${JSON.stringify(variables)}`).toEqual([]);
    }
    expect(operations.length).toBeGreaterThan(100);
  });
});
