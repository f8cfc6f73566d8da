import { TENANTS } from '@qualipref/demo-fixtures';
import { SUBGRAPHS } from '@qualipref/platform-registry';
import { KIOSKS } from './seed.js';

/**
 * One operation through the gateway, sent twice: with `small` then `large` variables (a page
 * of 10 then of 100 parents). Everything it selects under a list is what it covers.
 */
export interface StatementCase {
  name: string;
  query: string;
  small?: Record<string, unknown>;
  large?: Record<string, unknown>;
  /**
   * Demo account that sends it (default: the Metz analyst, who reads every tenant); two when
   * the size of a list follows who reads it rather than its arguments.
   */
  as?: string | { small: string; large: string };
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
const TABLEAU = `correspondenceTableau(from: "2025-01-01", to: "2025-12-31") { total { received overdue } byChannel { channel received overdue }
  telephony { offered withinTargetRate } overdueItems { totalCount nodes { subject } } }`;
const DIRECTORATE = 'code';
const QUESTIONNAIRE = 'id key tenant { code } questions { key } sections { title questions { key } }';

/** The cases: every fan-out field of the supergraph is selected under a list in at least one. */
export const CASES: StatementCase[] = [
  // One field alone first where it once cost statements per row, so that a regression names it.
  ...(
    [
      ['campaigns', 'responseRate { rate }'],
      ['campaigns', 'results { respondents }'],
      ['questionnaires', 'questions { key }'],
      ['tenants', 'perceivedWaitingTime(year: 2025) { nodes { satisfaction { rate } } }'],
      ['directorates', 'routedProposals { totalCount nodes { text } }'],
    ] as const
  ).map(([root, field]) => ({
    name: `${root} with ${field.replace(/[({].*/, '').trim()} alone`,
    query: `query($first: Int!) { ${root}(first: $first) { nodes { id ${field} } } }`,
    ...page,
    parents: nodes(root),
  })),
  {
    name: 'campaigns with their rate, results, findings, comments, questionnaire and panel',
    query: `query($first: Int!) { campaigns(first: $first) { nodes { ${CAMPAIGN} questionnaire { ${QUESTIONNAIRE} } panel { name members { totalCount nodes { name email } } } } } }`,
    ...page,
    parents: nodes('campaigns'),
  },
  {
    name: 'campaigns with their invitations and mail messages (a manager’s)',
    query: 'query($first: Int!) { campaigns(first: $first) { nodes { id invitations { totalCount nodes { sentAt reminderCount responded member { name } } } mailMessages { totalCount nodes { kind status statusLabel attempts nextAttemptAt sentAt member { name } } } } } }',
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
    name: 'tenants with their committees, campaigns and perceived waiting time',
    query: `query($first: Int!) { tenants(first: $first) { nodes { code parent { code } committees { totalCount nodes { name } }
      campaigns(year: 2025) { totalCount nodes { id title responseRate { rate } } }
      perceivedWaitingTime(year: 2025) { nodes { campaign { id } satisfaction { ${RATE} } comparison { ${COMPARISON} } estimatedMinutes { median } } } } } }`,
    ...page,
    parents: nodes('tenants'),
  },
  {
    name: 'tenants’ publishers (the public list of the legal pages)',
    query: 'query($first: Int!) { tenantPublishers(first: $first) { totalCount nodes { code kind name publisherName publicationDirector postalAddress } } }',
    ...page,
    parents: nodes('tenantPublishers'),
  },
  {
    name: 'tenants with what the viewer may do in them (the capabilities of every subgraph)',
    query: 'query($first: Int!) { tenants(first: $first) { nodes { code timeZone stateBlock { lines } viewerCan { manageOrganization analyseData createCommittees createActionPlans createServicesActionPlans configureCorrespondence recordProcedureIndicators createLabellings openQualityProgramme } } } }',
    ...page,
    parents: nodes('tenants'),
  },
  {
    name: 'tenants with their directorates, services and users',
    query: `query($first: Int!) { tenants(first: $first) { nodes { code directorates { nodes { code tenant { code } surveyDimensions { nodes { dimension } }
      services { nodes { code tenant { code } directorate { code } } }
      users { nodes { email tenant { code } directorate { code } service { code } } } } } } } }`,
    ...page,
    parents: nodes('tenants'),
  },
  {
    name: 'directorates with their routed proposals and open actions',
    query: `query($first: Int!) { directorates(first: $first) { nodes { code viewerCanOpenModule viewerCanRecordCorrespondence viewerCanRecordDctajFiles
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

CASES.push(
  {
    name: 'committees with their composition, meetings, minutes and proposals',
    query: `query($first: Int!) { committees(first: $first) { nodes { name viewerCanManage tenant { code } ownerDirectorate { ${DIRECTORATE} } secretariatService { code name } secretariat { email } colleges { code } followUps { title }
      members { totalCount nodes { name college { code } committee { name } user { email } } }
      meetings { nodes { title committee { name } agenda { title } invitations(first: 100) { nodes { name member { name } user { email } } }
        minutes { version meeting { title } sections { agendaItem { title } } } minutesVersions { version sections { conclusions } }
        proposals { totalCount nodes { text } } } } } } }`,
    ...page,
    parents: nodes('committees'),
  },
  {
    name: 'proposals with their routings, history and actions',
    query: `query($first: Int!) { proposals(first: $first) { nodes { text viewerCanMoveOn meeting { title } agendaItem { title } author { name }
      routings { directorate { ${DIRECTORATE} } } history { toStatus changedBy { email } } actions { reference } } } }`,
    ...page,
    parents: nodes('proposals'),
  },
  {
    name: 'actions with their plan, directorate, origins and progress',
    query: `query($first: Int!) { actions(first: $first) { nodes { reference overdue viewerCanReportProgress plan { title committee { name } } ownerDirectorate { ${DIRECTORATE} }
      originProposal { text } originMeeting { title } originFinding { text } progressHistory { progress recordedBy { email } } } } }`,
    ...page,
    parents: nodes('actions'),
  },
  {
    name: 'action plans with their committee and actions',
    query: 'query($first: Int!) { actionPlans(first: $first) { nodes { year viewerCanManage committee { name } actions { totalCount nodes { reference } } } } }',
    ...page,
    parents: nodes('actionPlans'),
  },
  {
    name: 'the cadence of the committees (Forbach’s ten, then every tenant’s)',
    query: 'query { committeeCadence(all: true, first: 100) { nodes { state committee { name } followUpsDue { title } } } }',
    as: { small: 'forbach.analyst', large: 'metz.analyst' },
    parents: nodes('committeeCadence'),
  },
  {
    name: 'tenants with their correspondence: tableau, procedure indicators, counter waiting times',
    query: `query($first: Int!) { tenants(first: $first) { nodes { code ${TABLEAU}
      procedureIndicators(from: "2025-01", to: "2025-12") { nodes { month value } }
      counterWaitingTimes(from: "2025-04-01", to: "2025-04-30") { visits medianWaitMinutes distribution { fromMinutes visits } } } } }`,
    ...page,
    parents: nodes('tenants'),
  },
  {
    name: 'directorates and services with their tableau and overdue count',
    query: `query($first: Int!) { directorates(first: $first) { nodes { code overdueCorrespondenceCount ${TABLEAU}
      services { nodes { code overdueCorrespondenceCount ${TABLEAU} } } } } }`,
    ...page,
    parents: nodes('directorates'),
  },
  {
    name: 'services with their directorate and tenant',
    query: `query($first: Int!) { services(first: $first) { nodes { code directorate { ${DIRECTORATE} } tenant { code } } } }`,
    ...page,
    parents: nodes('services'),
  },
  {
    name: 'users with their tenant, directorate and service',
    query: `query($first: Int!) { users(first: $first) { nodes { email tenant { code } directorate { ${DIRECTORATE} } service { code } } } }`,
    ...page,
    parents: nodes('users'),
  },
  {
    name: 'correspondence items with their service, directorate, agent and delay target (its national engagement from quality)',
    query: `query($first: Int!) { correspondenceItems(first: $first) { nodes { subject status tenant { code } service { code } directorate { ${DIRECTORATE} } assignedAgent { email }
      delayTarget { label engagement { text referential { name } indicators { code } } } } } }`,
    ...page,
    parents: nodes('correspondenceItems'),
  },
  {
    name: 'delay targets with their national engagement (Forbach’s twenty, then Metz’s two hundred)',
    query: 'query($tenantId: ID!, $first: Int!) { delayTargets(tenantId: $tenantId, first: $first) { nodes { label engagement { number text module { name } referential { name } } } } }',
    small: { tenantId: TENANTS.forbach.id, first: 10 },
    large: { tenantId: TENANTS.metz.id, first: 100 },
    parents: nodes('delayTargets'),
  },
  {
    name: 'national referentials with their modules, engagements and indicators',
    query: `query($first: Int!) { referentials(first: $first) { nodes { code open modules { code } engagements(first: 5) { totalCount nodes { text module { code } referential { code }
      indicators { code computation engagement { id } formula { version parameters } value(period: "2025") { value source indicator { code } tenant { code } } } } } } } }`,
    ...page,
    parents: nodes('referentials'),
  },
  {
    name: 'labellings with their referential, modules, steering directorate, cycle and audits',
    query: `query($first: Int!) { labellings(first: $first) { nodes { optionalModuleCodes certifiedOn expiresOn viewerCanManage tenant { code } referential { code } modules { code }
      ownerDirectorate { ${DIRECTORATE} } deadlines { kind dueOn audit { kind labelling { id } } } nextDeadline { kind audit { plannedOn } }
      audits(first: 5) { totalCount nodes { kind labelling { id } } } } } }`,
    ...page,
    parents: nodes('labellings'),
  },
  {
    name: 'indicator values with their indicator and tenant',
    query: 'query($first: Int!) { indicatorValues(first: $first) { nodes { period value unit source targetMet indicator { code engagement { number } } tenant { code } } } }',
    ...page,
    parents: nodes('indicatorValues'),
  },
  {
    name: 'quarterly publications with their figures, indicators and tenant',
    query: 'query($first: Int!) { publications(first: $first) { nodes { quarter label version status cutOffDate tenant { code } openData { json posterA4 } figures { code value source indicator { code engagement { number } } } } } }',
    ...page,
    parents: nodes('publications'),
  },
  {
    name: 'tenants with their labellings',
    query: 'query($first: Int!) { tenants(first: $first) { nodes { code labellings(first: 5) { totalCount nodes { referential { code } } } } } }',
    ...page,
    parents: nodes('tenants'),
  },
  {
    name: 'the DCTAJ’s records with their directorate',
    query: `query($first: Int!) { legalityControls(first: $first) { nodes { collectiviteName referralState ownerDirectorate { ${DIRECTORATE} } } }
      litigationCases(first: $first) { nodes { reference ownerDirectorate { ${DIRECTORATE} } } }
      appointmentRequests(first: $first) { nodes { requesterName ownerDirectorate { ${DIRECTORATE} } } } }`,
    ...page,
    parents: nodes('legalityControls'),
  },
  {
    name: 'GED imports',
    query: 'query($first: Int!) { gedImports(first: $first) { nodes { fileName issues { line field code message } } } }',
    ...page,
    parents: nodes('gedImports'),
  },
  {
    name: 'procedure indicators of ten months, then of a hundred',
    query: 'query($to: Month!, $first: Int!) { procedureIndicators(from: "2016-01", to: $to, first: $first) { totalCount nodes { month value } } }',
    small: { to: '2016-10', first: 10 },
    large: { to: '2024-04', first: 100 },
    parents: nodes('procedureIndicators'),
  },
  {
    name: 'telephony months of a service, ten then a hundred',
    query: `query($to: Month!, $first: Int!) { telephonyMonths(serviceId: "0195a000-0000-7000-8000-000000000204", from: "2016-01", to: $to, first: $first) { totalCount nodes { month offered } } }`,
    small: { to: '2016-10', first: 10 },
    large: { to: '2024-04', first: 100 },
    parents: nodes('telephonyMonths'),
  },
  {
    name: 'counter peak hours of a day, then of a month',
    query: 'query($to: String!) { counterPeakHours(filter: { from: "2025-03-03", to: $to }) { rows { weekday hour procedure visits } } }',
    small: { to: '2025-03-03' },
    large: { to: '2025-03-31' },
    parents: (data) => (data.counterPeakHours as { rows: unknown[] }).rows,
  },
  {
    name: 'feedback counts of ten months, then of a hundred',
    query: 'query($to: String!, $first: Int!) { feedbackCounts(from: "2016-02-01", to: $to, first: $first) { nodes { month received } } }',
    small: { to: '2016-11-30', first: 10 },
    large: { to: '2024-05-31', first: 100 },
    parents: nodes('feedbackCounts'),
  },
  {
    name: 'a hall kiosk’s surveys of the day (ten, then a hundred campaigns)',
    query: 'query($token: String!) { kioskSession(deviceToken: $token) { deviceName tenant { code } surveys { title tenant { code } sections { title questions { key } } } } }',
    small: { token: KIOSKS.small.token },
    large: { token: KIOSKS.large.token },
    as: 'metz.analyst',
    parents: (data) => (data.kioskSession as { surveys: unknown[] }).surveys,
  },
  ...SUBGRAPHS.map(({ name: service }) => ({
    name: `${service} audit trail`,
    query: `query($first: Int!) { ${service}AuditTrail(first: $first) { nodes { operation changes { field } } } }`,
    ...page,
    as: 'metz.administrator',
    parents: nodes(`${service}AuditTrail`),
  })),
);

/** Fan-out fields that cost nothing per row, each with why. */
export const EXEMPT: Record<string, string> = {
  'AuditEntry.changes': 'read from the row’s own `changes` column (jsonb)',
  'GedImport.issues': 'read from the row’s own `problems` column (jsonb)',
  'Question.options': 'read from the row’s own `options` column (jsonb)',
  'LegalityControlCoverage.arrondissements': 'read from the tenant settings’ own `legality_arrondissements` column (text[]), one row per query',
  'Campaign.publication': 'read from the row’s own `publication` and `published_at` columns',
  'ResultsPublication.openData': 'paths made from the campaign’s own `tenant_id` and `id` columns',
  'User.readableTenantIds': 'read from the caller’s token, not from the database',
  'PublicationDraft.figures': 'one quarter of the caller’s own tenant, read whole by the draft’s own three queries (labellings, indicators, values)',
  'PublicationDraftFigure.indicator': 'loaded with the draft’s indicators, in the same query',
  'PublicationDraftFigure.value': 'loaded with the draft’s values, in the same query',
  'StateBlock.lines': 'computed from the tenant’s own `prefect_title` and `departement_with_article` columns',
  // The statements seed records no author for status changes and progress: the cases select them, the counts hold, but they come back empty.
  'ProposalStatusChange.changedBy': 'a User reference from the row’s own `changed_by` column, resolved in one batch like Member.user',
  'ActionProgress.recordedBy': 'a User reference from the row’s own `recorded_by` column, resolved in one batch like Member.user',
};
