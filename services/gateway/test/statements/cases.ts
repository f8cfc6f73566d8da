/**
 * One operation through the gateway, sent twice: with `small` then `large` variables (a page
 * of 10 then of 100 parents). Everything it selects under a list is what it covers.
 */
export interface StatementCase {
  name: string;
  query: string;
  small?: Record<string, unknown>;
  large?: Record<string, unknown>;
  /** Demo account that sends it (default: the Metz analyst, who reads every tenant). */
  as?: string;
  /** Where the parents are in the data: how many the small and large operations returned. */
  parents: (data: Record<string, unknown>) => unknown[];
}

const page = { small: { first: 10 }, large: { first: 100 } };
const nodes = (root: string) => (data: Record<string, unknown>) => (data[root] as { nodes: unknown[] }).nodes;

const RATE = 'satisfied withOpinion noOpinion rate lower upper';
const COMPARISON = `trend difference previous { ${RATE} }`;
const RESULTS = `results { baseline respondents csvPath campaign { id } comparedTo { id year }
  respondentsByChannel { channel respondents }
  questions { respondents question { key } distribution { option count share } satisfaction { ${RATE} } byChannel { channel satisfaction { ${RATE} } } number { count median } comparison { ${COMPARISON} } }
  dimensions { dimension questionCount satisfaction { ${RATE} } byChannel { channel satisfaction { rate } } comparison { ${COMPARISON} } } }`;
const CAMPAIGN = `id title state responseCount publication { publishedAt } tenant { code }
  responseRate { members invited responded reminded rate }
  findings { totalCount nodes { text actions { reference } } }
  comments { totalCount nodes { text channel } }
  ${RESULTS}`;
const QUESTIONNAIRE = 'id key tenant { code } questions { key } sections { title questions { key } }';

/** The cases: every fan-out field of the supergraph is selected under a list in at least one. */
export const CASES: StatementCase[] = [
  {
    name: 'campaigns with their rate, results, findings, comments, questionnaire and panel',
    query: `query($first: Int!) { campaigns(first: $first) { nodes { ${CAMPAIGN} questionnaire { ${QUESTIONNAIRE} } panel { name members { totalCount nodes { name email } } } } } }`,
    ...page,
    parents: nodes('campaigns'),
  },
  {
    name: 'campaigns with their invitations (a manager’s)',
    query: 'query($first: Int!) { campaigns(first: $first) { nodes { id invitations { totalCount nodes { sentAt reminderCount responded member { name } } } } } }',
    ...page,
    as: 'metz.manager',
    parents: nodes('campaigns'),
  },
  {
    name: 'questionnaires with their sections and questions',
    query: `query($first: Int!) { questionnaires(first: $first) { nodes { ${QUESTIONNAIRE} } } }`,
    ...page,
    parents: nodes('questionnaires'),
  },
  {
    name: 'survey panels with their members',
    query: 'query($first: Int!) { surveyPanels(first: $first) { nodes { name members { totalCount nodes { name } } } } }',
    ...page,
    parents: nodes('surveyPanels'),
  },
  {
    name: 'tenants with their campaigns and perceived waiting time',
    query: `query($first: Int!) { tenants(first: $first) { nodes { code parent { code }
      campaigns(year: 2025) { totalCount nodes { id title responseRate { rate } } }
      perceivedWaitingTime(year: 2025) { campaign { id } satisfaction { ${RATE} } comparison { ${COMPARISON} } estimatedMinutes { median } } } } }`,
    ...page,
    parents: nodes('tenants'),
  },
  {
    name: 'tenants with their directorates, services and users',
    query: `query($first: Int!) { tenants(first: $first) { nodes { code directorates { nodes { code tenant { code } surveyDimensions
      services { nodes { code tenant { code } directorate { code } } }
      users { nodes { email tenant { code } directorate { code } service { code } } } } } } } }`,
    ...page,
    parents: nodes('tenants'),
  },
  {
    name: 'directorates with their routed proposals and open actions',
    query: `query($first: Int!) { directorates(first: $first) { nodes { code
      routedProposals { totalCount nodes { text meeting { title } } }
      openActions { totalCount nodes { reference ownerDirectorate { code } } } } } }`,
    ...page,
    parents: nodes('directorates'),
  },
  {
    name: 'feedback',
    query: 'query($first: Int!) { feedbacks(first: $first) { nodes { text contact status } } }',
    ...page,
    parents: nodes('feedbacks'),
  },
  {
    name: 'kiosk devices (an administrator’s)',
    query: 'query($first: Int!) { kioskDevices(first: $first) { nodes { name issuedAt } } }',
    ...page,
    as: 'metz.administrator',
    parents: nodes('kioskDevices'),
  },
];

/** Fan-out fields that cost nothing per row, each with why. */
export const EXEMPT: Record<string, string> = {
  'AuditEntry.changes': 'read from the row’s own `changes` column (jsonb)',
  'Question.options': 'read from the row’s own `options` column (jsonb)',
  'Campaign.publication': 'read from the row’s own `publication` and `published_at` columns',
  'User.readableTenantIds': 'read from the caller’s token, not from the database',
};
