import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { addCalendarDays, toCalendarDate } from '@qualipref/calendar';
import { DIRECTORATES, TENANTS, directorateId } from '@qualipref/demo-fixtures';
import { graphqlData, signIn } from '@qualipref/test-kit';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, seriousViolations, signInOnConsole, type Browser } from '../src/browser.js';

// `npm start` without DATABASE_URL, exactly: the built launcher on a fresh data directory, with
// embedded PostgreSQL (PGlite), then one write per subgraph through the console (and the kiosk),
// each read back through the gateway. It keeps the embedded path working: there, a write that
// asked the organization subgraph while holding its transaction failed after 5 s.

const launcher = fileURLToPath(new URL('../../../infra/launcher/dist/main.js', import.meta.url));
const screenshots = fileURLToPath(new URL('../test-output/screenshots/', import.meta.url));
/** The demo data reaches this day; what the demo already holds is dated from it. */
const AS_OF = '2026-11-20';
/** The first start seeds every service's demo data into PGlite: slow on a small machine. */
const START_TIMEOUT_MS = 300_000;

const METZ = TENANTS.metz.id;
const DRMM = directorateId('metz', 'DRMM');
const DCTAJ = DIRECTORATES.find((d) => d.tenant === 'metz' && d.code === 'DCTAJ')!;
const BCL = DCTAJ.services.find((s) => s.code === 'BCL')!;
const MANAGER = 'metz.manager@demo.qualipref.test';
const AGENT = 'metz.agent@demo.qualipref.test';
const ADMINISTRATOR = 'metz.administrator@demo.qualipref.test';

/** Today in the platform's calendar (Europe/Paris), YYYY-MM-DD. */
const parisToday = () => toCalendarDate(new Date());
/** DD/MM/YYYY, as French GED exports write dates. */
const frenchDate = (day: string) => day.split('-').reverse().join('/');

interface Launched {
  child: ChildProcess;
  exited: Promise<number | null>;
  output: string[];
  gatewayUrl: string;
  consoleUrl: string;
  kioskUrl: string;
}

let dataDir: string;
let platform: Launched;
let browser: Browser;

/** The launcher as `npm start` runs it when DATABASE_URL is unset, until its READY line. */
async function startLauncher(): Promise<Launched> {
  const env: NodeJS.ProcessEnv = { ...process.env, QUALIPREF_DATA_DIR: dataDir, QUALIPREF_PORTS: 'auto', LOG_LEVEL: 'warn', DEMO_AS_OF: AS_OF };
  delete env.DATABASE_URL;
  delete env.SMTP_URL;
  const child = spawn(process.execPath, [launcher], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const output: string[] = [];
  const urls = await new Promise<{ gatewayUrl: string; consoleUrl: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready after ${START_TIMEOUT_MS / 1000} s:\n${output.join('\n')}`)), START_TIMEOUT_MS);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      output.push(line);
      const ready = /^READY gateway=(\S+) console=(\S+?)\/?$/.exec(line);
      if (ready) {
        clearTimeout(timer);
        resolve({ gatewayUrl: ready[1]!, consoleUrl: ready[2]! });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the launcher exited (${code}) before it was ready:\n${output.join('\n')}`));
    });
  });
  const kioskUrl = output.map((line) => /Hall kiosk: (\S+)\/borne/.exec(line)?.[1]).find(Boolean);
  if (!kioskUrl) {
    child.kill('SIGINT');
    throw new Error(`the launcher did not serve the kiosk:\n${output.join('\n')}`);
  }
  return { child, exited, output, ...urls, kioskUrl };
}

beforeAll(async () => {
  await mkdir(screenshots, { recursive: true });
  dataDir = await mkdtemp(join(tmpdir(), 'qp-default-start-'));
  platform = await startLauncher();
  browser = await launchBrowser();
}, START_TIMEOUT_MS + 60_000);

afterAll(async () => {
  await browser?.close();
  // Stopped here only when the last test did not run (a filtered run) or failed before it.
  if (platform && platform.child.exitCode === null) {
    platform.child.kill('SIGINT');
    await platform.exited;
  }
  await rm(dataDir, { recursive: true, force: true });
});

const api = <T>(query: string, variables: Record<string, unknown>, token: string) => graphqlData<T>(platform.gatewayUrl, query, variables, token);

/**
 * A new tab (its own session) signed in with a demo account; `onAsOfDate`: its clock reads the
 * as-of date, so that the console's « current year » is the demo's whenever the test runs.
 */
async function signedIn(email: string, onAsOfDate = false): Promise<Page> {
  const page = await browser.newPage();
  if (onAsOfDate) await page.clock.setFixedTime(new Date(`${AS_OF}T10:00:00+01:00`));
  return signInOnConsole(page, platform.consoleUrl, email);
}

const openModule = (page: Page, name: string) => page.getByRole('navigation', { name: /principal/i }).getByRole('link', { name }).click();

async function accessible(page: Page, name: string) {
  await page.screenshot({ path: `${screenshots}${name}.png`, fullPage: true });
  expect(await seriousViolations(page), `accessibility of ${name}`).toEqual([]);
}

/**
 * Waits for what the page shows once a write is stored; when the page shows an error instead
 * (« Erreur interne du serveur » when a service timed out), fails with its words.
 */
async function stored(page: Page, what: string, success: Locator) {
  const refusal = page.locator('.fr-alert--error');
  await success.or(refusal).first().waitFor();
  if (!(await success.first().isVisible())) throw new Error(`${what} failed: ${(await refusal.first().innerText()).replace(/\s+/g, ' ')}`);
}

/** The hall campaign that the manager creates, created once, whichever test needs it first. */
let hallCampaign: Promise<{ id: string; title: string }> | undefined;

async function createHallCampaign(): Promise<{ id: string; title: string }> {
  const title = 'Enquête du hall — démarrage par défaut';
  const opensOn = parisToday();
  const closesOn = addCalendarDays(opensOn, 14);
  const token = await signIn(platform.gatewayUrl, MANAGER);
  // The questionnaire of the demo's latest hall campaign: the one the hall answers.
  const { campaigns } = await api<{ campaigns: { nodes: { channel: string; opensOn: string; questionnaire: { id: string } }[] } }>(
    'query ($t: ID) { campaigns(tenantId: $t, first: 100) { nodes { channel opensOn questionnaire { id } } } }',
    { t: METZ },
    token,
  );
  const questionnaireId = campaigns.nodes.filter((c) => c.channel === 'HALL').sort((a, b) => a.opensOn.localeCompare(b.opensOn)).at(-1)?.questionnaire.id;
  expect(questionnaireId, 'a hall campaign in the demo data').toBeTruthy();

  const page = await signedIn(MANAGER);
  await openModule(page, 'Comité local des usagers');
  await page.getByRole('link', { name: 'Enquêtes', exact: true }).click();
  await page.getByRole('button', { name: 'Nouvelle campagne' }).click();
  const form = page.getByRole('form', { name: 'Nouvelle campagne' });
  await form.getByLabel(/^Titre/).fill(title);
  expect(await form.getByLabel(/^Usagers dans le hall/).isChecked(), 'the hall is the default channel').toBe(true);
  // The choices come from the API once the form is open; only hall panels are offered for the hall.
  const panel = form.getByLabel('Panel interrogé');
  const panelOption = panel.locator('option:not([disabled])').first();
  await panelOption.waitFor({ state: 'attached' });
  const panelId = (await panelOption.getAttribute('value'))!;
  await panel.selectOption(panelId);
  const questionnaire = form.getByLabel(/^Questionnaire/);
  await questionnaire.locator(`option[value="${questionnaireId}"]`).waitFor({ state: 'attached' });
  await questionnaire.selectOption(questionnaireId!);
  await form.getByLabel(/^Premier jour/).fill(opensOn);
  await form.getByLabel('Dernier jour').fill(closesOn);
  await form.getByRole('button', { name: 'Créer la campagne' }).click();
  await stored(page, 'createCampaign', page.getByRole('heading', { name: title, level: 2 }));
  await accessible(page, 'defaut-campagne');
  const id = new URL(page.url()).pathname.split('/').pop()!;
  await page.close();

  const { campaign } = await api<{ campaign: { title: string; year: number; channel: string; state: string; opensOn: string; closesOn: string; panel: { id: string; kind: string }; questionnaire: { id: string }; responseCount: number } | null }>(
    'query ($id: ID!) { campaign(id: $id) { title year channel state opensOn closesOn panel { id kind } questionnaire { id } responseCount } }',
    { id },
    token,
  );
  expect(campaign, 'the campaign read back').toEqual({
    title,
    year: Number(opensOn.slice(0, 4)),
    channel: 'HALL',
    state: 'OPEN',
    opensOn,
    closesOn,
    panel: { id: panelId, kind: 'HALL_USERS' },
    questionnaire: { id: questionnaireId },
    responseCount: 0,
  });
  return { id, title };
}

/**
 * Answers every question of the survey shown, one screen at a time, until « Terminer »: the first
 * choice, the lowest number allowed, a remark in free text. Returns the remarks typed.
 */
async function answerEveryQuestion(page: Page, remark: string): Promise<string[]> {
  const typed: string[] = [];
  for (;;) {
    const step = page.locator('.kiosk-step');
    await step.waitFor();
    const position = (await step.getAttribute('aria-label'))!;
    if (await step.locator('input[type="radio"]').count()) {
      await step.locator('.fr-radio-group label').first().click();
    } else if (await step.locator('input[type="checkbox"]').count()) {
      await step.locator('.fr-checkbox-group label').first().click();
    } else if (await step.locator('textarea').count()) {
      await step.locator('textarea').fill(remark);
      typed.push(remark);
    } else {
      const range = /Un nombre entre (\d+) et/.exec(await step.innerText());
      await step.locator('input').fill(range?.[1] ?? '10');
    }
    const finish = page.getByRole('button', { name: 'Terminer' });
    if (await finish.count()) {
      await finish.click();
      return typed;
    }
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.locator(`.kiosk-step:not([aria-label="${position}"])`).waitFor();
  }
}

describe('npm start without DATABASE_URL (embedded PostgreSQL), in Chromium', () => {
  it('runs on the embedded database (PGlite), not on a PostgreSQL server', () => {
    expect(platform.output.join('\n')).toMatch(/embedded PostgreSQL \(PGlite\)/);
    expect(platform.output.join('\n')).not.toMatch(/using the PostgreSQL server/);
  });

  it('committees: a DRMM manager creates a committee from its founding decision', async () => {
    const name = 'Comité des usagers des titres — démarrage par défaut';
    const page = await signedIn(MANAGER);
    await openModule(page, 'Comité local des usagers');
    await page.getByRole('button', { name: 'Créer un comité' }).click();
    const form = page.getByRole('form', { name: 'Nouveau comité' });
    await form.getByLabel('Nom du comité').fill(name);
    await form.getByLabel(/^Décision de création : référence/).fill('arrêté n° DRMM-DEFAUT-1');
    await form.getByLabel('Date de la décision').fill(AS_OF);
    await form.getByLabel('Président(e)').fill('Le secrétaire général');
    await form.getByRole('button', { name: 'Créer le comité' }).click();
    await stored(page, 'createCommittee', page.getByRole('heading', { name, level: 2 }));
    await accessible(page, 'defaut-comite');
    await page.close();

    const token = await signIn(platform.gatewayUrl, MANAGER);
    const { committees } = await api<{ committees: { nodes: { name: string; kind: string; decisionDate: string; decisionReference: string; chairName: string; meetingIntervalMonths: number; ownerDirectorate: { code: string }; colleges: { code: string }[] }[] } }>(
      'query ($t: ID) { committees(tenantId: $t, first: 100) { nodes { name kind decisionDate decisionReference chairName meetingIntervalMonths ownerDirectorate { code } colleges { code } } } }',
      { t: METZ },
      token,
    );
    expect(committees.nodes.filter((c) => c.name === name), 'the committee read back').toEqual([
      {
        name,
        kind: 'CLU',
        decisionDate: AS_OF,
        decisionReference: 'arrêté n° DRMM-DEFAUT-1',
        chairName: 'Le secrétaire général',
        meetingIntervalMonths: 12,
        ownerDirectorate: { code: 'DRMM' },
        colleges: [{ code: 'COLLECTIVITES' }, { code: 'USAGERS' }, { code: 'PROFESSIONNELS' }, { code: 'ADMINISTRATION' }],
      },
    ]);
  });

  it('committees: a DRMM manager records a proposal in a meeting, routed to the DCTAJ', async () => {
    const token = await signIn(platform.gatewayUrl, MANAGER);
    const { committees } = await api<{ committees: { nodes: { name: string; ownerDirectorate: { id: string }; meetings: { nodes: { id: string; title: string; status: string }[] } }[] } }>(
      'query ($t: ID) { committees(tenantId: $t, first: 10) { nodes { name ownerDirectorate { id } meetings(first: 10) { nodes { id title status } } } } }',
      { t: METZ },
      token,
    );
    const committee = committees.nodes.find((c) => c.ownerDirectorate.id === DRMM && c.meetings.nodes.some((m) => m.status !== 'CANCELLED'));
    expect(committee, 'a DRMM committee of the demo with a meeting').toBeTruthy();
    const meeting = committee!.meetings.nodes.find((m) => m.status !== 'CANCELLED')!;
    const text = 'Afficher dans le hall les heures d’affluence des guichets (démarrage par défaut).';

    const page = await signedIn(MANAGER);
    await openModule(page, 'Comité local des usagers');
    await page.getByRole('link', { name: committee!.name, exact: true }).click();
    await page.getByRole('link', { name: meeting.title }).click();
    await page.getByRole('button', { name: 'Enregistrer une proposition' }).click();
    const form = page.getByRole('form', { name: 'Nouvelle proposition' });
    await form.getByLabel('Proposition').fill(text);
    // The DSFR's label covers its checkbox: the user taps the label.
    await form.locator('label', { hasText: /^DCTAJ$/ }).click();
    expect(await form.getByLabel('DCTAJ', { exact: true }).isChecked(), 'routed to the DCTAJ').toBe(true);
    await form.getByRole('button', { name: 'Enregistrer la proposition' }).click();
    await stored(page, 'raiseProposal', page.locator('li', { hasText: text }).filter({ hasText: '(transmise à DCTAJ)' }));
    await accessible(page, 'defaut-proposition');
    await page.close();

    const data = await api<{ meeting: { proposals: { nodes: { text: string; status: string; routings: { bodyName: string | null; directorate: { code: string } | null }[] }[] } } }>(
      'query ($id: ID!) { meeting(id: $id) { proposals(first: 100) { nodes { text status routings { bodyName directorate { code } } } } } }',
      { id: meeting.id },
      token,
    );
    expect(data.meeting.proposals.nodes.filter((p) => p.text === text), 'the proposal read back').toEqual([{ text, status: 'SUBMITTED', routings: [{ bodyName: null, directorate: { code: 'DCTAJ' } }] }]);
  });

  it('committees: a DRMM manager adds an action to the action plan, carried by the DCTAJ', async () => {
    const reference = 'A-DEFAUT-01';
    const title = 'Signalétique des guichets du contrôle de légalité';
    const dueDate = addCalendarDays(parisToday(), 90);
    const page = await signedIn(MANAGER);
    await openModule(page, 'Comité local des usagers');
    await page.getByRole('link', { name: 'Plan d’actions' }).click();
    const planTitle = page.locator('#plan-titre');
    await page.getByRole('button', { name: 'Nouvelle action' }).click();
    const plan = await planTitle.innerText();
    const form = page.getByRole('form', { name: 'Nouvelle action' });
    await form.getByLabel(/^Référence/).fill(reference);
    await form.getByLabel('Intitulé').fill(title);
    await form.getByLabel('Direction pilote').selectOption(DCTAJ.id);
    await form.getByLabel(/^Échéance/).fill(dueDate);
    await form.getByLabel('Origine de l’action').selectOption('OTHER');
    await form.getByRole('button', { name: 'Ajouter l’action' }).click();
    await stored(page, 'addAction', page.getByRole('region', { name: /^Prévue \(\d+\)$/ }).getByText(`${reference} — ${title}`));
    await accessible(page, 'defaut-action');
    await page.close();

    const token = await signIn(platform.gatewayUrl, MANAGER);
    const { actionPlans } = await api<{ actionPlans: { nodes: { id: string; title: string }[] } }>('query ($t: ID) { actionPlans(tenantId: $t, first: 100) { nodes { id title } } }', { t: METZ }, token);
    const planId = actionPlans.nodes.find((p) => p.title === plan)?.id;
    expect(planId, `the plan « ${plan} » shown on the board`).toBeTruthy();
    const { actions } = await api<{ actions: { nodes: { reference: string; title: string; status: string; progress: number; dueDate: string; originKind: string; ownerDirectorate: { code: string } }[] } }>(
      'query ($f: ActionFilter) { actions(filter: $f, first: 100) { nodes { reference title status progress dueDate originKind ownerDirectorate { code } } } }',
      { f: { planId } },
      token,
    );
    expect(actions.nodes.filter((a) => a.reference === reference), 'the action read back').toEqual([{ reference, title, status: 'PLANNED', progress: 0, dueDate, originKind: 'OTHER', ownerDirectorate: { code: 'DCTAJ' } }]);
  });

  it('quality: a DRMM manager plans the renewal audit of Qual-e-pref, read back with its cycle', async () => {
    const page = await signedIn(MANAGER);
    await openModule(page, 'Comité local des usagers');
    await page.getByRole('link', { name: 'Label', exact: true }).click();
    const label = page.getByRole('region', { name: 'Qual-e-pref 2019' });
    await label.getByRole('button', { name: 'Programmer un audit' }).click();
    const form = label.getByRole('form', { name: 'Programmer un audit' });
    const plannedOn = addCalendarDays(parisToday(), 30);
    await form.getByLabel('Type d’audit').selectOption('RENEWAL');
    await form.getByLabel('Date prévue').fill(plannedOn);
    await form.getByLabel(/^Auditeur/).fill('AFNOR Certification (démarrage par défaut)');
    await form.getByRole('button', { name: 'Programmer l’audit' }).click();
    await stored(page, 'planAudit', label.getByRole('cell', { name: 'AFNOR Certification (démarrage par défaut)' }));
    await accessible(page, 'defaut-label');
    await page.close();

    const token = await signIn(platform.gatewayUrl, MANAGER);
    const { labellings } = await api<{ labellings: { nodes: { referential: { code: string }; audits: { nodes: { kind: string; plannedOn: string; heldOn: string | null; auditor: string | null }[] } }[] } }>(
      'query ($t: ID) { labellings(tenantId: $t) { nodes { referential { code } audits(first: 50) { nodes { kind plannedOn heldOn auditor } } } } }',
      { t: METZ },
      token,
    );
    const audits = labellings.nodes.find((l) => l.referential.code === 'QUAL_E_PREF')!.audits.nodes;
    expect(audits.filter((a) => a.auditor === 'AFNOR Certification (démarrage par défaut)'), 'the audit read back').toEqual([{ kind: 'RENEWAL', plannedOn, heldOn: null, auditor: 'AFNOR Certification (démarrage par défaut)' }]);
  });

  it('quality: a DRMM manager computes the indicators of the last year, read back with their source', async () => {
    const year = String(Number(parisToday().slice(0, 4)) - 1);
    const page = await signedIn(MANAGER);
    await openModule(page, 'Comité local des usagers');
    await page.getByRole('link', { name: 'Label', exact: true }).click();
    await page.getByRole('button', { name: `Calculer les indicateurs ${year}` }).click();
    await stored(page, 'computeIndicatorValues', page.getByText(new RegExp(`^\\d+ indicateurs calculés pour ${year}`)));
    await page.close();

    const token = await signIn(platform.gatewayUrl, MANAGER);
    const { indicatorValues } = await api<{ indicatorValues: { nodes: { source: string; indicator: { code: string } }[] } }>(
      'query ($t: ID, $p: String) { indicatorValues(tenantId: $t, period: $p, source: COMPUTED, first: 100) { nodes { source indicator { code } } } }',
      { t: METZ, p: year },
      token,
    );
    expect(indicatorValues.nodes.map((v) => v.indicator.code), 'the values computed').toEqual(expect.arrayContaining(['COURRIELS_DELAI_ANNONCE', 'TAUX_DECROCHE_GLOBAL', 'TAUX_SATISFACTION_GLOBAL', 'CLU_CADENCE_RESPECTEE']));
  });

  it('surveys: a DRMM manager creates a hall campaign opening today', async () => {
    hallCampaign ??= createHallCampaign();
    await hallCampaign;
  });

  it('correspondence: a DCTAJ agent registers a letter, due from the delay target in force', async () => {
    const subject = 'Demande d’avis sur une délibération (démarrage par défaut)';
    const page = await signedIn(AGENT);
    await openModule(page, 'Collectivités et affaires juridiques');
    await page.getByRole('heading', { name: 'Tableau de suivi' }).waitFor();
    await page.getByRole('button', { name: 'Enregistrer un courrier' }).click();
    const form = page.getByRole('form', { name: 'Nouveau courrier' });
    await form.getByLabel('Service destinataire').selectOption({ label: `${BCL.code} — ${BCL.name}` });
    await form.getByLabel('Type de correspondant').selectOption('COLLECTIVITE');
    await form.getByLabel('Objet', { exact: true }).fill(subject);
    await form.getByRole('button', { name: 'Enregistrer le courrier' }).click();
    const registered = page.locator('.fr-alert', { hasText: 'Courrier enregistré' });
    await stored(page, 'registerCorrespondenceItem', registered);
    expect(await registered.innerText()).toContain(`« ${subject} » est à traiter au plus tard le`);
    await accessible(page, 'defaut-courrier');
    await page.close();

    const today = parisToday();
    const token = await signIn(platform.gatewayUrl, AGENT);
    const { correspondenceItems } = await api<{ correspondenceItems: { nodes: { subject: string; channel: string; receivedOn: string; correspondentKind: string; status: string; dueDate: string; service: { code: string }; directorate: { code: string } }[] } }>(
      'query ($f: CorrespondenceItemFilter!) { correspondenceItems(filter: $f, first: 100) { nodes { subject channel receivedOn correspondentKind status dueDate service { code } directorate { code } } } }',
      { f: { directorateId: DCTAJ.id, from: today } },
      token,
    );
    const items = correspondenceItems.nodes.filter((i) => i.subject === subject);
    expect(items.map(({ dueDate: _, ...rest }) => rest), 'the letter read back').toEqual([
      { subject, channel: 'LETTER', receivedOn: today, correspondentKind: 'COLLECTIVITE', status: 'OPEN_ON_TIME', service: { code: 'BCL' }, directorate: { code: 'DCTAJ' } },
    ]);
    expect(items[0]!.dueDate > today, 'due after the day of reception').toBe(true);
  });

  it('correspondence: a DCTAJ agent imports a GED export, with its report and a refused line', async () => {
    const csv = [
      'Référence;Date arrivée;Canal;Objet;Expéditeur',
      `GED-DEFAUT-0001;${frenchDate(AS_OF)} 09:15;Courrier;Demande de subvention au titre de la DETR;Collectivité`,
      `GED-DEFAUT-0002;${AS_OF} 10:30;Courriel;Question sur un arrêté municipal;Élu`,
      `GED-DEFAUT-0003;${frenchDate(AS_OF)} 11:00;Pigeon voyageur;Ligne au canal inconnu;Usager`,
    ].join('\n');
    const page = await signedIn(AGENT);
    await openModule(page, 'Collectivités et affaires juridiques');
    await page.getByRole('heading', { name: 'Tableau de suivi' }).waitFor();
    await page.getByRole('button', { name: 'Importer un export de la GED (CSV)' }).click();
    const form = page.getByRole('form', { name: 'Import d’un export de la GED' });
    await form.getByLabel(/^Fichier CSV exporté de la GED/).setInputFiles({ name: 'export-ged-defaut.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    // The columns are recognised from the header's names.
    expect(await form.getByLabel(/^Colonne de la référence GED/).inputValue()).toBe('Référence');
    expect(await form.getByLabel(/^Colonne du type de correspondant/).inputValue()).toBe('Expéditeur');
    await form.getByLabel(/^Service par défaut/).selectOption(BCL.id);
    await form.getByRole('button', { name: 'Importer', exact: true }).click();
    const report = page.getByTestId('ged-import-report');
    await stored(page, 'importGedCsv', report);
    expect((await report.locator('.fr-alert').innerText()).replace(/\s+/g, ' ')).toContain(
      'Import de « export-ged-defaut.csv » terminé 3 lignes lues : 2 courriers créés, 0 déjà enregistré, 1 ligne refusée.',
    );
    expect((await report.locator('li').allInnerTexts()).map((text) => /^Ligne (\d+)/.exec(text)?.[1]), 'the refused line').toEqual(['4']);
    await accessible(page, 'defaut-import-ged');
    await page.close();

    const token = await signIn(platform.gatewayUrl, AGENT);
    const item = async (gedReference: string) =>
      (
        await api<{ correspondenceItems: { nodes: { subject: string; channel: string; receivedOn: string; correspondentKind: string; service: { code: string } }[] } }>(
          'query ($f: CorrespondenceItemFilter!) { correspondenceItems(filter: $f, first: 10) { nodes { subject channel receivedOn correspondentKind service { code } } } }',
          { f: { gedReference } },
          token,
        )
      ).correspondenceItems.nodes;
    expect(await item('GED-DEFAUT-0001'), 'the first line read back').toEqual([{ subject: 'Demande de subvention au titre de la DETR', channel: 'LETTER', receivedOn: AS_OF, correspondentKind: 'COLLECTIVITE', service: { code: 'BCL' } }]);
    expect(await item('GED-DEFAUT-0002'), 'the second line read back').toEqual([{ subject: 'Question sur un arrêté municipal', channel: 'EMAIL', receivedOn: AS_OF, correspondentKind: 'ELECTED_OFFICIAL', service: { code: 'BCL' } }]);
    expect(await item('GED-DEFAUT-0003'), 'the refused line').toEqual([]);
    const { gedImports } = await api<{ gedImports: { nodes: { fileName: string; rowCount: number; created: number; rejected: number }[] } }>('query ($t: ID) { gedImports(tenantId: $t, first: 100) { nodes { fileName rowCount created rejected } } }', { t: METZ }, token);
    expect(gedImports.nodes.filter((i) => i.fileName === 'export-ged-defaut.csv'), 'the import read back').toEqual([{ fileName: 'export-ged-defaut.csv', rowCount: 3, created: 2, rejected: 1 }]);
  });

  it('correspondence: a DCTAJ agent records an act under legality control', async () => {
    const collectivite = 'Commune de Scy-Chazelles';
    const act = 'Délibération — règlement du cimetière (démarrage par défaut)';
    const today = parisToday();
    const page = await signedIn(AGENT);
    await openModule(page, 'Collectivités et affaires juridiques');
    await page.getByRole('link', { name: 'Contrôle de légalité' }).click();
    await page.getByRole('button', { name: 'Enregistrer un acte' }).click();
    const form = page.getByRole('form', { name: 'Nouvel acte au contrôle de légalité' });
    await form.getByLabel('Collectivité', { exact: true }).fill(collectivite);
    await form.getByLabel(/^Acte/).fill(act);
    await form.getByLabel('Reçu en préfecture le').fill(today);
    await form.getByRole('button', { name: 'Enregistrer l’acte' }).click();
    await stored(page, 'recordLegalityControl', page.locator('tbody tr', { hasText: collectivite }).filter({ hasText: act }));
    await accessible(page, 'defaut-legalite');
    await page.close();

    const token = await signIn(platform.gatewayUrl, AGENT);
    const { legalityControls } = await api<{ legalityControls: { nodes: { collectiviteName: string; actKind: string; receivedAt: string; referralDeadline: string; referralState: string; ownerDirectorate: { code: string } }[] } }>(
      'query ($from: String, $to: String) { legalityControls(from: $from, to: $to, first: 100) { nodes { collectiviteName actKind receivedAt referralDeadline referralState ownerDirectorate { code } } } }',
      { from: today, to: today },
      token,
    );
    const controls = legalityControls.nodes.filter((c) => c.actKind === act);
    expect(controls.map(({ referralDeadline: _, ...rest }) => rest), 'the act read back').toEqual([{ collectiviteName: collectivite, actKind: act, receivedAt: today, referralState: 'OPEN', ownerDirectorate: { code: 'DCTAJ' } }]);
    // Two months after reception.
    expect(controls[0]!.referralDeadline > addCalendarDays(today, 55), 'the referral window').toBe(true);
  });

  it('surveys: an administrator issues a hall tablet token, and the kiosk answers the new campaign', async () => {
    hallCampaign ??= createHallCampaign();
    const campaign = await hallCampaign;
    const deviceName = 'Hall d’accueil, près des guichets des titres (démarrage par défaut)';
    const page = await signedIn(ADMINISTRATOR);
    await openModule(page, 'Comité local des usagers');
    await page.getByRole('link', { name: 'Bornes du hall' }).click();
    await page.getByLabel(/^Nouvelle borne : où se trouve-t-elle \?/).fill(deviceName);
    await page.getByRole('button', { name: 'Délivrer un jeton' }).click();
    const tokenShown = page.getByTestId('kiosk-token');
    await stored(page, 'issueKioskDevice', tokenShown);
    const deviceToken = (await tokenShown.innerText()).trim();
    expect(deviceToken.length, 'the token shown').toBeGreaterThan(20);
    await page.getByRole('row', { name: deviceName }).waitFor();
    await accessible(page, 'defaut-jeton-borne');
    await page.close();

    const administrator = await signIn(platform.gatewayUrl, ADMINISTRATOR);
    const { kioskDevices } = await api<{ kioskDevices: { nodes: { name: string; revokedAt: string | null }[] } }>('{ kioskDevices(first: 100) { nodes { name revokedAt } } }', {}, administrator);
    expect(kioskDevices.nodes.filter((d) => d.name === deviceName), 'the tablet read back').toEqual([{ name: deviceName, revokedAt: null }]);

    const kiosk = await browser.newPage();
    await kiosk.goto(`${platform.kioskUrl}/borne`);
    await kiosk.getByRole('heading', { name: 'Configuration de la borne', level: 1 }).waitFor();
    await kiosk.getByLabel(/^Jeton de la borne/).fill(deviceToken);
    await kiosk.getByRole('button', { name: 'Enregistrer le jeton' }).click();
    const survey = kiosk.locator('li', { has: kiosk.getByRole('heading', { name: campaign.title }) });
    await survey.waitFor();
    await accessible(kiosk, 'defaut-borne-accueil');
    await survey.getByRole('button', { name: /Commencer/ }).click();
    const remark = 'Accueil rapide, merci (démarrage par défaut).';
    const typed = await answerEveryQuestion(kiosk, remark);
    await kiosk.getByRole('heading', { name: 'Merci pour votre participation !' }).waitFor();
    // Sent from the tablet's queue once the server gave its receipt.
    await kiosk.getByText('Toutes les réponses sont envoyées.').waitFor();
    await accessible(kiosk, 'defaut-borne-merci');
    await kiosk.close();

    const manager = await signIn(platform.gatewayUrl, MANAGER);
    const { campaign: read } = await api<{ campaign: { responseCount: number; results: { respondents: number; respondentsByChannel: { channel: string; respondents: number }[]; questions: { question: { key: string }; respondents: number }[] }; comments: { nodes: { text: string }[] } } }>(
      'query ($id: ID!) { campaign(id: $id) { responseCount results { respondents respondentsByChannel { channel respondents } questions { question { key } respondents } } comments(first: 10) { nodes { text } } } }',
      { id: campaign.id },
      manager,
    );
    expect(read.responseCount, 'the response stored').toBe(1);
    expect(read.results.respondents).toBe(1);
    expect(read.results.respondentsByChannel).toEqual([{ channel: 'KIOSK', respondents: 1 }]);
    // Every question was answered on the tablet.
    expect(read.results.questions.filter((q) => q.respondents !== 1).map((q) => q.question.key), 'questions without the answer').toEqual([]);
    expect(read.comments.nodes.map((c) => c.text)).toEqual(typed);
  });

  // The demo reaches the as-of date: its year shows figures in every tenant, not zeros.
  const CURRENT_YEAR = Number(AS_OF.slice(0, 4));
  const count = (text: string) => Number(text.replace(/\s/g, ''));
  const tenants = [
    { key: 'metz', agent: AGENT, module: 'Collectivités et affaires juridiques' },
    { key: 'forbach', agent: 'forbach.agent@demo.qualipref.test', module: 'Courrier de la sous-préfecture' },
    { key: 'thionville', agent: 'thionville.agent@demo.qualipref.test', module: 'Courrier de la sous-préfecture' },
  ] as const;

  for (const tenant of tenants) {
    it(`${tenant.key}: the dashboard and the tableau de suivi of the current year show figures`, async () => {
      const page = await signedIn(tenant.agent, true);
      expect(await page.getByLabel('Année').inputValue()).toBe(String(CURRENT_YEAR));
      const total = page.locator('[data-testid="dashboard-table"] tbody tr', { has: page.locator('th', { hasText: 'Total' }) });
      await total.waitFor();
      const [received, answered] = await total.locator('td').allInnerTexts();
      expect(count(received!), `${tenant.key}: items received in ${CURRENT_YEAR}`).toBeGreaterThan(0);
      expect(count(answered!), `${tenant.key}: items answered in ${CURRENT_YEAR}`).toBeGreaterThan(0);
      await accessible(page, `defaut-annee-courante-tableau-de-bord-${tenant.key}`);

      await openModule(page, tenant.module);
      await page.getByRole('heading', { name: 'Tableau de suivi' }).waitFor();
      expect(await page.getByLabel('Année').inputValue()).toBe(String(CURRENT_YEAR));
      const figure = page.locator('[data-figure="received"] dd');
      await figure.waitFor();
      expect(count(await figure.innerText()), `${tenant.key}: the module's tableau de suivi`).toBeGreaterThan(0);
      await accessible(page, `defaut-annee-courante-tableau-de-suivi-${tenant.key}`);
      await page.close();
    });
  }

  it('metz: the quality indicators of the current year show figures in the three domains', async () => {
    const page = await signedIn(MANAGER, true);
    await openModule(page, 'Comité local des usagers');
    await page.getByRole('link', { name: 'Indicateurs qualité' }).click();
    await page.getByRole('heading', { name: 'Indicateurs qualité' }).waitFor();
    expect(await page.getByLabel('Année').inputValue()).toBe(String(CURRENT_YEAR));
    const received = page.locator('[data-figure="courriers-recus"] dd');
    await received.waitFor();
    expect(count(await received.innerText()), 'letters received this year').toBeGreaterThan(0);
    const respondents = page.getByText(new RegExp(`${CURRENT_YEAR} — (\\d+) répondants`));
    await respondents.first().waitFor();
    expect(Number(/— (\d+) répondants/.exec(await respondents.first().innerText())![1]), 'respondents of the year’s hall survey').toBeGreaterThanOrEqual(150);
    const plan = page.locator('[data-figure="plan-actions"] dd');
    await plan.waitFor();
    expect(Number(/\/ (\d+) réalisées/.exec(await plan.innerText())![1]), 'actions of the latest plan').toBeGreaterThan(0);
    await accessible(page, 'defaut-annee-courante-qualite-metz');
    await page.close();
  });

  // The sous-préfectures have no DRMM module in the console yet: their quality indicators are read
  // with the quality page's queries, through the gateway.
  for (const tenant of ['forbach', 'thionville'] as const) {
    it(`${tenant}: the quality indicators of the current year show figures in the three domains`, async () => {
      const token = await signIn(platform.gatewayUrl, `${tenant}.manager@demo.qualipref.test`);
      const tenantId = TENANTS[tenant].id;
      const year = await api<{ tenant: { correspondenceTableau: { total: { received: number } } }; campaigns: { nodes: { channel: string; results: { respondents: number; dimensions: { satisfaction: { rate: number | null } }[] } }[] }; actionPlans: { nodes: { id: string; year: number }[] } }>(
        `query ($t: ID!, $from: String!, $to: String!, $year: Int) {
           tenant(id: $t) { correspondenceTableau(from: $from, to: $to) { total { received } } }
           campaigns(tenantId: $t, year: $year, first: 10) { nodes { channel results { respondents dimensions { satisfaction { rate } } } } }
           actionPlans(tenantId: $t, first: 20) { nodes { id year } } }`,
        { t: tenantId, from: `${CURRENT_YEAR}-01-01`, to: AS_OF, year: CURRENT_YEAR },
        token,
      );
      expect(year.tenant.correspondenceTableau.total.received, `${tenant}: letters received this year`).toBeGreaterThan(0);
      const hall = year.campaigns.nodes.find((c) => c.channel === 'HALL');
      expect(hall?.results.respondents, `${tenant}: respondents of the year’s hall survey`).toBeGreaterThanOrEqual(150);
      expect(hall!.results.dimensions.some((d) => (d.satisfaction.rate ?? 0) > 0), `${tenant}: satisfaction of the year`).toBe(true);
      const latest = [...year.actionPlans.nodes].sort((a, b) => b.year - a.year)[0];
      expect(latest, `${tenant}: an action plan`).toBeDefined();
      const { actions } = await api<{ actions: { totalCount: number } }>('query ($p: ID!) { actions(filter: { planId: $p }, first: 1) { totalCount } }', { p: latest!.id }, token);
      expect(actions.totalCount, `${tenant}: actions of the latest plan`).toBeGreaterThan(0);
    });
  }

  it('stops cleanly on Ctrl-C', async () => {
    platform.child.kill('SIGINT');
    expect(await platform.exited).toBe(0);
    expect(platform.output.at(-1)).toBe('[qualipref] stopped');
  });
});
