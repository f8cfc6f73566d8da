// The surveys load: 2,000 kiosk submissions from 50 concurrent tablets through the gateway, half
// of them retried once (same client id), then a check that exactly 2,000 responses are stored;
// then 100,000 responses generated in SQL and the results of that campaign timed.
import pg from 'pg';

const QUESTIONNAIRE = {
  key: 'borne-charge',
  title: 'Borne (charge)',
  sections: [
    {
      title: 'Accueil',
      questions: [
        ...['accueil-physique', 'accueil-telephonique', 'information-internet', 'espaces-accueil', 'equipements', 'temps-attente', 'reponse-services'].map((key, i) => ({
          key,
          text: key,
          kind: 'SATISFACTION',
          dimension: ['PHYSICAL_RECEPTION', 'TELEPHONE_RECEPTION', 'DIGITAL_RECEPTION', 'RECEPTION_SPACES', 'EQUIPMENT', 'WAITING_TIME', 'ANSWER_QUALITY'][i],
          required: true,
        })),
        { key: 'motif', text: 'Motif', kind: 'MULTIPLE_CHOICE', dimension: 'TYPOLOGY', options: [{ key: 'titres', label: 'Titres' }, { key: 'etrangers', label: 'Étrangers' }, { key: 'autre', label: 'Autre' }] },
        { key: 'minutes', text: 'Attente', kind: 'NUMBER', dimension: 'WAITING_TIME', minValue: 0, maxValue: 480 },
      ],
    },
  ],
};
const LEVELS = ['VERY_SATISFIED', 'SATISFIED', 'DISSATISFIED', 'VERY_DISSATISFIED', 'NO_OPINION'];

async function call<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

export async function kioskLoad(gateway: string, databaseUrl: string, signIn: (email: string) => Promise<string>, total = 2000, clients = 50): Promise<void> {
  const manager = await signIn('metz.manager@demo.qualipref.test');
  const admin = await signIn('metz.administrator@demo.qualipref.test');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
  const { createQuestionnaire } = await call<{ createQuestionnaire: { id: string } }>(gateway, 'mutation($i: CreateQuestionnaireInput!) { createQuestionnaire(input: $i) { id } }', { i: QUESTIONNAIRE }, manager);
  const { createPanel } = await call<{ createPanel: { id: string } }>(gateway, 'mutation { createPanel(input: { name: "Hall (charge)", kind: HALL_USERS }) { id } }', {}, manager);
  const closesOn = new Date(Date.parse(`${today}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const { createCampaign } = await call<{ createCampaign: { id: string } }>(
    gateway,
    'mutation($i: CampaignInput!) { createCampaign(input: $i) { id } }',
    { i: { year: Number(today.slice(0, 4)), title: 'Borne (charge)', questionnaireId: createQuestionnaire.id, panelId: createPanel.id, channel: 'HALL', opensOn: today, closesOn } },
    manager,
  );
  const { issueKioskDevice } = await call<{ issueKioskDevice: { token: string } }>(gateway, 'mutation { issueKioskDevice(name: "Tablette (charge)") { token } }', {}, admin);

  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const submit = async (index: number) => {
    const answers = [
      ...QUESTIONNAIRE.sections[0]!.questions.filter((q) => q.kind === 'SATISFACTION').map((q, i) => ({ questionKey: q.key, option: LEVELS[(index + i) % LEVELS.length] })),
      { questionKey: 'motif', options: index % 3 === 0 ? ['titres', 'autre'] : ['etrangers'] },
      { questionKey: 'minutes', number: index % 90 },
    ];
    const started = performance.now();
    try {
      await call(gateway, 'mutation($t: String!, $c: ID!, $id: String!, $a: [AnswerInput!]!) { submitKioskResponse(deviceToken: $t, campaignId: $c, clientId: $id, answers: $a) { responseId duplicate } }', {
        t: issueKioskDevice.token,
        c: createCampaign.id,
        id: `charge-${String(index).padStart(6, '0')}`,
        a: answers,
      });
    } catch {
      errors += 1;
    }
    latencies.push(performance.now() - started);
  };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let index = next++; index < total; index = next++) {
        await submit(index);
        // Half the tablets lose the answer and send it again, with the same client id.
        if (index % 2 === 0) await submit(index);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const { campaign } = await call<{ campaign: { responseCount: number } }>(gateway, 'query($id: ID!) { campaign(id: $id) { responseCount } }', { id: createCampaign.id }, manager);
  process.stdout.write(
    `kiosk: ${latencies.length} submissions (${total} responses, ${total / 2} retried) from ${clients} clients in ${seconds.toFixed(1)} s: ${(latencies.length / seconds).toFixed(0)} submissions/s, p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms, ${errors} errors; stored: ${campaign.responseCount} (${campaign.responseCount === total ? 'exactly' : 'NOT'} ${total})\n`,
  );

  // 100,000 responses in SQL (as the database owner), then the results through the gateway.
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const generated = 100_000;
  const fill = performance.now();
  await client.query(
    `with r as (insert into surveys.response (id, tenant_id, campaign_id, channel, submitted_at, client_id)
                select gen_random_uuid(), c.tenant_id, c.id, 'PAPER', now(), 'gen-' || g from surveys.campaign c, generate_series(1, $2) g where c.id = $1
                returning id, tenant_id, campaign_id)
     insert into surveys.answer (id, tenant_id, response_id, campaign_id, question_id, channel, option, number_value)
     select gen_random_uuid(), r.tenant_id, r.id, r.campaign_id, q.id, 'PAPER',
            case when q.kind = 'SATISFACTION' then (array['VERY_SATISFIED','SATISFIED','DISSATISFIED','VERY_DISSATISFIED','NO_OPINION'])[1 + floor(random() * 5)::int]
                 when q.kind = 'MULTIPLE_CHOICE' then (array['titres','etrangers','autre'])[1 + floor(random() * 3)::int] end,
            case when q.kind = 'NUMBER' then floor(random() * 120) end
       from r join surveys.question q on q.questionnaire_id = $3`,
    [createCampaign.id, generated, createQuestionnaire.id],
  );
  // As autovacuum would have done by the time anyone reads the results: visibility map for index-only scans.
  await client.query('vacuum analyze surveys.answer');
  await client.query('vacuum analyze surveys.response');
  await client.end();
  process.stdout.write(`generated ${generated} responses (${(generated * 9).toLocaleString('en')} answers) in ${((performance.now() - fill) / 1000).toFixed(1)} s\n`);
  const timings: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    await call(
      gateway,
      'query($id: ID!) { campaign(id: $id) { results { respondents dimensions { dimension satisfaction { rate lower upper } comparison { trend } } questions { question { key } respondents distribution { option count share } satisfaction { rate lower upper } number { median } } } } }',
      { id: createCampaign.id },
      manager,
    );
    timings.push(performance.now() - t);
  }
  process.stdout.write(`results of a campaign with ${(generated + total).toLocaleString('en')} responses through the gateway (10 runs): p50 ${percentile(timings, 50).toFixed(0)} ms, p99 ${percentile(timings, 99).toFixed(0)} ms\n`);
}
