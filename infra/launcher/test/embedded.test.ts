import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const launcher = fileURLToPath(new URL('../dist/main.js', import.meta.url));
let dataDir: string;

afterAll(() => rm(dataDir, { recursive: true, force: true }));

async function gql(url: string, query: string, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

describe('npm start without DATABASE_URL', () => {
  it('starts an embedded PostgreSQL, the subgraphs and the gateway; answers; stops cleanly on Ctrl-C', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'qp-embedded-'));
    const env: NodeJS.ProcessEnv = { ...process.env, QUALIPREF_DATA_DIR: dataDir, QUALIPREF_PORTS: 'auto', LOG_LEVEL: 'warn' };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, [launcher], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const output: string[] = [];
    const gatewayUrl = await new Promise<string>((resolve, reject) => {
      // A guard against a launcher that never gets ready, not a speed check: on a shared machine
      // busy with the other suites, seeding the embedded databases may take minutes.
      const timer = setTimeout(() => reject(new Error(`not ready:\n${output.join('\n')}`)), 240_000);
      createInterface({ input: child.stdout }).on('line', (line) => {
        output.push(line);
        const ready = /^READY gateway=(\S+)/.exec(line);
        if (ready) {
          clearTimeout(timer);
          resolve(ready[1]!);
        }
      });
      void exited.then((code) => reject(new Error(`launcher exited (${code}):\n${output.join('\n')}`)));
    });
    expect(output.join('\n')).toMatch(/embedded PostgreSQL \(PGlite\)/);

    const signIn = await gql(gatewayUrl, 'mutation { signIn(email: "metz.manager@demo.qualipref.test", password: "qualipref-demo") { token } }');
    const token = (signIn.data as { signIn: { token: string } } | undefined)?.signIn.token;
    expect(token).toBeTruthy();
    const me = await gql(gatewayUrl, '{ me { email role tenant { name } } tenants { totalCount } }', token);
    expect(me.data).toEqual({ me: { email: 'metz.manager@demo.qualipref.test', role: 'MANAGER', tenant: { name: 'Préfecture de la Moselle' } }, tenants: { totalCount: 1 } });
    const forbach = await gql(gatewayUrl, 'mutation { signIn(email: "forbach.agent@demo.qualipref.test", password: "qualipref-demo") { token } }');
    const forbachToken = (forbach.data as { signIn: { token: string } }).signIn.token;
    const isolated = await gql(gatewayUrl, '{ directorates { nodes { code } } }', forbachToken);
    expect(isolated.data).toEqual({ directorates: { nodes: [{ code: 'SPF' }] } });

    const clu = await gql(gatewayUrl, '{ committees { nodes { name ownerDirectorate { code } meetings { nodes { minutes { pdfPath } } } } } }', token);
    const committee = (clu.data as { committees: { nodes: { name: string; ownerDirectorate: { code: string }; meetings: { nodes: { minutes: { pdfPath: string } }[] } }[] } }).committees.nodes[0]!;
    expect(committee.ownerDirectorate.code).toBe('DRMM');
    const pdf = await fetch(gatewayUrl.replace('/graphql', committee.meetings.nodes[0]!.minutes.pdfPath), { headers: { authorization: `Bearer ${token}` } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');

    // The mail outbox on PGlite: an invitation queued, claimed with `for update skip locked`,
    // handed to the development SMTP sink and recorded as sent.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    const created = async (query: string, field: string) => {
      const result = await gql(gatewayUrl, query, token);
      expect(result.errors).toBeUndefined();
      return (result.data as Record<string, { id: string }>)[field]!.id;
    };
    const questionnaire = await created('mutation { createQuestionnaire(input: { key: "elus-embarque", title: "Élus", sections: [{ title: "DCTAJ", questions: [{ key: "conseil", text: "Conseil", kind: SATISFACTION, dimension: ADVICE_TO_COLLECTIVITES, required: true }] }] }) { id } }', 'createQuestionnaire');
    const panel = await created('mutation { createPanel(input: { name: "Élus (démarrage par défaut)", kind: CONFIGURED_LIST }) { id } }', 'createPanel');
    await created(`mutation { addPanelMember(panelId: "${panel}", input: { name: "Maire de Woippy", organization: "Woippy", position: "Maire", email: "mairie-woippy@demo.qualipref.test" }) { id } }`, 'addPanelMember');
    const campaign = await created(`mutation { createCampaign(input: { year: ${today.slice(0, 4)}, title: "Élus (démarrage par défaut)", questionnaireId: "${questionnaire}", panelId: "${panel}", channel: EMAIL, opensOn: "${today}", closesOn: "${today}" }) { id } }`, 'createCampaign');
    expect((await gql(gatewayUrl, `mutation { sendInvitations(campaignId: "${campaign}") { queued } }`, token)).data).toEqual({ sendInvitations: { queued: 1 } });
    let status = '';
    for (let tries = 0; tries < 600 && status !== 'SENT'; tries++) {
      if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      const messages = await gql(gatewayUrl, `{ campaign(id: "${campaign}") { mailMessages { nodes { status } } } }`, token);
      status = (messages.data as { campaign: { mailMessages: { nodes: { status: string }[] } } }).campaign.mailMessages.nodes[0]!.status;
    }
    expect(status).toBe('SENT');
    expect(output.join('\n')).toMatch(/\[mail\] to mairie-woippy@demo\.qualipref\.test/);

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output.at(-1)).toBe('[qualipref] stopped');
  }, 330_000);
});
