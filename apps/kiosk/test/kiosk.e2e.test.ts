import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchBrowser, seriousViolations, type Browser } from '@qualipref/console-e2e/dist/browser.js';
import { startConsolePlatform, type ConsolePlatform } from '@qualipref/console-e2e/dist/platform.js';
import { startStaticServer, type StaticServer } from '@qualipref/static-server';
import { freePort, graphql, graphqlData, mailText, signIn, startSmtpCapture, type SmtpCapture } from '@qualipref/test-kit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The kiosk and the personal link page in Debian's Chromium, against the whole platform
// (every subgraph, the gateway, a real SMTP server) started here from the builds.

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const screenshots = fileURLToPath(new URL('../test-output/screenshots/', import.meta.url));

let smtp: SmtpCapture;
let platform: ConsolePlatform;
let kiosk: StaticServer;
let browser: Browser;
let manager: string;
let administrator: string;

// A tablet stores two responses at once, then one every 10 s: longer than the tablet's own first
// retry (5 s), so that a tablet that did not wait the delay it was given would be refused again.
const KIOSK_RATE = '2/20';

/** Today and a later day in the campaigns' calendar (Europe/Paris), YYYY-MM-DD. */
const parisDay = (offsetDays = 0) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() + offsetDays * 86_400_000));

const api = <T>(query: string, variables: Record<string, unknown>, token?: string) => graphqlData<T>(platform.gatewayUrl, query, variables, token);

const QUESTIONNAIRE = {
  key: 'borne-e2e',
  title: 'Questionnaire de la borne (e2e)',
  description: 'Votre avis sur votre venue.\nMerci de prendre deux minutes.',
  sections: [
    {
      title: 'Votre venue',
      questions: [
        { key: 'motif', text: 'Pour quelle démarche êtes-vous venu ?', kind: 'SINGLE_CHOICE', dimension: 'TYPOLOGY', required: true, options: [{ key: 'titres', label: 'Titres (carte grise, permis)' }, { key: 'etrangers', label: 'Séjour des étrangers' }] },
        { key: 'services', text: 'Quels espaces avez-vous utilisés ?', kind: 'MULTIPLE_CHOICE', dimension: 'RECEPTION_SPACES', options: [{ key: 'accueil', label: 'Accueil général' }, { key: 'borne', label: 'Borne numérique' }, { key: 'guichet', label: 'Guichet' }] },
      ],
    },
    {
      title: 'Votre satisfaction',
      questions: [
        { key: 'accueil', text: 'Êtes-vous satisfait de l’accueil ?', kind: 'SATISFACTION', dimension: 'PHYSICAL_RECEPTION', required: true },
        { key: 'attente', text: 'Combien de minutes avez-vous attendu ?', kind: 'NUMBER', dimension: 'WAITING_TIME', minValue: 0, maxValue: 480 },
        { key: 'remarque', text: 'Une remarque ?', kind: 'FREE_TEXT', dimension: 'OTHER' },
      ],
    },
  ],
};

beforeAll(async () => {
  await mkdir(screenshots, { recursive: true });
  smtp = await startSmtpCapture();
  // The kiosk's server port is chosen first: the gateway allows its origin and the surveys
  // service writes its answer page into the invitations.
  const kioskPort = await freePort();
  const kioskOrigin = `http://127.0.0.1:${kioskPort}`;
  platform = await startConsolePlatform({ corsOrigins: [kioskOrigin], subgraphEnv: { surveys: { SMTP_URL: smtp.url, SURVEY_ANSWER_URL: `${kioskOrigin}/repondre`, RATE_LIMIT_KIOSK_DEVICE: KIOSK_RATE } } });
  kiosk = await startStaticServer({ root: dist, port: kioskPort, spa: true, documents: { '/kiosk-config.json': { gatewayUrl: platform.gatewayUrl, thanksSeconds: 20 } } });
  browser = await launchBrowser();
  manager = await signIn(platform.gatewayUrl, 'metz.manager@demo.qualipref.test');
  administrator = await signIn(platform.gatewayUrl, 'metz.administrator@demo.qualipref.test');
});

afterAll(async () => {
  await browser?.close();
  await kiosk?.stop();
  await platform?.stop();
  await smtp?.stop();
});

async function accessible(page: Page, name: string) {
  await page.screenshot({ path: `${screenshots}${name}.png`, fullPage: true });
  expect(await seriousViolations(page), `accessibility of ${name}`).toEqual([]);
}

async function createCampaign(title: string, channel: 'HALL' | 'EMAIL', panelId: string, questionnaireId: string): Promise<string> {
  const input = { year: Number(parisDay().slice(0, 4)), title, questionnaireId, panelId, channel, opensOn: parisDay(), closesOn: parisDay(5) };
  return (await api<{ createCampaign: { id: string } }>('mutation($i: CampaignInput!) { createCampaign(input: $i) { id } }', { i: input }, manager)).createCampaign.id;
}

const responseCount = async (campaignId: string) => (await api<{ campaign: { responseCount: number } }>('query($id: ID!) { campaign(id: $id) { responseCount } }', { id: campaignId }, manager)).campaign.responseCount;

/** The responses waiting in the tablet's IndexedDB queue, read in the page itself. */
const queued = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ clientId: string; campaignId: string }[]>((resolve, reject) => {
        const open = indexedDB.open('qualipref-kiosk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('responses').objectStore('responses').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as { clientId: string; campaignId: string }[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );

/** Puts a response in the tablet's queue, as the page would have (a receipt lost on the way back, say). */
const requeue = (page: Page, response: { clientId: string; campaignId: string; answers: unknown[]; finishedAt: string }) =>
  page.evaluate(
    (entry) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('qualipref-kiosk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction('responses', 'readwrite');
          transaction.objectStore('responses').put(entry);
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    response,
  );

const choose = (page: Page, label: string) => page.locator('label', { hasText: label }).click();

describe('the public survey pages in Chromium, against the whole platform', () => {
  let questionnaireId = '';

  it('kiosk: a survey answered offline is queued in IndexedDB, sent when the network is back, and stored exactly once', async () => {
    questionnaireId = (await api<{ createQuestionnaire: { id: string } }>('mutation($i: CreateQuestionnaireInput!) { createQuestionnaire(input: $i) { id } }', { i: QUESTIONNAIRE }, manager)).createQuestionnaire.id;
    const panelId = (await api<{ createPanel: { id: string } }>('mutation { createPanel(input: { name: "Usagers du hall (e2e)", kind: HALL_USERS }) { id } }', {}, manager)).createPanel.id;
    const campaignId = await createCampaign('Borne du hall (e2e)', 'HALL', panelId, questionnaireId);
    const issued = await api<{ issueKioskDevice: { token: string; device: { id: string } } }>('mutation { issueKioskDevice(name: "Tablette du hall d’accueil (e2e)") { token device { id } } }', {}, administrator);

    const page = await browser.newPage();
    await page.goto(`${kiosk.url}/borne`);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.getByRole('heading', { name: 'Configuration de la borne', level: 1 }).waitFor();
    await accessible(page, 'borne-configuration');
    await page.getByLabel('Jeton de la borne').fill('jeton-inconnu-0123456789');
    await page.getByRole('button', { name: 'Enregistrer le jeton' }).click();
    await page.getByText('Ce jeton n’est pas reconnu').waitFor();
    await page.getByLabel('Jeton de la borne').fill(issued.issueKioskDevice.token);
    await page.getByRole('button', { name: 'Enregistrer le jeton' }).click();

    const survey = page.locator('li', { has: page.getByRole('heading', { name: 'Borne du hall (e2e)' }) });
    await survey.waitFor();
    // The header names the tenant the tablet belongs to, from the organization subgraph.
    await page.getByText('Enquête de satisfaction — Préfecture de la Moselle').first().waitFor();
    // Its bloc-marque reads the tenant's State's block, not a name written in the app.
    expect((await page.locator('.fr-header__brand-top .fr-header__logo').first().innerText()).replace(/\s+/g, ' ').toUpperCase()).toBe('PRÉFET DE LA MOSELLE');
    expect(await page.getByText('Tablette du hall d’accueil (e2e)').count()).toBeGreaterThan(0);
    await accessible(page, 'borne-accueil');
    // The first thing the keyboard reaches is a link to the content, as on the State's other sites.
    expect(await page.evaluate(() => { const first = document.querySelector<HTMLAnchorElement>('a[href], button, input, select, textarea'); return [first?.textContent, first?.getAttribute('href')]; })).toEqual(['Contenu', '#contenu']);

    await browser.context.setOffline(true);
    await survey.getByRole('button', { name: /Commencer/ }).click();
    await page.getByText('Question 1 sur 5').waitFor();
    // A required question is not skipped.
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByText('Cette question attend une réponse.').waitFor();
    await accessible(page, 'borne-question');
    await choose(page, 'Séjour des étrangers');
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByText('Question 2 sur 5').waitFor();
    await choose(page, 'Accueil général');
    await choose(page, 'Guichet');
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByText('Question 3 sur 5').waitFor();
    // At 320 px wide (a phone, a tablet zoomed in), « Suivant » shows whole and nothing scrolls sideways (RGAA 10.11).
    const viewport = page.viewportSize()!;
    await page.setViewportSize({ width: 320, height: 720 });
    for (const name of ['Précédent', 'Suivant']) {
      const box = (await page.getByRole('button', { name }).boundingBox())!;
      expect([box.x >= 0, box.x + box.width <= 320], `« ${name} » within the screen`).toEqual([true, true]);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 'sideways scroll at 320 px').toBe(0);
    await page.screenshot({ path: `${screenshots}borne-question-320.png`, fullPage: true });
    await page.setViewportSize(viewport);
    await choose(page, 'Très satisfait');
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByText('Question 4 sur 5').waitFor();
    await page.getByLabel(/Combien de minutes/).fill('600');
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByText('Saisissez un nombre inférieur ou égal à 480.').waitFor();
    await page.getByLabel(/Combien de minutes/).fill('25');
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByText('Question 5 sur 5').waitFor();
    const remark = '<b>Accueil</b> & attente corrects';
    await page.getByLabel(/Une remarque/).fill(remark);
    await page.getByRole('button', { name: 'Terminer' }).click();
    await page.getByRole('heading', { name: 'Merci pour votre participation !' }).waitFor();
    await accessible(page, 'borne-merci');

    // Offline: the response waits in IndexedDB, with a client id the API accepts.
    await page.getByText('1 réponse en attente d’envoi').waitFor();
    const waiting = await queued(page);
    expect(waiting).toHaveLength(1);
    expect(waiting[0]!.clientId).toMatch(/^[A-Za-z0-9_-]{8,100}$/);
    expect(waiting[0]!.campaignId).toBe(campaignId);
    expect(await responseCount(campaignId)).toBe(0);
    // The thanks screen gives way to the welcome screen for the next person, which cannot read
    // the open campaigns again: the tablet says it is offline.
    await survey.getByRole('button', { name: /Commencer/ }).waitFor();
    await page.getByText(/Borne hors ligne/).waitFor();

    await browser.context.setOffline(false);
    await page.getByText('Toutes les réponses sont envoyées.').waitFor();
    // Back online, it no longer says it is offline (the session is read again at once).
    await page.locator('.kiosk-status', { hasText: /^Toutes les réponses sont envoyées\.$/ }).waitFor();
    expect(await queued(page)).toEqual([]);
    expect(await responseCount(campaignId)).toBe(1);
    const comments = await api<{ campaign: { comments: { nodes: { text: string }[] } } }>('query($id: ID!) { campaign(id: $id) { comments(first: 10) { nodes { text } } } }', { id: campaignId }, manager);
    expect(comments.campaign.comments.nodes.map((c) => c.text)).toEqual([remark]);

    // A receipt lost on the way back: the same response is still queued after a reload and sent
    // again with its client id; the server keeps one.
    const answers = [{ questionKey: 'motif', option: 'etrangers' }, { questionKey: 'accueil', option: 'VERY_SATISFIED' }];
    await requeue(page, { clientId: waiting[0]!.clientId, campaignId, answers, finishedAt: new Date().toISOString() });
    await page.reload();
    await survey.getByRole('button', { name: /Commencer/ }).waitFor();
    await page.getByText('Toutes les réponses sont envoyées.').waitFor();
    expect(await queued(page)).toEqual([]);
    expect(await responseCount(campaignId)).toBe(1);

    // A response to a campaign closed in the meantime is dropped from the queue, with a log line.
    const opened = parisDay(-10);
    const closed = await api<{ createCampaign: { id: string } }>(
      'mutation($i: CampaignInput!) { createCampaign(input: $i) { id } }',
      { i: { year: Number(opened.slice(0, 4)), title: 'Borne close (e2e)', questionnaireId, panelId, channel: 'HALL', opensOn: opened, closesOn: parisDay(-3) } },
      manager,
    );
    const logged: string[] = [];
    page.on('console', (message) => logged.push(message.text()));
    await requeue(page, { clientId: 'borne-campagne-close-0001', campaignId: closed.createCampaign.id, answers, finishedAt: new Date().toISOString() });
    await page.reload();
    await page.getByText('Toutes les réponses sont envoyées.').waitFor();
    expect(await queued(page)).toEqual([]);
    expect(logged.some((line) => line.includes('borne-campagne-close-0001') && line.includes('CAMPAIGN_CLOSED'))).toBe(true);
    expect(await responseCount(closed.createCampaign.id)).toBe(0);

    // A revoked tablet says so and asks for a new token.
    await api('mutation($id: ID!) { revokeKioskDevice(id: $id) { id } }', { id: issued.issueKioskDevice.device.id }, administrator);
    await page.reload();
    await page.getByText('Cette borne n’est plus autorisée').waitFor();
    await accessible(page, 'borne-revoquee');
    // What waits on the tablet is kept, and sent with the new token the administrator enters.
    await requeue(page, { clientId: 'borne-apres-revocation-0001', campaignId, answers, finishedAt: new Date().toISOString() });
    const renewed = await api<{ issueKioskDevice: { token: string } }>('mutation { issueKioskDevice(name: "Tablette du hall d’accueil (e2e)") { token } }', {}, administrator);
    await page.getByLabel('Jeton de la borne').fill(renewed.issueKioskDevice.token);
    await page.getByRole('button', { name: 'Enregistrer le jeton' }).click();
    await survey.getByRole('button', { name: /Commencer/ }).waitFor();
    // Put in the queue behind the page's back, so the page's count may lag: the queue is watched.
    await expect.poll(() => queued(page), { timeout: 60_000, interval: 500 }).toEqual([]);
    expect(await responseCount(campaignId)).toBe(2);
    await page.close();
  });

  it('kiosk: a response refused for coming too soon stays queued and is sent after the delay the server gives', async () => {
    const panelId = (await api<{ createPanel: { id: string } }>('mutation { createPanel(input: { name: "Usagers pressés (e2e)", kind: HALL_USERS }) { id } }', {}, manager)).createPanel.id;
    const campaignId = await createCampaign('Borne pressée (e2e)', 'HALL', panelId, questionnaireId);
    const issued = await api<{ issueKioskDevice: { token: string } }>('mutation { issueKioskDevice(name: "Tablette pressée (e2e)") { token } }', {}, administrator);
    const page = await browser.newPage();
    // Every answer of the server to a submission, as the tablet received it.
    const answers: { at: number; status: number; retryAfterSeconds?: number }[] = [];
    page.on('response', async (response) => {
      if (!response.request().postData()?.includes('submitKioskResponse')) return;
      const body = (await response.json()) as { errors?: { extensions?: { retryAfterSeconds?: number } }[] };
      answers.push({ at: Date.now(), status: response.status(), retryAfterSeconds: body.errors?.[0]?.extensions?.retryAfterSeconds });
    });
    await page.goto(`${kiosk.url}/borne?configurer`);
    await page.getByLabel('Jeton de la borne').fill(issued.issueKioskDevice.token);
    await page.getByRole('button', { name: 'Enregistrer le jeton' }).click();
    await page.getByRole('heading', { name: 'Borne pressée (e2e)' }).waitFor();
    // Three responses finished while the tablet was away: sent together when it comes back.
    const finished = [{ questionKey: 'motif', option: 'titres' }, { questionKey: 'accueil', option: 'SATISFIED' }];
    for (let i = 0; i < 3; i += 1) await requeue(page, { clientId: `borne-pressee-000${i}`, campaignId, answers: finished, finishedAt: new Date(Date.now() + i).toISOString() });
    await page.reload();
    await expect.poll(() => responseCount(campaignId), { timeout: 30_000, interval: 500 }).toBe(2);
    await expect.poll(() => queued(page), { timeout: 60_000, interval: 500 }).toEqual([]);
    expect(await responseCount(campaignId)).toBe(3);
    // Refused once, HTTP 429 with its delay, then taken when sent again after it, not before.
    const refusals = answers.filter((a) => a.status === 429);
    expect(refusals).toHaveLength(1);
    const delay = refusals[0]!.retryAfterSeconds!;
    expect(delay).toBeGreaterThanOrEqual(9);
    const accepted = answers.filter((a) => a.status === 200 && a.at > refusals[0]!.at);
    expect(accepted).toHaveLength(1);
    expect(accepted[0]!.at - refusals[0]!.at).toBeGreaterThanOrEqual(delay * 1000 - 500);
    await page.close();
  });

  it('personal link: an élu answers from the invitation e-mail, and a second visit says it is already answered', async () => {
    const panelId = (await api<{ createPanel: { id: string } }>('mutation { createPanel(input: { name: "Élus de l’arrondissement (e2e)", kind: CONFIGURED_LIST }) { id } }', {}, manager)).createPanel.id;
    await api('mutation($p: ID!) { addPanelMember(panelId: $p, input: { name: "Maire de Woippy", organization: "Woippy", position: "Maire", email: "mairie-woippy@demo.qualipref.test" }) { id } }', { p: panelId }, manager);
    const campaignId = await createCampaign('Enquête des élus (e2e)', 'EMAIL', panelId, questionnaireId);
    const before = smtp.messages.length;
    const sent = await api<{ sendInvitations: { queued: number } }>('mutation($c: ID!) { sendInvitations(campaignId: $c) { queued } }', { c: campaignId }, manager);
    expect(sent.sendInvitations.queued).toBe(1);
    const [mail] = (await smtp.waitFor(before + 1, 60_000)).slice(before);
    const link = new RegExp(`${kiosk.url}/repondre/[A-Za-z0-9_-]+`).exec(mailText(mail!))?.[0];
    expect(link, 'the invitation links to the answer page').toBeTruthy();

    const page = await browser.newPage();
    await page.goto(link!);
    await page.getByRole('heading', { name: 'Enquête des élus (e2e)', level: 1 }).waitFor();
    await accessible(page, 'lien-personnel');
    expect(await page.evaluate(() => document.querySelector('a[href], button, input, select, textarea')?.textContent)).toBe('Contenu');
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await page.getByText('Le questionnaire n’est pas complet').waitFor();
    await choose(page, 'Titres (carte grise, permis)');
    await page.getByText('Satisfait', { exact: true }).click();
    await page.getByLabel(/Une remarque/).fill('Réponses claires et rapides.');
    await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await page.getByText('Merci, vos réponses sont enregistrées').waitFor();
    expect(await responseCount(campaignId)).toBe(1);

    await page.reload();
    await page.getByText('Vous avez déjà répondu à cette enquête').waitFor();
    await accessible(page, 'lien-deja-utilise');
    expect(await page.getByRole('button', { name: 'Envoyer mes réponses' }).count()).toBe(0);

    await page.goto(`${kiosk.url}/repondre/lien-inconnu-0123456789abcdef`);
    await page.getByText('Ce lien n’est pas valide').waitFor();
    const refused = await graphql(platform.gatewayUrl, 'mutation($t: String!) { submitInvitationResponse(token: $t, answers: [{ questionKey: "accueil", option: "SATISFIED" }]) { responseId } }', { t: link!.split('/').pop() });
    expect(refused.errors?.[0]?.extensions?.reason).toBe('LINK_ALREADY_USED');
    await page.close();
  });
});
