import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, readServiceConfig, withClient } from '@qualipref/server-kit';
import { makeTestCertificates, mailText, startSmtpCapture, type ReceivedMail } from '@qualipref/test-kit';
import { TENANTS } from '@qualipref/demo-fixtures';
import { MailKind } from '../src/domain/enums.js';
import { smtpMailer } from '../src/domain/mailer.js';
import { createOutbox, enqueueMail, type OutboxSettings } from '../src/domain/outbox.js';
import { daysFrom, ok, signIn, startSurveys, today, type Platform } from './helpers.js';

const MAX_ATTEMPTS = 3;
const RETRY_BASE_MS = 60_000;
const SETTINGS: OutboxSettings = { maxAttempts: MAX_ATTEMPTS, retryBaseMs: RETRY_BASE_MS, claimMs: 15 * 60_000, batchSize: 50 };
const FROM = 'Préfecture de la Moselle <ne-pas-repondre@moselle.gouv.fr>';
const TODAY = today();
// The role the service's requests run as, which a test's own outboxes share.
const appRole = () => readServiceConfig(0, { ...process.env, DATABASE_URL: platform.database.url }).databaseAppRole;

let platform: Platform;
let manager: string;
let questionnaireId: string;

beforeAll(async () => {
  platform = await startSurveys(undefined, undefined, { MAIL_MAX_ATTEMPTS: String(MAX_ATTEMPTS), MAIL_RETRY_BASE_MS: String(RETRY_BASE_MS) });
  manager = await signIn(platform.organizationUrl, 'metz', 'MANAGER');
  questionnaireId = (
    await ok<{ createQuestionnaire: { id: string } }>(
      platform.url,
      'mutation($i: CreateQuestionnaireInput!) { createQuestionnaire(input: $i) { id } }',
      { i: { key: 'elus-outbox', title: 'Élus', sections: [{ title: 'DCTAJ', questions: [{ key: 'conseil', text: 'Conseil', kind: 'SATISFACTION', dimension: 'ADVICE_TO_COLLECTIVITES', required: true }] }] } },
      manager,
    )
  ).createQuestionnaire.id;
}, 120_000);
afterAll(async () => platform?.stop());

/** An e-mail campaign whose panel has one member per commune, each with an address of its own. */
async function emailCampaign(title: string, communes: string[]): Promise<string> {
  const panel = await ok<{ createPanel: { id: string } }>(platform.url, 'mutation($n: String!) { createPanel(input: { name: $n, kind: CONFIGURED_LIST }) { id } }', { n: `Panel ${title}` }, manager);
  for (const commune of communes) {
    await ok(platform.url, 'mutation($p: ID!, $i: PanelMemberInput!) { addPanelMember(panelId: $p, input: $i) { id } }', { p: panel.createPanel.id, i: { name: `Maire de ${commune}`, organization: commune, position: 'Maire', email: `mairie-${commune.toLowerCase()}@demo.qualipref.test` } }, manager);
  }
  const campaign = await ok<{ createCampaign: { id: string } }>(
    platform.url,
    'mutation($i: CampaignInput!) { createCampaign(input: $i) { id } }',
    { i: { year: Number(TODAY.slice(0, 4)), title, questionnaireId, panelId: panel.createPanel.id, channel: 'EMAIL', opensOn: TODAY, closesOn: daysFrom(TODAY, 14) } },
    manager,
  );
  return campaign.createCampaign.id;
}

const send = async (campaignId: string, reminders = false) => {
  const field = reminders ? 'sendReminders' : 'sendInvitations';
  const data = await ok<Record<string, { queued: number }>>(platform.url, `mutation($c: ID!) { ${field}(campaignId: $c) { queued } }`, { c: campaignId }, manager);
  return data[field]!.queued;
};

const MESSAGES = 'query($id: ID!) { campaign(id: $id) { responseRate { invited } mailMessages(first: 50) { totalCount nodes { kind status statusLabel attempts nextAttemptAt sentAt member { name } } } } }';
interface MessageRow {
  kind: string;
  status: string;
  statusLabel: string;
  attempts: number;
  nextAttemptAt: string | null;
  sentAt: string | null;
  member: { name: string };
}
const messages = (campaignId: string) => ok<{ campaign: { responseRate: { invited: number }; mailMessages: { totalCount: number; nodes: MessageRow[] } } }>(platform.url, MESSAGES, { id: campaignId }, manager);

const received = (to: string) => platform.mail.messages.filter((m) => m.to.includes(to));
const linkIn = (mail: ReceivedMail) => /\/repondre\/([A-Za-z0-9_-]{43})/.exec(mailText(mail))![1]!;
const opens = async (token: string) => (await ok<{ surveyInvitation: { answered: boolean } | null }>(platform.url, 'query($t: String!) { surveyInvitation(token: $t) { answered } }', { t: token })).surveyInvitation;
const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe('the mail outbox', () => {
  it('keeps an invitation queued while the SMTP server is down and sends it once the server is back', async () => {
    const campaignId = await emailCampaign('Outbox : serveur arrêté', ['Ars']);
    await platform.mail.down();
    expect(await send(campaignId)).toBe(1);
    expect((await messages(campaignId)).campaign.mailMessages.nodes).toMatchObject([{ kind: 'INVITATION', status: 'PENDING', statusLabel: 'En attente', attempts: 0 }]);

    expect(await platform.deliver()).toEqual({ sent: 0, retried: 1, failed: 0 });
    const waiting = (await messages(campaignId)).campaign;
    expect(waiting.mailMessages.nodes).toMatchObject([{ status: 'RETRY_SCHEDULED', statusLabel: 'Nouvel essai prévu', attempts: 1, sentAt: null }]);
    // Not invited until the message is accepted; the message stays queued, so sending again queues nothing more.
    expect(waiting.responseRate.invited).toBe(0);
    expect(await send(campaignId)).toBe(0);
    const retryAt = Date.parse(waiting.mailMessages.nodes[0]!.nextAttemptAt!);
    expect(retryAt).toBeGreaterThan(Date.now());

    await platform.mail.up();
    // Not due before its next attempt.
    expect(await platform.deliver()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await platform.subgraph.app.outbox.runOnce(new Date(retryAt + 1))).toEqual({ sent: 1, retried: 0, failed: 0 });
    const [mail] = received('mairie-ars@demo.qualipref.test');
    expect(received('mairie-ars@demo.qualipref.test')).toHaveLength(1);
    const sent = (await messages(campaignId)).campaign;
    expect(sent.mailMessages.nodes).toMatchObject([{ status: 'SENT', statusLabel: 'Envoyé', attempts: 2, nextAttemptAt: null }]);
    expect(sent.responseRate.invited).toBe(1);
    expect(await opens(linkIn(mail!))).toEqual({ answered: false });
  });

  it('gives a message up as « Échec » after the last attempt the server refused, shows no SMTP text, and keeps the previous link valid', async () => {
    const campaignId = await emailCampaign('Outbox : serveur qui refuse', ['Augny']);
    expect(await send(campaignId)).toBe(1);
    expect(await platform.deliver()).toEqual({ sent: 1, retried: 0, failed: 0 });
    const firstLink = linkIn(received('mairie-augny@demo.qualipref.test')[0]!);

    platform.mail.refuse('Relais interdit pour ce compte (détail-interne-smtp)');
    expect(await send(campaignId, true)).toBe(1);
    const outcomes = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) outcomes.push(await platform.subgraph.app.outbox.runOnce(minutesFromNow(2 ** attempt * 10)));
    expect(outcomes).toEqual([{ sent: 0, retried: 1, failed: 0 }, { sent: 0, retried: 1, failed: 0 }, { sent: 0, retried: 0, failed: 1 }]);
    expect(await platform.subgraph.app.outbox.runOnce(minutesFromNow(100_000))).toEqual({ sent: 0, retried: 0, failed: 0 });
    platform.mail.refuse(null);

    const raw = await fetch(platform.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${manager}` }, body: JSON.stringify({ query: MESSAGES, variables: { id: campaignId } }) }).then((r) => r.text());
    expect(raw).not.toMatch(/détail-interne-smtp|Relais interdit|550/);
    const nodes = (JSON.parse(raw) as { data: { campaign: { mailMessages: { nodes: MessageRow[] } } } }).data.campaign.mailMessages.nodes;
    expect(nodes).toMatchObject([
      { kind: 'INVITATION', status: 'SENT' },
      { kind: 'REMINDER', status: 'FAILED', statusLabel: 'Échec', attempts: MAX_ATTEMPTS, nextAttemptAt: null, sentAt: null },
    ]);
    expect(await opens(firstLink)).toEqual({ answered: false });
    // A given-up message no longer holds its link.
    const bodies = await withClient(platform.database.url, (client) => client.query<{ body: string | null }>('select body from surveys.mail_message where campaign_id = $1', [campaignId]));
    expect(bodies.rows.map((r) => r.body)).toEqual([null, null]);
  });

  it('sends nothing for a change that was rolled back', async () => {
    const campaignId = await emailCampaign('Outbox : annulation', ['Marly']);
    const member = await ok<{ campaign: { panel: { members: { nodes: { id: string }[] } } } }>(platform.url, 'query($id: ID!) { campaign(id: $id) { panel { members(first: 5) { nodes { id } } } } }', { id: campaignId }, manager);
    const mail = { tenantId: TENANTS.metz.id, campaignId, memberId: member.campaign.panel.members.nodes[0]!.id, kind: MailKind.INVITATION, to: 'mairie-marly@demo.qualipref.test', subject: 'Annulé', text: 'Jamais envoyé', tokenHash: 'a'.repeat(64) };
    const em = platform.subgraph.database.forTenant(TENANTS.metz.id);
    await expect(
      em.transactional(async (tx) => {
        enqueueMail(tx, mail, new Date());
        await tx.flush();
        throw new Error('the change failed after queuing its mail');
      }),
    ).rejects.toThrow('the change failed');
    expect(await platform.deliver()).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(received('mairie-marly@demo.qualipref.test')).toEqual([]);
    expect((await messages(campaignId)).campaign.mailMessages.totalCount).toBe(0);
  });

  it('never lets two workers send the same message', async () => {
    const communes = ['Amanvillers', 'Ancy', 'Argancy', 'Chieulles', 'Coin', 'Cuvry', 'Féy', 'Gravelotte', 'Jury', 'Laquenexy', 'Lorry', 'Mey', 'Noisseville', 'Peltre', 'Plappeville', 'Pouilly'];
    const campaignId = await emailCampaign('Outbox : deux workers', communes);
    expect(await send(campaignId)).toBe(communes.length);
    const log = createLogger('surveys', 'silent');
    const workers = [0, 1].map(() => {
      const mailer = smtpMailer(platform.mail.url, FROM);
      return { mailer, outbox: createOutbox(platform.subgraph.database, appRole(), mailer, log, { ...SETTINGS, batchSize: 3 }) };
    });
    let sent = 0;
    for (;;) {
      const rounds = await Promise.all(workers.map((w) => w.outbox.runOnce()));
      const round = rounds.reduce((total, r) => total + r.sent + r.retried + r.failed, 0);
      if (round === 0) break;
      sent += rounds.reduce((total, r) => total + r.sent, 0);
    }
    for (const w of workers) w.mailer.close();
    expect(sent).toBe(communes.length);
    for (const commune of communes) expect(received(`mairie-${commune.toLowerCase()}@demo.qualipref.test`), commune).toHaveLength(1);
    expect((await messages(campaignId)).campaign.mailMessages.nodes.map((m) => [m.status, m.attempts])).toEqual(communes.map(() => ['SENT', 1]));
  });

  for (const tls of ['implicit', 'starttls'] as const) {
    it(`delivers over ${tls === 'implicit' ? 'smtps:// (TLS from the start)' : 'STARTTLS'} to a server whose certificate it verifies`, async () => {
      const certificates = await makeTestCertificates();
      const server = await startSmtpCapture({ tls, certificates });
      // STARTTLS is required, not merely taken when offered: a relay that does not offer it is refused.
      const url = tls === 'starttls' ? `${server.url}?requireTLS=true` : server.url;
      expect(url.startsWith(tls === 'implicit' ? 'smtps://' : 'smtp://')).toBe(true);
      const log = createLogger('surveys', 'silent');
      const commune = tls === 'implicit' ? 'Vany' : 'Vantoux';
      const campaignId = await emailCampaign(`Outbox : ${tls}`, [commune]);
      expect(await send(campaignId)).toBe(1);

      // A client that does not trust the test CA refuses the server: the message waits.
      const untrusting = smtpMailer(url, FROM);
      expect(await createOutbox(platform.subgraph.database, appRole(), untrusting, log, SETTINGS).runOnce()).toEqual({ sent: 0, retried: 1, failed: 0 });
      untrusting.close();
      expect(server.messages).toEqual([]);

      const trusting = smtpMailer(url, FROM, certificates.ca);
      expect(await createOutbox(platform.subgraph.database, appRole(), trusting, log, SETTINGS).runOnce(minutesFromNow(10))).toEqual({ sent: 1, retried: 0, failed: 0 });
      trusting.close();
      expect(server.messages.map((m) => [m.to, m.secure])).toEqual([[[`mairie-${commune.toLowerCase()}@demo.qualipref.test`], true]]);
      expect((await messages(campaignId)).campaign.mailMessages.nodes).toMatchObject([{ status: 'SENT', attempts: 2 }]);
      await server.stop();
    });
  }

  it('refuses to send in clear to a relay that does not offer STARTTLS when it is required', async () => {
    const plain = await startSmtpCapture();
    const mailer = smtpMailer(`${plain.url}?requireTLS=true`, FROM);
    await expect(mailer.send({ to: 'mairie-test@demo.qualipref.test', subject: 'Test', text: 'Test' })).rejects.toThrow();
    mailer.close();
    expect(plain.messages).toEqual([]);
    await plain.stop();
  });
});
