import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER, startSubgraph, type RunningSubgraph } from '@qualipref/server-kit';
import { mailText } from '@qualipref/test-kit';
import type { SurveysApp } from '../src/domain/deps.js';
import { surveys } from '../src/subgraph.js';
import { daysFrom, ok, signIn, startSurveys, today, type Platform } from './helpers.js';

// The public paths' limits with their defaults (README, Configuration): a tablet stores a burst of 10
// responses, then one every 6 s; a link takes 5 attempts; an address 60 submissions a minute.

let platform: Platform;
let second: RunningSubgraph<SurveysApp>;
let manager = '';
let admin = '';
const TODAY = today();

interface Answer {
  data?: { submitKioskResponse?: { responseId: string; duplicate: boolean }; submitInvitationResponse?: { responseId: string } } | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string; retryAfterSeconds?: number } }[];
}

/** A public submission as the gateway passes it on: from a platform peer, naming the client's address. */
async function post(url: string, query: string, variables: Record<string, unknown>, address?: string): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(address ? { [CLIENT_ADDRESS_HEADER]: address } : {}) }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as Answer;
}

const KIOSK = 'mutation($t: String!, $c: ID!, $id: String!, $a: [AnswerInput!]!) { submitKioskResponse(deviceToken: $t, campaignId: $c, clientId: $id, answers: $a) { responseId duplicate } }';
const ANSWERS = [{ questionKey: 'accueil', option: 'SATISFIED' }];
const QUESTIONNAIRE = { title: 'Limites', sections: [{ title: 'Accueil', questions: [{ key: 'accueil', text: 'Accueil', kind: 'SATISFACTION', dimension: 'PHYSICAL_RECEPTION', required: true }] }] };
let serial = 0;

async function campaign(channel: 'HALL' | 'EMAIL', panelId: string): Promise<string> {
  serial += 1;
  const questionnaire = await ok<{ createQuestionnaire: { id: string } }>(platform.url, 'mutation($i: CreateQuestionnaireInput!) { createQuestionnaire(input: $i) { id } }', { i: { ...QUESTIONNAIRE, key: `limites-${serial}` } }, manager);
  const input = { year: Number(TODAY.slice(0, 4)), title: `Limites ${serial}`, questionnaireId: questionnaire.createQuestionnaire.id, panelId, channel, opensOn: TODAY, closesOn: daysFrom(TODAY, 5) };
  return (await ok<{ createCampaign: { id: string } }>(platform.url, 'mutation($i: CampaignInput!) { createCampaign(input: $i) { id } }', { i: input }, manager)).createCampaign.id;
}

const hallPanel = async () => (await ok<{ createPanel: { id: string } }>(platform.url, 'mutation($n: String!) { createPanel(input: { name: $n, kind: HALL_USERS }) { id } }', { n: `Hall ${serial}` }, manager)).createPanel.id;
const device = async () => (await ok<{ issueKioskDevice: { token: string } }>(platform.url, 'mutation { issueKioskDevice(name: "Tablette") { token } }', {}, admin)).issueKioskDevice.token;
const responseCount = async (id: string) => (await ok<{ campaign: { responseCount: number } }>(platform.url, 'query($id: ID!) { campaign(id: $id) { responseCount } }', { id }, manager)).campaign.responseCount;

beforeAll(async () => {
  platform = await startSurveys();
  // A second replica of the service on the same database: the limits are the database's, not a process's.
  second = await startSubgraph(surveys, {
    ...process.env,
    DATABASE_URL: platform.database.url,
    PORT: '0',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    NODE_ENV: 'test',
    SUBGRAPH_ORGANIZATION_URL: platform.organizationUrl,
    AUTH_JWKS_URL: platform.organizationUrl.replace(/\/graphql$/, '/.well-known/jwks.json'),
    SMTP_URL: platform.mail.url,
    MAIL_WORKER_INTERVAL_MS: '0',
  });
  manager = await signIn(platform.organizationUrl, 'metz', 'MANAGER');
  admin = await signIn(platform.organizationUrl, 'metz', 'ADMINISTRATOR');
});
afterAll(async () => {
  await second?.stop();
  await platform?.stop();
});

describe('rate limits of the public survey paths', () => {
  it('stores a burst of one tablet’s responses across two replicas, refuses the rest with a delay, then takes one after it', async () => {
    const id = await campaign('HALL', await hallPanel());
    const token = await device();
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => post(i % 2 ? second.url : platform.url, KIOSK, { t: token, c: id, id: `borne-limite-${i}`, a: ANSWERS }, '198.51.100.1')));
    const elapsed = (Date.now() - started) / 1000;
    const stored = answers.filter((a) => a.data?.submitKioskResponse?.duplicate === false);
    const refused = answers.filter((a) => a.errors?.[0]?.extensions?.code === 'LIMIT_EXCEEDED');
    // The burst, and one more per 6 s the burst itself lasted.
    expect(stored.length).toBeGreaterThanOrEqual(10);
    expect(stored.length).toBeLessThanOrEqual(10 + Math.floor(elapsed / 6));
    expect(stored.length + refused.length).toBe(50);
    for (const answer of refused) {
      expect(answer.data).toBeNull();
      expect(answer.errors![0]!.extensions).toMatchObject({ reason: 'TOO_MANY_SUBMISSIONS' });
      expect(answer.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(answer.errors![0]!.extensions!.retryAfterSeconds).toBeLessThanOrEqual(6);
      expect(answer.errors![0]!.message).toMatch(/^Cette borne envoie trop de réponses à la fois : les suivantes attendent sur la tablette et partiront dans \d s\.$/);
    }
    // Nothing of the refused ones was stored.
    expect(await responseCount(id)).toBe(stored.length);

    // The tablet keeps a refused response and sends it again after the delay: it is taken.
    const index = answers.indexOf(refused[0]!);
    const again = await post(platform.url, KIOSK, { t: token, c: id, id: `borne-limite-${index}`, a: ANSWERS }, '198.51.100.1');
    const wait = again.errors?.[0]?.extensions?.retryAfterSeconds;
    expect(wait).toBeGreaterThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, wait! * 1000));
    const taken = await post(second.url, KIOSK, { t: token, c: id, id: `borne-limite-${index}`, a: ANSWERS }, '198.51.100.1');
    expect(taken.errors).toBeUndefined();
    expect(taken.data!.submitKioskResponse!.duplicate).toBe(false);
    // A retry of a stored response takes nothing from the limit: it is answered as a duplicate.
    expect((await post(platform.url, KIOSK, { t: token, c: id, id: `borne-limite-${index}`, a: ANSWERS }, '198.51.100.1')).data!.submitKioskResponse!.duplicate).toBe(true);
    expect(await responseCount(id)).toBe(stored.length + 1);
  });

  it('counts every tablet behind one client address, and only that address', async () => {
    const id = await campaign('HALL', await hallPanel());
    const tokens = await Promise.all(Array.from({ length: 7 }, device));
    const results: Answer[] = [];
    for (let i = 0; i < 70; i += 1) results.push(await post(i % 2 ? second.url : platform.url, KIOSK, { t: tokens[i % 7], c: id, id: `borne-adresse-${i}`, a: ANSWERS }, '198.51.100.2'));
    const refused = results.filter((a) => a.errors?.[0]?.extensions?.code === 'LIMIT_EXCEEDED');
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(refused[0]!.errors![0]!.message).toMatch(/^Trop de réponses envoyées depuis cette adresse : réessayez dans \d+ s\.$/);
    expect(await responseCount(id)).toBe(70 - refused.length);
    // Another address, another count (a tablet of its own: each of the seven may have used its burst).
    expect((await post(platform.url, KIOSK, { t: await device(), c: id, id: 'borne-adresse-autre', a: ANSWERS }, '198.51.100.3')).errors).toBeUndefined();
  });

  it('takes a few attempts on a personal link, then refuses it for a while without marking it used', async () => {
    const panel = (await ok<{ createPanel: { id: string } }>(platform.url, 'mutation { createPanel(input: { name: "Élus (limites)", kind: CONFIGURED_LIST }) { id } }', {}, manager)).createPanel.id;
    await ok(platform.url, 'mutation($p: ID!) { addPanelMember(panelId: $p, input: { name: "Maire de Scy", organization: "Scy", position: "Maire", email: "mairie-scy@demo.qualipref.test" }) { id } }', { p: panel }, manager);
    const id = await campaign('EMAIL', panel);
    const before = platform.mail.messages.length;
    await ok(platform.url, 'mutation($c: ID!) { sendInvitations(campaignId: $c) { queued } }', { c: id }, manager);
    await platform.deliver();
    const [mail] = (await platform.mail.waitFor(before + 1)).slice(before);
    const link = /\/repondre\/([A-Za-z0-9_-]{43})/.exec(mailText(mail!))![1]!;
    const ANSWER = 'mutation($t: String!, $a: [AnswerInput!]!) { submitInvitationResponse(token: $t, answers: $a) { responseId } }';
    for (let i = 0; i < 5; i += 1) expect((await post(platform.url, ANSWER, { t: link, a: [{ questionKey: 'accueil', option: 'RAVI' }] }, '198.51.100.4')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const limited = await post(second.url, ANSWER, { t: link, a: ANSWERS }, '198.51.100.5');
    expect(limited.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', reason: 'TOO_MANY_SUBMISSIONS' });
    expect(limited.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    const view = await post(platform.url, 'query($t: String!) { surveyInvitation(token: $t) { answered } }', { t: link });
    expect(view.data).toEqual({ surveyInvitation: { answered: false } });
    expect(await responseCount(id)).toBe(0);
  });
});
