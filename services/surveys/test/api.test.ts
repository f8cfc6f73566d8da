import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailText } from '@qualipref/test-kit';
import { TENANTS, directorateId } from '@qualipref/demo-fixtures';
import { codes, daysFrom, gql, ok, reasons, signIn, startSurveys, today, type Platform } from './helpers.js';
import { wilson } from '../src/domain/results.js';

let platform: Platform;
const tokens: Record<string, string> = {};
const as = (who: string) => tokens[who]!;
// The file's one clock, injected into the service: its rules about open and closed campaigns read the same day, so that a run across midnight agrees with itself.
const TODAY = today();
const NOON = new Date(`${TODAY}T12:00:00+01:00`);

beforeAll(async () => {
  platform = await startSurveys(undefined, () => NOON);
  for (const [key, tenant, role] of [
    ['manager', 'metz', 'MANAGER'],
    ['analyst', 'metz', 'ANALYST'],
    ['agent', 'metz', 'AGENT'],
    ['admin', 'metz', 'ADMINISTRATOR'],
    ['forbach', 'forbach', 'MANAGER'],
  ] as const) {
    tokens[key] = await signIn(platform.organizationUrl, tenant, role);
  }
}, 120_000);
afterAll(async () => platform?.stop());

const RESULTS = `query R($id: ID!) { campaign(id: $id) { title state results {
  baseline comparedTo { year } respondents respondentsByChannel { channel respondents }
  dimensions { dimension satisfaction { satisfied withOpinion rate lower upper } comparison { trend difference } }
  questions { question { key kind } respondents distribution { option count share } satisfaction { satisfied withOpinion rate lower upper } comparison { trend } number { median } } } } }`;

async function campaignId(title: string, token = as('analyst')): Promise<string> {
  const data = await ok<{ campaigns: { nodes: { id: string; title: string }[] } }>(platform.url, 'query($t: ID!) { campaigns(first: 50, tenantId: $t) { nodes { id title } } }', { t: TENANTS.metz.id }, token);
  const found = data.campaigns.nodes.find((c) => c.title === title);
  if (!found) throw new Error(`no campaign ${title}`);
  return found.id;
}

type Rate = { satisfied: number; withOpinion: number; rate: number; lower: number; upper: number };
type Results = {
  campaign: {
    results: {
      baseline: boolean;
      comparedTo: { year: number } | null;
      respondents: number;
      dimensions: { dimension: string; satisfaction: Rate; comparison: { trend: string } }[];
      questions: { question: { key: string }; respondents: number; distribution: { option: string; count: number; share: number }[]; satisfaction: Rate | null; comparison: { trend: string } | null; number: { median: number } | null }[];
    };
  };
};

describe('results of the demo campaigns', () => {
  it('reproduce the 2015 hall findings, with Wilson intervals computed in SQL and the comparison with 2014', async () => {
    const data = await ok<Results>(platform.url, RESULTS, { id: await campaignId('Enquête annuelle de satisfaction des usagers 2015') }, as('analyst'));
    const results = data.campaign.results;
    expect(results.baseline).toBe(false);
    expect(results.comparedTo?.year).toBe(2014);
    expect(results.respondents).toBe(180);
    const dimension = (d: string) => results.dimensions.find((x) => x.dimension === d)!;
    const spaces = dimension('RECEPTION_SPACES').satisfaction;
    expect([spaces.satisfied, spaces.withOpinion]).toEqual([156, 171]);
    expect((spaces.rate * 100).toFixed(2)).toBe('91.23');
    const reference = wilson(156, 171)!;
    expect(spaces.lower).toBeCloseTo(reference.lower, 10);
    expect(spaces.upper).toBeCloseTo(reference.upper, 10);
    for (const d of ['TELEPHONE_RECEPTION', 'DIGITAL_RECEPTION', 'WAITING_TIME']) expect(dimension(d).comparison.trend).toBe('DEGRADED');
    for (const d of ['PHYSICAL_RECEPTION', 'RECEPTION_SPACES']) expect(dimension(d).comparison.trend).toBe('STABLE');
    for (const d of ['PHYSICAL_RECEPTION', 'ANSWER_QUALITY']) {
      expect(dimension(d).satisfaction.rate).toBeGreaterThanOrEqual(0.87);
      expect(dimension(d).satisfaction.rate).toBeLessThanOrEqual(1);
    }
    // Multiple choice: each option counted, shares of the respondents (they add up to more than 1).
    const motif = results.questions.find((q) => q.question.key === 'motif')!;
    expect(motif.distribution.reduce((sum, d) => sum + d.count, 0)).toBeGreaterThan(motif.respondents);
    expect(motif.distribution.reduce((sum, d) => sum + d.share, 0)).toBeGreaterThan(1);
    // The waiting time estimated by users, asked from the 2015 version on (matched by key).
    expect(results.questions.find((q) => q.question.key === 'attente-minutes')!.number!.median).toBeGreaterThan(0);
  });

  it('mark the 2014 campaign as the baseline, and the élus 2015 survey as its own baseline', async () => {
    const first = await ok<Results>(platform.url, RESULTS, { id: await campaignId('Enquête annuelle de satisfaction des usagers 2014') }, as('analyst'));
    expect(first.campaign.results.baseline).toBe(true);
    expect(first.campaign.results.dimensions.length).toBeGreaterThan(0);
    expect(first.campaign.results.dimensions.every((d) => d.comparison.trend === 'BASELINE')).toBe(true);
    const elus = await ok<Results>(platform.url, RESULTS, { id: await campaignId("Enquête de satisfaction des maires et présidents d'EPCI 2015") }, as('analyst'));
    const q = (key: string) => elus.campaign.results.questions.find((x) => x.question.key === key)!.satisfaction!.rate;
    expect(q('accueil-telephonique')).toBe(1);
    expect(q('accueil-physique')).toBeCloseTo(0.9, 2);
    expect(q('reponses-claires')).toBeCloseTo(0.88, 1);
  });

  it('are exported as CSV tables, and the published summary is kept', async () => {
    const id = await campaignId('Enquête annuelle de satisfaction des usagers 2015');
    const base = platform.url.replace(/\/graphql$/, '');
    const csv = await fetch(`${base}/documents/campaigns/${id}/dimensions.csv`, { headers: { authorization: `Bearer ${as('analyst')}` } });
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text).toContain('RECEPTION_SPACES;');
    expect(text).toContain(';91,23;');
    expect((await fetch(`${base}/documents/campaigns/${id}/dimensions.csv`)).status).toBe(401);
    const published = await ok<{ campaign: { state: string; publication: { summary: { respondents: number } } } }>(platform.url, 'query($id: ID!) { campaign(id: $id) { state publication { summary } } }', { id }, as('analyst'));
    expect(published.campaign.state).toBe('PUBLISHED');
    expect(published.campaign.publication.summary.respondents).toBe(180);
  });

  it('are read only within the readable tenants', async () => {
    const forbach = await ok<{ campaigns: { nodes: { tenant: { id: string } }[] } }>(platform.url, '{ campaigns(first: 50) { nodes { tenant { id } } } }', {}, as('forbach'));
    expect(forbach.campaigns.nodes.length).toBeGreaterThan(0);
    expect(forbach.campaigns.nodes.every((c) => c.tenant.id === TENANTS.forbach.id)).toBe(true);
  });
});

const HALL_QUESTIONNAIRE = {
  key: 'borne-test',
  title: 'Questionnaire de la borne',
  sections: [
    {
      title: 'Accueil',
      questions: [
        { key: 'accueil', text: "Qualité de l'accueil", kind: 'SATISFACTION', dimension: 'PHYSICAL_RECEPTION', required: true },
        { key: 'motif', text: 'Motif', kind: 'MULTIPLE_CHOICE', dimension: 'TYPOLOGY', options: [{ key: 'titres', label: 'Titres' }, { key: 'etrangers', label: 'Étrangers' }, { key: 'autre', label: 'Autre' }] },
        { key: 'minutes', text: 'Attente (minutes)', kind: 'NUMBER', dimension: 'WAITING_TIME', minValue: 0, maxValue: 480 },
        { key: 'remarque', text: 'Remarque', kind: 'FREE_TEXT', dimension: 'OTHER' },
      ],
    },
  ],
};

// Fixtures: each test creates what it uses, under a name of its own, so that it runs alone or after any other.
let created = 0;
const unique = (name: string) => `${name}-${++created}`;

async function createQuestionnaire(key = unique('borne')): Promise<{ id: string; version: number; key: string }> {
  const data = await ok<{ createQuestionnaire: { id: string; version: number } }>(platform.url, 'mutation($i: CreateQuestionnaireInput!) { createQuestionnaire(input: $i) { id version } }', { i: { ...HALL_QUESTIONNAIRE, key } }, as('manager'));
  return { ...data.createQuestionnaire, key };
}

async function createHallPanel(): Promise<string> {
  const data = await ok<{ createPanel: { id: string } }>(platform.url, 'mutation($n: String!) { createPanel(input: { name: $n, kind: HALL_USERS }) { id } }', { n: unique('Hall (test)') }, as('manager'));
  return data.createPanel.id;
}

/** A hall campaign on a new questionnaire and panel, from `opensOn` to `closesOn` (by default open from today for five days). */
async function createHallCampaign(opensOn = TODAY, closesOn = daysFrom(TODAY, 5), questionnaireId?: string): Promise<{ id: string; state: string }> {
  const input = { year: Number(opensOn.slice(0, 4)), title: unique('Borne (test)'), questionnaireId: questionnaireId ?? (await createQuestionnaire()).id, panelId: await createHallPanel(), channel: 'HALL', opensOn, closesOn };
  const data = await ok<{ createCampaign: { id: string; state: string } }>(platform.url, 'mutation($i: CampaignInput!) { createCampaign(input: $i) { id state } }', { i: input }, as('manager'));
  return data.createCampaign;
}

async function issueDevice(): Promise<{ token: string; id: string }> {
  const data = await ok<{ issueKioskDevice: { token: string; device: { id: string } } }>(platform.url, 'mutation($n: String!) { issueKioskDevice(name: $n) { token device { id } } }', { n: unique('Tablette') }, as('admin'));
  return { token: data.issueKioskDevice.token, id: data.issueKioskDevice.device.id };
}

const submitKiosk = (deviceToken: string, campaignId: string, clientId: string, answers: unknown[]) =>
  gql<{ submitKioskResponse: { responseId: string; duplicate: boolean } }>(platform.url, 'mutation($t: String!, $c: ID!, $id: String!, $a: [AnswerInput!]!) { submitKioskResponse(deviceToken: $t, campaignId: $c, clientId: $id, answers: $a) { responseId duplicate } }', { t: deviceToken, c: campaignId, id: clientId, a: answers });

describe('questionnaires, campaigns and the hall kiosk', () => {
  it('freeze a questionnaire used by a campaign: a change is refused, a new version keeps the keys', async () => {
    const questionnaire = await createQuestionnaire();
    expect(questionnaire.version).toBe(1);
    await createHallCampaign(TODAY, daysFrom(TODAY, 5), questionnaire.id);
    const { key: _key, ...content } = HALL_QUESTIONNAIRE;
    const change = await gql(platform.url, 'mutation($id: ID!, $i: QuestionnaireContentInput!) { updateQuestionnaire(id: $id, input: $i) { id } }', { id: questionnaire.id, i: { ...content, title: 'Autre titre' } }, as('manager'));
    expect(codes(change)).toEqual(['CONFLICT']);
    const revised = await ok<{ reviseQuestionnaire: { version: number; key: string } }>(platform.url, 'mutation($id: ID!, $i: QuestionnaireContentInput!) { reviseQuestionnaire(id: $id, input: $i) { version key } }', { id: questionnaire.id, i: content }, as('manager'));
    expect(revised.reviseQuestionnaire).toEqual({ version: 2, key: questionnaire.key });
    expect(codes(await gql(platform.url, 'mutation($i: CreateQuestionnaireInput!) { createQuestionnaire(input: $i) { id } }', { i: { ...HALL_QUESTIONNAIRE, key: unique('borne') } }, as('analyst')))).toEqual(['FORBIDDEN']);
  });

  it('take kiosk answers only from an issued device, once per client id', async () => {
    const campaign = (await createHallCampaign()).id;
    expect(codes(await gql(platform.url, 'mutation { issueKioskDevice(name: "Hall") { token } }', {}, as('manager')))).toEqual(['FORBIDDEN']);
    const device = await issueDevice();
    const session = await ok<{ kioskSession: { surveys: { campaignId: string; sections: { questions: { key: string }[] }[] }[] } }>(platform.url, 'query($t: String!) { kioskSession(deviceToken: $t) { surveys { campaignId sections { questions { key } } } } }', { t: device.token });
    expect(session.kioskSession.surveys.map((s) => s.campaignId)).toContain(campaign);

    const submit = (clientId: string, answers: unknown[], token = device.token, id = campaign) => submitKiosk(token, id, clientId, answers);
    const answers = [{ questionKey: 'accueil', option: 'VERY_SATISFIED' }, { questionKey: 'motif', options: ['titres', 'autre'] }, { questionKey: 'minutes', number: 12 }, { questionKey: 'remarque', text: '<b>Très bien</b>' }];
    const first = await submit('tablette-1-0001', answers);
    const retry = await submit('tablette-1-0001', answers);
    expect(first.data!.submitKioskResponse.duplicate).toBe(false);
    expect(retry.data!.submitKioskResponse).toEqual({ responseId: first.data!.submitKioskResponse.responseId, duplicate: true });
    // The same id sent many times at once is still stored once.
    const burst = await Promise.all(Array.from({ length: 8 }, () => submit('tablette-1-0002', answers)));
    expect(new Set(burst.map((r) => r.data!.submitKioskResponse.responseId)).size).toBe(1);

    for (const bad of [[{ questionKey: 'accueil', option: 'RAVI' }], [{ questionKey: 'accueil', number: 3 }], [{ questionKey: 'accueil', option: 'SATISFIED' }, { questionKey: 'minutes', number: 9999 }], [{ questionKey: 'motif', options: ['titres'] }]]) {
      expect(codes(await submit('tablette-1-bad', bad))).toEqual(['BAD_USER_INPUT']);
    }
    expect(reasons(await submit('tablette-1-0003', answers, 'x'.repeat(43)))).toEqual(['DEVICE_UNKNOWN']);
    expect(reasons(await submit('tablette-1-0003', answers, device.token, '0195a000-0000-7000-8000-000000000999'))).toEqual(['CAMPAIGN_UNKNOWN']);

    const count = await ok<{ campaign: { responseCount: number; comments: { nodes: { text: string }[] } } }>(platform.url, 'query($id: ID!) { campaign(id: $id) { responseCount comments(first: 10) { nodes { text } } } }', { id: campaign }, as('analyst'));
    expect(count.campaign.responseCount).toBe(2);
    expect(count.campaign.comments.nodes.map((c) => c.text)).toContain('<b>Très bien</b>');

    const revoked = await ok<{ revokeKioskDevice: { revokedAt: string } }>(platform.url, 'mutation($id: ID!) { revokeKioskDevice(id: $id) { revokedAt } }', { id: device.id }, as('admin'));
    expect(revoked.revokeKioskDevice.revokedAt).toBeTruthy();
    expect(reasons(await submit('tablette-1-0004', answers))).toEqual(['DEVICE_REVOKED']);
    expect(reasons(await submit('tablette-1-0005', answers))).toEqual(['DEVICE_REVOKED']);
    // The revoked token's use is in the tenant's audit trail, once a minute, with nothing it sent.
    const trail = await ok<{ surveysAuditTrail: { nodes: { entityType: string; entityId: string; userEmail: string; changes: { field: string; to: unknown }[] }[] } }>(
      platform.url,
      'query { surveysAuditTrail(filter: { operation: "kioskToken:refused" }) { nodes { entityType entityId userEmail changes { field to } } } }',
      {},
      as('admin'),
    );
    expect(trail.surveysAuditTrail.nodes).toEqual([{ entityType: 'KioskDevice', entityId: device.id, userEmail: '', changes: [{ field: 'reason', to: 'DEVICE_REVOKED' }] }]);
  });

  it('refuse answers to a closed campaign, and publish it once closed', async () => {
    const panelId = await createHallPanel();
    // One panel by its id, to whom reads its tenant only; an unknown or malformed id is null.
    const one = (id: string, token: string) => ok<{ surveyPanel: { id: string; kind: string } | null }>(platform.url, 'query($id: ID!) { surveyPanel(id: $id) { id kind } }', { id }, token);
    expect((await one(panelId, as('manager'))).surveyPanel).toEqual({ id: panelId, kind: 'HALL_USERS' });
    expect((await one(panelId, as('forbach'))).surveyPanel).toBeNull();
    expect((await one('not-an-id', as('manager'))).surveyPanel).toBeNull();
    const closed = await createHallCampaign(daysFrom(TODAY, -10), daysFrom(TODAY, -3));
    expect(closed.state).toBe('CLOSED');
    const device = await issueDevice();
    const late = await submitKiosk(device.token, closed.id, unique('tablette'), [{ questionKey: 'accueil', option: 'SATISFIED' }]);
    expect(codes(late)).toEqual(['CONFLICT']);
    expect(reasons(late)).toEqual(['CAMPAIGN_CLOSED']);
    // Paper forms are keyed in after the week of collection, dated within it.
    const paper = (filledOn: string) => gql(platform.url, 'mutation($c: ID!, $d: String!, $a: [AnswerInput!]!) { enterPaperResponse(campaignId: $c, filledOn: $d, answers: $a) { responseId } }', { c: closed.id, d: filledOn, a: [{ questionKey: 'accueil', option: 'DISSATISFIED' }] }, as('agent'));
    expect(codes(await paper(TODAY))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await paper(daysFrom(TODAY, -5)))).toEqual([]);
    const published = await ok<{ publishResults: { state: string; publication: { summary: { respondents: number } } } }>(platform.url, 'mutation($c: ID!) { publishResults(campaignId: $c) { state publication { summary } } }', { c: closed.id }, as('manager'));
    expect(published.publishResults.state).toBe('PUBLISHED');
    expect(published.publishResults.publication.summary.respondents).toBe(1);
    expect(reasons(await paper(daysFrom(TODAY, -5)))).toEqual(['CAMPAIGN_PUBLISHED']);
    const open = await createHallCampaign();
    expect(reasons(await gql(platform.url, 'mutation($c: ID!) { publishResults(campaignId: $c) { id } }', { c: open.id }, as('manager')))).toEqual(['CAMPAIGN_NOT_CLOSED']);
  });
});

describe('élus invited by e-mail', () => {
  it('answer once through their personal link; reminders go only to those who have not answered', async () => {
    const questionnaire = await ok<{ createQuestionnaire: { id: string } }>(
      platform.url,
      'mutation($i: CreateQuestionnaireInput!) { createQuestionnaire(input: $i) { id } }',
      { i: { key: 'elus-test', title: 'Élus', sections: [{ title: 'DCTAJ', questions: [{ key: 'conseil', text: 'Conseil', kind: 'SATISFACTION', dimension: 'ADVICE_TO_COLLECTIVITES', required: true }] }] } },
      as('manager'),
    );
    const panel = await ok<{ createPanel: { id: string } }>(platform.url, 'mutation { createPanel(input: { name: "Association des élus (test)", kind: CONFIGURED_LIST }) { id } }', {}, as('manager'));
    // Woippy's mayor is known to be a woman, Marly's civility is not; Augny's member is greeted by civility alone.
    const greeted = { Woippy: { civility: 'MADAME', office: 'MAYOR' }, Marly: { civility: null, office: 'MAYOR' }, Augny: { civility: 'MONSIEUR', office: null } };
    for (const commune of ['Woippy', 'Marly', 'Augny'] as const) {
      await ok(platform.url, 'mutation($p: ID!, $i: PanelMemberInput!) { addPanelMember(panelId: $p, input: $i) { id } }', { p: panel.createPanel.id, i: { name: `Maire de ${commune}`, organization: commune, position: 'Maire', ...greeted[commune], email: `mairie-${commune.toLowerCase()}@demo.qualipref.test` } }, as('manager'));
    }
    expect(codes(await gql(platform.url, 'mutation($p: ID!) { addPanelMember(panelId: $p, input: { name: "X", organization: "Y", position: "Z", email: "pas-une-adresse" }) { id } }', { p: panel.createPanel.id }, as('manager')))).toEqual(['BAD_USER_INPUT']);
    const year = Number(TODAY.slice(0, 4));
    const campaign = await ok<{ createCampaign: { id: string } }>(
      platform.url,
      'mutation($i: CampaignInput!) { createCampaign(input: $i) { id } }',
      { i: { year, title: 'Enquête élus (test)', questionnaireId: questionnaire.createQuestionnaire.id, panelId: panel.createPanel.id, channel: 'EMAIL', opensOn: TODAY, closesOn: daysFrom(TODAY, 14) } },
      as('manager'),
    );
    const id = campaign.createCampaign.id;
    const before = platform.mail.messages.length;
    const sent = await ok<{ sendInvitations: { queued: number; skipped: number } }>(platform.url, 'mutation($c: ID!) { sendInvitations(campaignId: $c) { queued skipped } }', { c: id }, as('manager'));
    expect(sent.sendInvitations).toEqual({ queued: 3, skipped: 0 });
    expect(await platform.deliver()).toEqual({ sent: 3, retried: 0, failed: 0 });
    const mails = (await platform.mail.waitFor(before + 3)).slice(before);
    expect(mails.flatMap((m) => m.to).sort()).toEqual(['mairie-augny@demo.qualipref.test', 'mairie-marly@demo.qualipref.test', 'mairie-woippy@demo.qualipref.test']);
    const link = (text: string) => /https:\/\/enquetes\.moselle\.gouv\.fr\/repondre\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];
    const woippy = mails.find((m) => m.to.includes('mairie-woippy@demo.qualipref.test'))!;
    const token = link(mailText(woippy))!;
    expect(token).toBeTruthy();
    const opening = (to: string) => mailText(mails.find((m) => m.to.includes(to))!).trim().split(/\r?\n/)[0];
    expect(opening('mairie-woippy@demo.qualipref.test')).toBe('Madame la Maire,');
    expect(opening('mairie-marly@demo.qualipref.test')).toBe('Madame, Monsieur,');
    expect(opening('mairie-augny@demo.qualipref.test')).toBe('Monsieur,');

    const view = await ok<{ surveyInvitation: { answered: boolean; state: string; survey: { title: string } } }>(platform.url, 'query($t: String!) { surveyInvitation(token: $t) { answered state survey { title } } }', { t: token });
    expect(view.surveyInvitation).toEqual({ answered: false, state: 'OPEN', survey: { title: 'Enquête élus (test)' } });
    const answer = (t: string, option = 'VERY_SATISFIED') => gql(platform.url, 'mutation($t: String!, $a: [AnswerInput!]!) { submitInvitationResponse(token: $t, answers: $a) { responseId } }', { t, a: [{ questionKey: 'conseil', option }] });
    expect(codes(await answer(token, 'RAVI'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await answer(token))).toEqual([]);
    expect(reasons(await answer(token))).toEqual(['LINK_ALREADY_USED']);

    const again = await ok<{ sendInvitations: { queued: number } }>(platform.url, 'mutation($c: ID!) { sendInvitations(campaignId: $c) { queued } }', { c: id }, as('manager'));
    expect(again.sendInvitations.queued).toBe(0);
    const reminded = await ok<{ sendReminders: { queued: number } }>(platform.url, 'mutation($c: ID!) { sendReminders(campaignId: $c) { queued } }', { c: id }, as('manager'));
    expect(reminded.sendReminders.queued).toBe(2);
    expect(await platform.deliver()).toEqual({ sent: 2, retried: 0, failed: 0 });
    const reminders = (await platform.mail.waitFor(before + 5)).slice(before + 3);
    expect(reminders.flatMap((m) => m.to)).not.toContain('mairie-woippy@demo.qualipref.test');
    // A reminder's new link replaces the first one.
    const marly = mails.find((m) => m.to.includes('mairie-marly@demo.qualipref.test'))!;
    expect(reasons(await answer(link(mailText(marly))!))).toEqual(['LINK_UNKNOWN']);
    const marlyAgain = reminders.find((m) => m.to.includes('mairie-marly@demo.qualipref.test'))!;
    expect(codes(await answer(link(mailText(marlyAgain))!))).toEqual([]);

    const rate = await ok<{ campaign: { responseRate: { members: number; invited: number; responded: number; reminded: number; rate: number } } }>(platform.url, 'query($id: ID!) { campaign(id: $id) { responseRate { members invited responded reminded rate } } }', { id }, as('analyst'));
    expect(rate.campaign.responseRate).toMatchObject({ members: 3, invited: 3, responded: 2, reminded: 2 });
    expect(rate.campaign.responseRate.rate).toBeCloseTo(2 / 3, 6);
  });
});

describe('feedback', () => {
  it('records cards and messages as written, answers them and counts them; analysts read without contacts', async () => {
    const recorded = await ok<{ recordFeedback: { id: string; text: string; status: string } }>(
      platform.url,
      'mutation($i: FeedbackInput!) { recordFeedback(input: $i) { id text status } }',
      { i: { receivedOn: TODAY, channel: 'CONTACT_FORM', category: 'WAITING_TIME', text: '<img src=x onerror=alert(1)> trop d’attente', contact: 'usager@example.org' } },
      as('agent'),
    );
    expect(recorded.recordFeedback.text).toBe('<img src=x onerror=alert(1)> trop d’attente');
    expect(codes(await gql(platform.url, 'mutation($i: FeedbackInput!) { recordFeedback(input: $i) { id } }', { i: { receivedOn: daysFrom(TODAY, 3), channel: 'SUGGESTION_BOX', category: 'OTHER', text: 'futur' } }, as('agent')))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(platform.url, 'mutation($i: FeedbackInput!) { recordFeedback(input: $i) { id } }', { i: { receivedOn: TODAY, channel: 'SUGGESTION_BOX', category: 'OTHER', text: 'x' } }, as('analyst')))).toEqual(['FORBIDDEN']);
    const answered = await ok<{ answerFeedback: { status: string } }>(platform.url, 'mutation($id: ID!) { answerFeedback(id: $id, answer: "Nous ouvrons un guichet de plus le lundi.") { status } }', { id: recorded.recordFeedback.id }, as('agent'));
    expect(answered.answerFeedback.status).toBe('ANSWERED');
    expect(codes(await gql(platform.url, 'mutation($id: ID!) { answerFeedback(id: $id, answer: "encore") { status } }', { id: recorded.recordFeedback.id }, as('agent')))).toEqual(['CONFLICT']);
    const month = TODAY.slice(0, 7);
    const counts = await ok<{ feedbackCounts: { nodes: { month: string; category: string; channel: string; received: number; answered: number }[] } }>(platform.url, 'query($f: String!, $t: String!) { feedbackCounts(from: $f, to: $t, first: 100) { nodes { month category channel received answered } } }', { f: `${month}-01`, t: TODAY }, as('analyst'));
    expect(counts.feedbackCounts.nodes).toContainEqual({ month, category: 'WAITING_TIME', channel: 'CONTACT_FORM', received: 1, answered: 1 });
    const list = await ok<{ feedbacks: { nodes: { id: string; contact: string | null }[] } }>(platform.url, '{ feedbacks(first: 5) { nodes { id contact } } }', {}, as('analyst'));
    // The message just recorded, with its contact, is among them (the newest first): the check below is not over an empty list.
    expect(list.feedbacks.nodes.map((f) => f.id)).toContain(recorded.recordFeedback.id);
    expect(list.feedbacks.nodes.every((f) => f.contact === null)).toBe(true);
  });
});

type Page<T> = { nodes: T[]; edges: { cursor: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number };
const PAGE = 'edges { cursor } pageInfo { hasNextPage endCursor } totalCount';

describe('the lists computed in full', () => {
  it('page feedback counts like every other list: by month, category and channel, each row once, a bad cursor refused', async () => {
    const query = `query($after: String) { feedbackCounts(from: "2015-01-01", to: "2015-12-31", tenantId: "${TENANTS.metz.id}", first: 7, after: $after) { nodes { month category channel received } ${PAGE} } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total: number | undefined;
    for (;;) {
      const data: { feedbackCounts: Page<{ month: string; category: string; channel: string }> } = await ok(platform.url, query, { after }, as('analyst'));
      const page = data.feedbackCounts;
      expect(page.nodes.length).toBeLessThanOrEqual(7);
      seen.push(...page.nodes.map((n) => `${n.month}|${n.category}|${n.channel}`));
      total = page.totalCount;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(7);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual([...seen].sort());
    expect(seen.every((key) => /^2015-(0[1-9]|1[0-2])\|/.test(key))).toBe(true);
    expect(codes(await gql(platform.url, `{ feedbackCounts(from: "2015-01-01", to: "2015-12-31", after: "nope") { totalCount } }`, {}, as('analyst')))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(platform.url, `{ feedbackCounts(from: "2015-01-01", to: "2015-12-31", first: 101) { totalCount } }`, {}, as('analyst')))).toEqual(['BAD_USER_INPUT']);
  });

  it('page the perceived waiting time of a year and the dimensions of a directorate', async () => {
    const perceived = await ok<{ _entities: { perceivedWaitingTime: Page<{ campaign: { opensOn: string }; satisfaction: { rate: number; withOpinion: number } }> }[] }>(
      platform.url,
      `query($t: ID!) { _entities(representations: [{ __typename: "Tenant", id: $t }]) { ... on Tenant { perceivedWaitingTime(year: 2015, first: 1) { nodes { campaign { opensOn } satisfaction { rate withOpinion } } ${PAGE} } } } }`,
      { t: TENANTS.metz.id },
      as('analyst'),
    );
    const waiting = perceived._entities[0]!.perceivedWaitingTime;
    expect(waiting.totalCount).toBeGreaterThanOrEqual(1);
    expect(waiting.nodes).toHaveLength(1);
    expect(waiting.nodes[0]!.campaign.opensOn).toMatch(/^2015-\d{2}-\d{2}$/);
    expect(waiting.nodes[0]!.satisfaction.withOpinion).toBeGreaterThan(0);
    const query = `query($d: ID!, $after: String) { _entities(representations: [{ __typename: "Directorate", id: $d }]) { ... on Directorate { surveyDimensions(first: 2, after: $after) { nodes { dimension } ${PAGE} } } } }`;
    type Dimensions = { _entities: { surveyDimensions: Page<{ dimension: string }> }[] };
    const first = (await ok<Dimensions>(platform.url, query, { d: directorateId('metz', 'DCTAJ'), after: null }, as('analyst')))._entities[0]!.surveyDimensions;
    expect(first.nodes).toHaveLength(2);
    expect(first.totalCount).toBeGreaterThan(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await ok<Dimensions>(platform.url, query, { d: directorateId('metz', 'DCTAJ'), after: first.pageInfo.endCursor }, as('analyst')))._entities[0]!.surveyDimensions;
    const all = [...first.nodes, ...next.nodes].map((n) => n.dimension);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(expect.arrayContaining(['ADVICE_TO_COLLECTIVITES', 'APPOINTMENT_DELAYS', 'LEGAL_REASONING']));
  });
});

describe('the rate convention', () => {
  it('gives every rate as a fraction from 0 to 1 beside its sample size, and a change of rate as a difference of fractions', async () => {
    type Rate = { satisfied: number; withOpinion: number; rate: number | null; lower: number | null; upper: number | null };
    const data = await ok<{ campaign: { results: { dimensions: { satisfaction: Rate; comparison: { difference: number | null; previous: Rate | null } | null }[]; questions: { respondents: number; distribution: { count: number; share: number }[] }[] } } }>(
      platform.url,
      `query($id: ID!) { campaign(id: $id) { results {
         dimensions { satisfaction { satisfied withOpinion rate lower upper } comparison { difference previous { satisfied withOpinion rate lower upper } } }
         questions { respondents distribution { count share } } } } }`,
      { id: await campaignId('Enquête annuelle de satisfaction des usagers 2015') },
      as('analyst'),
    );
    const rates = data.campaign.results.dimensions.flatMap((d) => [d.satisfaction, ...(d.comparison?.previous ? [d.comparison.previous] : [])]);
    for (const r of rates) {
      expect(r.rate).toBeCloseTo(r.satisfied / r.withOpinion, 12);
      for (const bound of [r.lower!, r.upper!]) expect(bound >= 0 && bound <= 1).toBe(true);
    }
    const compared = data.campaign.results.dimensions.filter((d) => d.comparison?.difference != null);
    expect(compared.length).toBeGreaterThan(0);
    for (const d of compared) expect(d.comparison!.difference!).toBeCloseTo(d.satisfaction.rate! - d.comparison!.previous!.rate!, 4);
    // The 2015 hall survey lost more than two points on the telephone: a fraction, not points.
    expect(compared.some((d) => d.comparison!.difference! < -0.02 && d.comparison!.difference! > -1)).toBe(true);
    for (const q of data.campaign.results.questions) for (const d of q.distribution) expect(d.share).toBeCloseTo(d.count / q.respondents, 12);

    const email = await ok<{ campaigns: { nodes: { channel: string; responseRate: { invited: number; responded: number; rate: number | null } | null }[] } }>(
      platform.url,
      'query($t: ID!) { campaigns(first: 50, tenantId: $t) { nodes { channel responseRate { invited responded rate } } } }',
      { t: TENANTS.metz.id },
      as('analyst'),
    );
    const invited = email.campaigns.nodes.filter((c) => c.responseRate && c.responseRate.invited > 0);
    expect(invited.length).toBeGreaterThan(0);
    for (const c of invited) expect(c.responseRate!.rate).toBeCloseTo(c.responseRate!.responded / c.responseRate!.invited, 12);
  });
});

describe('what the viewer may do', () => {
  const WHO = ['admin', 'manager', 'agent', 'analyst', 'forbach'] as const;
  const CAPABILITIES = 'manageSurveys issueKioskTokens answerFeedback keyInPaperForms';
  type Capabilities = { manageSurveys: boolean; issueKioskTokens: boolean; answerFeedback: boolean; keyInPaperForms: boolean };
  const capabilities = async (who: string, tenantId: string) =>
    (await ok<{ _entities: Capabilities[] }>(platform.url, `query($t: ID!) { _entities(representations: [{ __typename: "TenantViewerCan", id: $t }]) { ... on TenantViewerCan { ${CAPABILITIES} } } }`, { t: tenantId }, as(who)))._entities[0]!;
  const accepted = (result: { errors?: readonly unknown[] }) => (result.errors ?? []).length === 0;

  it('tells each role its capabilities in a tenant, as the mutations then decide', async () => {
    const expected: Record<(typeof WHO)[number], Capabilities> = {
      admin: { manageSurveys: true, issueKioskTokens: true, answerFeedback: true, keyInPaperForms: true },
      manager: { manageSurveys: true, issueKioskTokens: false, answerFeedback: true, keyInPaperForms: true },
      agent: { manageSurveys: false, issueKioskTokens: false, answerFeedback: true, keyInPaperForms: true },
      analyst: { manageSurveys: false, issueKioskTokens: false, answerFeedback: false, keyInPaperForms: false },
      forbach: { manageSurveys: false, issueKioskTokens: false, answerFeedback: false, keyInPaperForms: false },
    };
    const campaign = (await createHallCampaign()).id;
    for (const who of WHO) {
      const can = await capabilities(who, TENANTS.metz.id);
      expect(can, who).toEqual(expected[who]);
      if (who === 'forbach') continue; // what they create goes to their own tenant: see below.
      expect(accepted(await gql(platform.url, 'mutation($n: String!) { createPanel(input: { name: $n, kind: CONFIGURED_LIST }) { id } }', { n: unique('Panel') }, as(who))), `${who} creates a panel`).toBe(can.manageSurveys);
      expect(accepted(await gql(platform.url, 'mutation($n: String!) { issueKioskDevice(name: $n) { token } }', { n: unique('Tablette') }, as(who))), `${who} issues a token`).toBe(can.issueKioskTokens);
      expect(accepted(await gql(platform.url, 'mutation($i: FeedbackInput!) { recordFeedback(input: $i) { id } }', { i: { receivedOn: TODAY, channel: 'SUGGESTION_BOX', category: 'OTHER', text: 'Carte' } }, as(who))), `${who} records feedback`).toBe(can.answerFeedback);
      const paper = await gql(platform.url, 'mutation($c: ID!, $d: String!, $a: [AnswerInput!]!) { enterPaperResponse(campaignId: $c, filledOn: $d, answers: $a) { responseId } }', { c: campaign, d: TODAY, a: [{ questionKey: 'accueil', option: 'SATISFIED' }] }, as(who));
      expect(accepted(paper), `${who} keys in a paper form`).toBe(can.keyInPaperForms);
    }
    // In their own tenant, the Forbach manager runs the surveys.
    expect(await capabilities('forbach', TENANTS.forbach.id)).toEqual(expected.manager);
  });

  it('says on each campaign, questionnaire, panel and feedback what the viewer may do with it, as the mutations then decide', async () => {
    const questionnaire = await createQuestionnaire();
    const campaign = (await createHallCampaign(TODAY, daysFrom(TODAY, 5), questionnaire.id)).id;
    const panel = (await ok<{ createPanel: { id: string } }>(platform.url, 'mutation($n: String!) { createPanel(input: { name: $n, kind: CONFIGURED_LIST }) { id } }', { n: unique('Élus') }, as('manager'))).createPanel.id;
    await ok(platform.url, 'mutation($p: ID!) { addPanelMember(panelId: $p, input: { name: "Maire de Scy", organization: "Scy-Chazelles", position: "Maire", email: "mairie-scy@demo.qualipref.test" }) { id } }', { p: panel }, as('manager'));
    const { key: _key, ...revision } = HALL_QUESTIONNAIRE;
    type Viewer = {
      campaign: { viewerCanManage: boolean; viewerCanKeyInPaperForms: boolean } | null;
      questionnaire: { viewerCanManage: boolean } | null;
      surveyPanel: { viewerCanManage: boolean; viewerCanSeeEmails: boolean; members: { nodes: { email: string | null }[] } } | null;
    };
    const VIEWER = `query($c: ID!, $q: ID!, $p: ID!) {
      campaign(id: $c) { viewerCanManage viewerCanKeyInPaperForms }
      questionnaire(id: $q) { viewerCanManage }
      surveyPanel(id: $p) { viewerCanManage viewerCanSeeEmails members(first: 5) { nodes { email } } } }`;
    const expected = { admin: [true, true, true, true, true], manager: [true, true, true, true, true], agent: [false, true, false, false, false], analyst: [false, false, false, false, false] };
    for (const who of WHO) {
      const viewer = await ok<Viewer>(platform.url, VIEWER, { c: campaign, q: questionnaire.id, p: panel }, as(who));
      const manage = await gql(platform.url, 'mutation($id: ID!, $t: String!) { updateCampaign(id: $id, input: { title: $t }) { id } }', { id: campaign, t: unique('Borne (renommée)') }, as(who));
      const paper = await gql(platform.url, 'mutation($c: ID!, $d: String!, $a: [AnswerInput!]!) { enterPaperResponse(campaignId: $c, filledOn: $d, answers: $a) { responseId } }', { c: campaign, d: TODAY, a: [{ questionKey: 'accueil', option: 'SATISFIED' }] }, as(who));
      const revise = await gql(platform.url, 'mutation($id: ID!, $i: QuestionnaireContentInput!) { reviseQuestionnaire(id: $id, input: $i) { id } }', { id: questionnaire.id, i: revision }, as(who));
      const member = await gql(platform.url, 'mutation($p: ID!, $n: String!) { addPanelMember(panelId: $p, input: { name: $n, organization: "Metz", position: "Maire" }) { id } }', { p: panel, n: unique('Maire') }, as(who));
      if (who === 'forbach') {
        // Another tenant's records are not even visible, and nothing is done to them.
        expect(viewer).toEqual({ campaign: null, questionnaire: null, surveyPanel: null });
        for (const refused of [manage, paper, revise, member]) expect(accepted(refused)).toBe(false);
        continue;
      }
      const [canManage, canKeyIn, canManageQuestionnaire, canManagePanel, seesEmails] = expected[who];
      expect([viewer.campaign!.viewerCanManage, viewer.campaign!.viewerCanKeyInPaperForms, viewer.questionnaire!.viewerCanManage, viewer.surveyPanel!.viewerCanManage, viewer.surveyPanel!.viewerCanSeeEmails], who).toEqual([canManage, canKeyIn, canManageQuestionnaire, canManagePanel, seesEmails]);
      expect(accepted(manage), `${who} updates the campaign`).toBe(canManage);
      expect(accepted(paper), `${who} keys in a paper form`).toBe(canKeyIn);
      expect(accepted(revise), `${who} revises the questionnaire`).toBe(canManageQuestionnaire);
      expect(accepted(member), `${who} adds a panel member`).toBe(canManagePanel);
      expect(viewer.surveyPanel!.members.nodes.some((m) => m.email !== null), `${who} reads the addresses`).toBe(seesEmails);
    }

    for (const who of WHO) {
      const id = (await ok<{ recordFeedback: { id: string } }>(platform.url, 'mutation($i: FeedbackInput!) { recordFeedback(input: $i) { id } }', { i: { receivedOn: TODAY, channel: 'CONTACT_FORM', category: 'RECEPTION', text: 'Merci', contact: 'usager@example.org' } }, as('agent'))).recordFeedback.id;
      const close = () => gql(platform.url, 'mutation($id: ID!) { setFeedbackStatus(id: $id, status: CLOSED) { id } }', { id }, as(who));
      if (who === 'forbach') {
        expect(accepted(await close())).toBe(false);
        continue;
      }
      const viewer = await ok<{ feedbacks: { nodes: { id: string; viewerCanAnswer: boolean }[] } }>(platform.url, 'query($t: ID!) { feedbacks(first: 50, filter: { tenantId: $t, status: RECEIVED }) { nodes { id viewerCanAnswer } } }', { t: TENANTS.metz.id }, as(who));
      const canAnswer = viewer.feedbacks.nodes.find((f) => f.id === id)!.viewerCanAnswer;
      expect(canAnswer, who).toBe(who !== 'analyst');
      expect(accepted(await close()), `${who} closes a feedback`).toBe(canAnswer);
    }
  });
});
