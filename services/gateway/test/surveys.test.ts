import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FINDINGS, TENANTS, directorateId } from '@qualipref/demo-fixtures';
import { demoEmail, graphqlData, mailText, signIn } from '@qualipref/test-kit';
import { post, startPlatform, type Platform } from './platform.js';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
}, 180_000);
afterAll(async () => platform?.stop());

const as = (tenant: string, role: string) => signIn(platform.gatewayUrl, demoEmail(tenant, role));
// The file's one clock: the surveys service runs as its own process on the real clock (today in Paris), so the campaigns' dates are taken from it, once.
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
/** Waits until the outbox's worker has recorded every message of a campaign as sent, as its manager reads it. */
async function waitForSent(campaignId: string, token: string) {
  for (let tries = 0; tries < 300; tries++) {
    const data = await graphqlData<{ campaign: { mailMessages: { nodes: { status: string }[] } } }>(platform.gatewayUrl, 'query($id: ID!) { campaign(id: $id) { mailMessages { nodes { status } } } }', { id: campaignId }, token);
    if (data.campaign.mailMessages.nodes.every((m) => m.status === 'SENT')) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the messages of campaign ${campaignId} were not all sent`);
}
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('surveys through the gateway', () => {
  it('answer Tenant.viewerCan together with the organization: each subgraph its own modules', async () => {
    const query = 'query($t: ID!) { tenant(id: $t) { viewerCan { id manageOrganization manageSurveys issueKioskTokens answerFeedback keyInPaperForms } } }';
    const capabilities = async (role: string) => (await graphqlData<{ tenant: { viewerCan: Record<string, unknown> } }>(platform.gatewayUrl, query, { t: TENANTS.metz.id }, await as('metz', role))).tenant.viewerCan;
    expect(await capabilities('ADMINISTRATOR')).toEqual({ id: TENANTS.metz.id, manageOrganization: true, manageSurveys: true, issueKioskTokens: true, answerFeedback: true, keyInPaperForms: true });
    expect(await capabilities('AGENT')).toEqual({ id: TENANTS.metz.id, manageOrganization: false, manageSurveys: false, issueKioskTokens: false, answerFeedback: true, keyInPaperForms: true });
  });

  it('give an analyst the 2015 Metz results with rates, intervals and the 2014 → 2015 comparison', async () => {
    const token = await as('metz', 'ANALYST');
    const data = await graphqlData<{
      tenant: { name: string; campaigns: { nodes: { year: number; channel: string; results: { comparedTo: { year: number } | null; dimensions: { dimension: string; satisfaction: { rate: number; lower: number; upper: number; withOpinion: number }; comparison: { trend: string } }[] } }[] } };
    }>(
      platform.gatewayUrl,
      `query($t: ID!) { tenant(id: $t) { name campaigns(year: 2015, first: 10) { nodes { year channel title
          results { comparedTo { year } dimensions { dimension satisfaction { rate lower upper withOpinion } comparison { trend } } } } } } }`,
      { t: TENANTS.metz.id },
      token,
    );
    expect(data.tenant.name).toBe('Préfecture de la Moselle');
    const hall = data.tenant.campaigns.nodes.find((c) => c.channel === 'HALL')!;
    expect(hall.results.comparedTo?.year).toBe(2014);
    const by = (d: string) => hall.results.dimensions.find((x) => x.dimension === d)!;
    expect((by('RECEPTION_SPACES').satisfaction.rate * 100).toFixed(2)).toBe('91.23');
    expect(by('RECEPTION_SPACES').satisfaction.lower).toBeLessThan(0.9123);
    expect(by('RECEPTION_SPACES').satisfaction.upper).toBeGreaterThan(0.9123);
    expect(['TELEPHONE_RECEPTION', 'DIGITAL_RECEPTION', 'WAITING_TIME'].map((d) => by(d).comparison.trend)).toEqual(['DEGRADED', 'DEGRADED', 'DEGRADED']);
  });

  it('serve the published 2015 Metz results to anyone at the paths openData gives, without sign-in', async () => {
    type Listed = { campaigns: { nodes: { title: string; publication: { summary: { respondents: number }; openData: { json: string; csv: string } } | null }[] } };
    const listed = await graphqlData<Listed>(platform.gatewayUrl, 'query($t: ID!) { campaigns(year: 2015, tenantId: $t, first: 10) { nodes { title publication { summary openData { json csv } } } } }', { t: TENANTS.metz.id }, await as('metz', 'ANALYST'));
    const hall = listed.campaigns.nodes.find((c) => c.title === 'Enquête annuelle de satisfaction des usagers 2015')!.publication!;
    const json = await fetch(new URL(hall.openData.json, platform.gatewayUrl));
    expect(json.status).toBe(200);
    expect(((await json.json()) as { schema: string; respondents: number })).toEqual(expect.objectContaining({ schema: 'qualipref.enquete.resultats/1', respondents: hall.summary.respondents }));
    const csv = await fetch(new URL(hall.openData.csv, platform.gatewayUrl));
    expect([csv.status, csv.headers.get('content-type')]).toEqual([200, 'text/csv; charset=utf-8']);
    const index = await fetch(new URL(`/public/surveys/publications/${TENANTS.metz.id}/index.json`, platform.gatewayUrl));
    expect(((await index.json()) as { campaigns: { openData: { json: string } }[] }).campaigns.map((c) => c.openData.json)).toContain(hall.openData.json);
  });

  it('join survey findings, dimensions and perceived waiting times with the other subgraphs', async () => {
    const token = await as('metz', 'ANALYST');
    const data = await graphqlData<{
      directorate: { code: string; surveyDimensions: { nodes: { dimension: string }[] } };
      tenant: { perceivedWaitingTime: { nodes: { satisfaction: { rate: number }; comparison: { trend: string }; estimatedMinutes: { median: number } }[] }; procedureIndicators?: unknown };
    }>(
      platform.gatewayUrl,
      `query($d: ID!, $t: ID!) { directorate(id: $d) { code surveyDimensions { nodes { dimension } } }
         tenant(id: $t) { perceivedWaitingTime(year: 2015) { nodes { satisfaction { rate } comparison { trend } estimatedMinutes { median } } } } }`,
      { d: directorateId('metz', 'DCTAJ'), t: TENANTS.metz.id },
      token,
    );
    expect(data.directorate.surveyDimensions.nodes.map((n) => n.dimension)).toEqual(expect.arrayContaining(['ADVICE_TO_COLLECTIVITES', 'APPOINTMENT_DELAYS', 'LEGAL_REASONING']));
    expect(data.tenant.perceivedWaitingTime.nodes[0]!.comparison.trend).toBe('DEGRADED');
    expect(data.tenant.perceivedWaitingTime.nodes[0]!.estimatedMinutes.median).toBeGreaterThan(0);
    // Findings of the surveys and the actions of the committees' plan that take them up, both ways.
    const links = await graphqlData<{
      campaigns: { nodes: { title: string; findings: { nodes: { id: string; kind: string; actions: { reference: string; ownerDirectorate: { code: string } }[] }[] } }[] };
      actions: { nodes: { reference: string; originKind: string; originFinding: { text: string; kind: string } | null }[] };
    }>(
      platform.gatewayUrl,
      `query($t: ID!) { campaigns(year: 2015, tenantId: $t, first: 3) { nodes { title findings(first: 10) { nodes { id kind actions { reference ownerDirectorate { code } } } } } }
         actions(first: 20) { nodes { reference originKind originFinding { text kind } } } }`,
      { t: TENANTS.metz.id },
      token,
    );
    const findings = links.campaigns.nodes.flatMap((c) => c.findings.nodes);
    const waiting = findings.find((f) => f.id === DEMO_FINDINGS.waitingTime)!;
    expect(waiting.actions.map((a) => a.ownerDirectorate.code).sort()).toEqual(['DCTAS', 'DLP']);
    const fromSurvey = links.actions.nodes.filter((a) => a.originKind === 'SURVEY_FINDING');
    expect(fromSurvey.length).toBeGreaterThan(0);
    expect(fromSurvey.every((a) => a.originFinding && a.originFinding.text.length > 0)).toBe(true);
  });

  it('set the measured processing and waiting times beside the waiting time users perceived (R4), in one query', async () => {
    const token = await as('metz', 'ANALYST');
    const data = await graphqlData<{
      tenant: {
        procedureIndicators: { totalCount: number; nodes: { procedure: string; month: string; value: number; target: number | null }[] };
        counterWaitingTimes: { visits: number; medianWaitMinutes: number };
        perceivedWaitingTime: { nodes: { campaign: { opensOn: string }; satisfaction: { rate: number }; estimatedMinutes: { median: number } }[] };
      };
    }>(
      platform.gatewayUrl,
      `query($t: ID!) { tenant(id: $t) {
         procedureIndicators(from: "2015-01", to: "2015-12", first: 100) { totalCount nodes { procedure month value target } }
         counterWaitingTimes(from: "2015-10-12", to: "2015-10-16") { visits medianWaitMinutes }
         perceivedWaitingTime(year: 2015) { nodes { campaign { opensOn } satisfaction { rate } estimatedMinutes { median } } } } }`,
      { t: TENANTS.metz.id },
      token,
    );
    expect(data.tenant.procedureIndicators.nodes.length).toBeGreaterThan(0);
    expect(data.tenant.procedureIndicators.nodes.every((i) => /^2015-\d{2}$/.test(i.month))).toBe(true);
    const perceived = data.tenant.perceivedWaitingTime.nodes[0]!;
    expect(perceived.campaign.opensOn).toBe('2015-10-12');
    expect(data.tenant.counterWaitingTimes.visits).toBeGreaterThan(0);
    // The CLU's reading of 2015: the wait users felt is longer than the one the tickets measured.
    expect(perceived.estimatedMinutes.median).toBeGreaterThan(data.tenant.counterWaitingTimes.medianWaitMinutes);
  });

  it('store a kiosk submission with a retried client id once, without a sign-in', async () => {
    const manager = await as('metz', 'MANAGER');
    const admin = await as('metz', 'ADMINISTRATOR');
    const questionnaire = await graphqlData<{ createQuestionnaire: { id: string } }>(
      platform.gatewayUrl,
      'mutation($i: CreateQuestionnaireInput!) { createQuestionnaire(input: $i) { id } }',
      { i: { key: 'borne-gateway', title: 'Borne', sections: [{ title: 'Accueil', questions: [{ key: 'accueil', text: 'Accueil', kind: 'SATISFACTION', dimension: 'PHYSICAL_RECEPTION', required: true }] }] } },
      manager,
    );
    const panel = await graphqlData<{ createPanel: { id: string } }>(platform.gatewayUrl, 'mutation { createPanel(input: { name: "Hall (passerelle)", kind: HALL_USERS }) { id } }', {}, manager);
    const campaign = await graphqlData<{ createCampaign: { id: string } }>(
      platform.gatewayUrl,
      'mutation($i: CampaignInput!) { createCampaign(input: $i) { id } }',
      { i: { year: Number(TODAY.slice(0, 4)), title: 'Borne (passerelle)', questionnaireId: questionnaire.createQuestionnaire.id, panelId: panel.createPanel.id, channel: 'HALL', opensOn: TODAY, closesOn: plusDays(TODAY, 3) } },
      manager,
    );
    const device = await graphqlData<{ issueKioskDevice: { token: string } }>(platform.gatewayUrl, 'mutation { issueKioskDevice(name: "Tablette") { token } }', {}, admin);
    const submit = () =>
      post<{ submitKioskResponse: { responseId: string; duplicate: boolean } }>(platform.gatewayUrl, {
        query: 'mutation($t: String!, $c: ID!, $a: [AnswerInput!]!) { submitKioskResponse(deviceToken: $t, campaignId: $c, clientId: "borne-0001-retry", answers: $a) { responseId duplicate } }',
        variables: { t: device.issueKioskDevice.token, c: campaign.createCampaign.id, a: [{ questionKey: 'accueil', option: 'SATISFIED' }] },
      });
    const first = await submit();
    const retry = await submit();
    expect(first.errors).toBeUndefined();
    expect(retry.data!.submitKioskResponse).toEqual({ responseId: first.data!.submitKioskResponse.responseId, duplicate: true });
    const count = await graphqlData<{ campaign: { responseCount: number } }>(platform.gatewayUrl, 'query($id: ID!) { campaign(id: $id) { responseCount } }', { id: campaign.createCampaign.id }, manager);
    expect(count.campaign.responseCount).toBe(1);
    // What the tablet shows, without a sign-in: the tenant's name comes from the organization subgraph.
    const session = await post<{ kioskSession: { tenant: { name: string }; surveys: { campaignId: string; opensOn: string }[] } }>(platform.gatewayUrl, {
      query: 'query($t: String!) { kioskSession(deviceToken: $t) { tenant { name } surveys { campaignId opensOn } } }',
      variables: { t: device.issueKioskDevice.token },
    });
    expect(session.data!.kioskSession.tenant.name).toBe('Préfecture de la Moselle');
    expect(session.data!.kioskSession.surveys).toContainEqual({ campaignId: campaign.createCampaign.id, opensOn: TODAY });
  });

  it('count the kiosk submissions of each client by the address the gateway forwards, and answer a refused one 429 with Retry-After', async () => {
    // Behind a load balancer: the client is the first address of X-Forwarded-For, and the subgraph is told it.
    const gateway = await platform.startGateway({ GATEWAY_TRUST_PROXY: 'true' });
    try {
      const submit = (client: string) =>
        fetch(gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `${client}, 10.0.0.1` },
          body: JSON.stringify({ query: 'mutation($t: String!) { submitKioskResponse(deviceToken: $t, campaignId: "0195a000-0000-7000-8000-000000000999", clientId: "borne-adresse-1", answers: []) { responseId } }', variables: { t: 'x'.repeat(43) } }),
        });
      // An address's 60 submissions a minute (one more each second) count before anything is looked up, a made-up tablet's too.
      const started = Date.now();
      let taken = 0;
      let refused = await submit('203.0.113.9');
      while (refused.status !== 429 && taken < 100) {
        taken += 1;
        refused = await submit('203.0.113.9');
      }
      expect(taken).toBeGreaterThanOrEqual(60);
      expect(taken).toBeLessThanOrEqual(60 + Math.ceil((Date.now() - started) / 1000));
      const body = (await refused.json()) as { data: unknown; errors: { message: string; extensions: { code: string; reason: string; retryAfterSeconds: number } }[] };
      expect(body.data).toBeNull();
      expect(body.errors[0]!.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', reason: 'TOO_MANY_SUBMISSIONS' });
      expect(refused.headers.get('retry-after')).toBe(String(body.errors[0]!.extensions.retryAfterSeconds));
      expect(body.errors[0]!.message).toMatch(/^Trop de réponses envoyées depuis cette adresse : réessayez dans \d s\.$/);
      // Another client behind the same load balancer is not refused.
      const other = (await (await submit('203.0.113.10')).json()) as { errors?: { extensions?: { code?: string } }[] };
      expect(other.errors?.[0]?.extensions?.code).not.toBe('LIMIT_EXCEEDED');
    } finally {
      await gateway.stop();
    }
  });

    it('let an élu answer through the link received by e-mail', async () => {
    const manager = await as('metz', 'MANAGER');
    const questionnaire = await graphqlData<{ createQuestionnaire: { id: string } }>(
      platform.gatewayUrl,
      'mutation($i: CreateQuestionnaireInput!) { createQuestionnaire(input: $i) { id } }',
      { i: { key: 'elus-gateway', title: 'Élus', sections: [{ title: 'DCTAJ', questions: [{ key: 'conseil', text: 'Conseil', kind: 'SATISFACTION', dimension: 'ADVICE_TO_COLLECTIVITES', required: true }] }] } },
      manager,
    );
    const panel = await graphqlData<{ createPanel: { id: string } }>(platform.gatewayUrl, 'mutation { createPanel(input: { name: "Maires (passerelle)", kind: ELECTED_OFFICIALS }) { id } }', {}, manager);
    await graphqlData(platform.gatewayUrl, 'mutation($p: ID!) { addPanelMember(panelId: $p, input: { name: "Maire de Vaux", organization: "Commune de Vaux", position: "Maire", email: "mairie-vaux@demo.qualipref.test" }) { id } }', { p: panel.createPanel.id }, manager);
    const campaign = await graphqlData<{ createCampaign: { id: string } }>(
      platform.gatewayUrl,
      'mutation($i: CampaignInput!) { createCampaign(input: $i) { id } }',
      { i: { year: Number(TODAY.slice(0, 4)), title: 'Élus (passerelle)', questionnaireId: questionnaire.createQuestionnaire.id, panelId: panel.createPanel.id, channel: 'EMAIL', opensOn: TODAY, closesOn: plusDays(TODAY, 10) } },
      manager,
    );
    const before = platform.mail.messages.length;
    const sent = await graphqlData<{ sendInvitations: { queued: number } }>(platform.gatewayUrl, 'mutation($c: ID!) { sendInvitations(campaignId: $c) { queued } }', { c: campaign.createCampaign.id }, manager);
    expect(sent.sendInvitations.queued).toBe(1);
    const [mail] = (await platform.mail.waitFor(before + 1)).slice(before);
    // The outbox's worker records the outcome just after the SMTP server accepted the message: the link is valid from then on.
    await waitForSent(campaign.createCampaign.id, manager);
    expect(mail!.to).toEqual(['mairie-vaux@demo.qualipref.test']);
    const token = /\/repondre\/([A-Za-z0-9_-]{43})/.exec(mailText(mail!))![1]!;
    const answer = () =>
      post(platform.gatewayUrl, { query: 'mutation($t: String!) { submitInvitationResponse(token: $t, answers: [{ questionKey: "conseil", option: "VERY_SATISFIED" }]) { responseId } }', variables: { t: token } });
    expect((await answer()).errors).toBeUndefined();
    expect((await answer()).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'LINK_ALREADY_USED' });
    const rate = await graphqlData<{ campaign: { responseRate: { responded: number; rate: number } } }>(platform.gatewayUrl, 'query($id: ID!) { campaign(id: $id) { responseRate { responded rate } } }', { id: campaign.createCampaign.id }, manager);
    expect(rate.campaign.responseRate).toEqual({ responded: 1, rate: 1 });
  });
});
