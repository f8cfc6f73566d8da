// The default start (`npm start` without DATABASE_URL) measured as a newcomer meets it: the
// launcher on a fresh data directory, its memory at rest, then one write per subgraph through
// the gateway, each timed, and whether a long transaction of one service makes another wait.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { toCalendarDate } from '@qualipref/calendar';
import { directorateId, DIRECTORATES, TENANTS } from '@qualipref/demo-fixtures';

export interface DefaultStartOptions {
  launcher: string;
  asOf: string;
  /** `per-service`, `shared`, or both in turn. */
  modes: string[];
}

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      rss.set(Number(entry), Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while the table was read.
    }
  }
  const sum = (p: number): number => (rss.get(p) ?? 0) + (children.get(p) ?? []).reduce((total, child) => total + sum(child), 0);
  return sum(pid);
}

async function gql<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new Error(`${body.errors[0]!.extensions?.code ?? ''} ${body.errors[0]!.message}`);
  return body.data!;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: Math.round(performance.now() - started), value };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A GED export of `lines` letters for the DCTAJ's legality bureau. */
function gedCsv(prefix: string, lines: number, asOf: string): string {
  const rows = Array.from({ length: lines }, (_, i) => `${prefix}-${String(i + 1).padStart(5, '0')};${asOf} 09:${String(i % 60).padStart(2, '0')};Courrier;Demande de renseignements ${i + 1};Usager`);
  return ['Référence;Date arrivée;Canal;Objet;Expéditeur', ...rows].join('\n');
}

interface Questionnaire {
  id: string;
  key: string;
  version: number;
  questions: { key: string; kind: string; required: boolean; minValue: number | null; options: { key: string }[] }[];
}

/** A respondent who answers every question that has to be answered. */
function answersTo(questionnaire: Questionnaire) {
  return questionnaire.questions
    .filter((q) => q.required || q.kind === 'SATISFACTION')
    .map((q) => {
      if (q.kind === 'SATISFACTION') return { questionKey: q.key, option: 'SATISFIED' };
      if (q.kind === 'SINGLE_CHOICE') return { questionKey: q.key, option: q.options[0]!.key };
      if (q.kind === 'MULTIPLE_CHOICE') return { questionKey: q.key, options: [q.options[0]!.key] };
      if (q.kind === 'NUMBER') return { questionKey: q.key, number: q.minValue ?? 0 };
      return { questionKey: q.key, text: 'Rien à signaler.' };
    });
}

const GED_MAPPING = { gedReference: 'Référence', receivedAt: 'Date arrivée', channel: 'Canal', subject: 'Objet', correspondentKind: 'Expéditeur' };
const BCL = DIRECTORATES.find((d) => d.code === 'DCTAJ')!.services.find((s) => s.code === 'BCL')!.id;
const DCTAJ = directorateId('metz', 'DCTAJ');
const DRMM = directorateId('metz', 'DRMM');

async function measureMode(options: DefaultStartOptions, mode: string): Promise<Record<string, string | number>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'qp-default-start-'));
  const env: NodeJS.ProcessEnv = { ...process.env, QUALIPREF_DATA_DIR: dataDir, QUALIPREF_PORTS: 'auto', LOG_LEVEL: 'warn', DEMO_AS_OF: options.asOf, EMBEDDED_DATABASE: mode };
  delete env.DATABASE_URL;
  delete env.SMTP_URL;
  const started = performance.now();
  const child = spawn(process.execPath, [options.launcher], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const gateway = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the platform was not ready after 10 minutes')), 600_000);
      createInterface({ input: child.stdout! }).on('line', (line) => {
        const ready = /^READY gateway=(\S+)/.exec(line);
        if (ready) {
          clearTimeout(timer);
          resolve(ready[1]!);
        }
      });
      void exited.then(() => reject(new Error('the launcher exited during start-up')));
    });
    const readyMs = Math.round(performance.now() - started);
    // At rest: the start-up's garbage collected, nothing asked.
    await new Promise((r) => setTimeout(r, 10_000));
    const rssAtRest = treeRss(child.pid!);

    const signIn = async (email: string) => (await gql<{ signIn: { token: string } }>(gateway, 'mutation($e: String!) { signIn(email: $e, password: "qualipref-demo") { token } }', { e: email })).signIn.token;
    const manager = await signIn('metz.manager@demo.qualipref.test');
    const agent = await signIn('metz.agent@demo.qualipref.test');
    const admin = await signIn('metz.administrator@demo.qualipref.test');
    const context = await gql<{ committees: { nodes: { meetings: { nodes: { id: string }[] } }[] }; actionPlans: { nodes: { id: string }[] }; questionnaires: { nodes: Questionnaire[] }; surveyPanels: { nodes: { id: string; kind: string }[] } }>(
      gateway,
      `{ committees(tenantId: "${TENANTS.metz.id}", first: 1) { nodes { meetings(first: 1) { nodes { id } } } }
         actionPlans(tenantId: "${TENANTS.metz.id}", first: 1) { nodes { id } }
         questionnaires(first: 100) { nodes { id key version questions { key kind required minValue options { key } } } } surveyPanels(first: 50) { nodes { id kind } } }`,
      {},
      manager,
    );
    const meetingId = context.committees.nodes[0]!.meetings.nodes[0]!.id;
    const planId = context.actionPlans.nodes[0]!.id;
    const questionnaire = context.questionnaires.nodes.filter((q) => q.key === 'usagers-hall').sort((a, b) => b.version - a.version)[0]!;
    const questionnaireId = questionnaire.id;
    const panelId = context.surveyPanels.nodes.find((p) => p.kind === 'HALL_USERS')!.id;
    const today = toCalendarDate(new Date());
    const year = Number(today.slice(0, 4));

    const writes: [string, () => Promise<unknown>][] = [
      ['createCommittee', () => gql(gateway, 'mutation($d: ID!) { createCommittee(input: { kind: "CLU", name: "Comité mesuré", decisionDate: "2026-01-05", decisionReference: "Arrêté 2026-1", chairName: "Le secrétaire général", ownerDirectorateId: $d, colleges: [{ code: "USAGERS", name: "Usagers" }] }) { id } }', { d: DRMM }, manager)],
      ['raiseProposal (routed)', () => gql(gateway, 'mutation($m: ID!, $d: ID!) { raiseProposal(meetingId: $m, input: { text: "Afficher les heures d’affluence", authorName: "Un membre", routings: [{ directorateId: $d }] }) { id } }', { m: meetingId, d: DCTAJ }, manager)],
      ['addAction', () => gql(gateway, 'mutation($p: ID!, $d: ID!) { addAction(planId: $p, input: { reference: "MESURE-1", title: "Action mesurée", ownerDirectorateId: $d, originKind: OTHER }) { id } }', { p: planId, d: DCTAJ }, manager)],
      ['registerCorrespondenceItem', () => gql(gateway, 'mutation($s: ID!, $r: DateTimeISO!) { registerCorrespondenceItem(input: { channel: LETTER, receivedAt: $r, serviceId: $s, correspondentKind: USER, subject: "Courrier mesuré" }) { id } }', { s: BCL, r: new Date(Date.now() - 3_600_000).toISOString() }, agent)],
      ['importGedCsv (100 lines)', () => gql(gateway, 'mutation($csv: String!, $m: GedColumnMapping!, $s: ID) { importGedCsv(csv: $csv, mapping: $m, serviceId: $s) { created rejected } }', { csv: gedCsv('MESURE', 100, today), m: GED_MAPPING, s: BCL }, agent)],
      ['recordLegalityControl', () => gql(gateway, 'mutation($r: String!) { recordLegalityControl(input: { collectiviteName: "Commune de Woippy", actKind: "Délibération", receivedAt: $r }) { id } }', { r: today }, agent)],
      ['createCampaign', () => gql(gateway, 'mutation($i: CampaignInput!) { createCampaign(input: $i) { id } }', { i: { year, title: 'Enquête mesurée', questionnaireId, panelId, channel: 'HALL', opensOn: today, closesOn: today } }, manager)],
    ];
    const row: Record<string, string | number> = { mode, 'ready s': +(readyMs / 1000).toFixed(1), 'RSS at rest GB': +(rssAtRest / 2 ** 30).toFixed(2) };
    let campaignId = '';
    // A refused write is reported with its time and error, as a user meets it.
    const attempt = async (name: string, write: () => Promise<unknown>) => {
      const started = performance.now();
      const value = await write().catch((error: Error) => error);
      const ms = Math.round(performance.now() - started);
      row[`${name} ms`] = value instanceof Error ? `${ms}, failed: ${value.message.slice(0, 60)}` : ms;
      return value instanceof Error ? null : value;
    };
    for (const [name, write] of writes) {
      const value = await attempt(name, write);
      if (name === 'createCampaign' && value) campaignId = (value as { createCampaign: { id: string } }).createCampaign.id;
    }
    const device = (await gql<{ issueKioskDevice: { token: string } }>(gateway, 'mutation { issueKioskDevice(name: "Borne mesurée") { token } }', {}, admin)).issueKioskDevice.token;
    await attempt('submitKioskResponse', () => gql(gateway, 'mutation($t: String!, $c: ID!, $a: [AnswerInput!]!) { submitKioskResponse(deviceToken: $t, campaignId: $c, clientId: "borne-mesure-1", answers: $a) { responseId } }', { t: device, c: campaignId, a: answersTo(questionnaire) }));

    // Does one service's long transaction make another wait? `me` (organization) alone, then while
    // correspondence imports 3,000 lines in one transaction.
    const me = () => timed(() => gql(gateway, '{ me { id } }', {}, manager)).then((t) => t.ms);
    const alone: number[] = [];
    for (let i = 0; i < 20; i += 1) alone.push(await me());
    const importing = timed(() => gql(gateway, 'mutation($csv: String!, $m: GedColumnMapping!, $s: ID) { importGedCsv(csv: $csv, mapping: $m, serviceId: $s) { created } }', { csv: gedCsv('CHARGE', 3000, today), m: GED_MAPPING, s: BCL }, agent).catch((error: Error) => error));
    await new Promise((r) => setTimeout(r, 300));
    const during: number[] = [];
    let busy = true;
    void importing.then(() => (busy = false));
    while (busy && during.length < 200) during.push(await me());
    row['me alone p50 ms'] = median(alone);
    row['me during a 3,000-line import p50 ms'] = during.length ? median(during) : 0;
    row['me during import max ms'] = during.length ? Math.max(...during) : 0;
    const imported = await importing;
    row['3,000-line import ms'] = imported.value instanceof Error ? `${imported.ms}, failed: ${imported.value.message.slice(0, 60)}` : imported.ms;
    return row;
  } finally {
    child.kill('SIGINT');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function defaultStart(options: DefaultStartOptions): Promise<void> {
  process.stdout.write(`npm start without DATABASE_URL (${options.launcher}), demo as of ${options.asOf}, Node ${process.version}\n`);
  const rows: Record<string, string | number>[] = [];
  for (const mode of options.modes) rows.push(await measureMode(options, mode));
  // One column per mode: the figures read side by side.
  const table = Object.fromEntries(Object.keys(rows[0]!).filter((k) => k !== 'mode').map((key) => [key, Object.fromEntries(rows.map((r) => [r.mode, r[key]]))]));
  // eslint-disable-next-line no-console -- the benchmark's output is its table
  console.table(table);
}
