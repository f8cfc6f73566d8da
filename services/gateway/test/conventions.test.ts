import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildSchema, getNamedType, getNullableType, isListType, isNonNullType, isObjectType, isScalarType, type GraphQLField, type GraphQLSchema } from 'graphql';

// The conventions of README « Conventions », read on the supergraph as committed (the build
// recomposes it and CI checks that it is up to date).
const schema: GraphQLSchema = buildSchema(await readFile(new URL('../supergraph.graphql', import.meta.url), 'utf8'));

const ROOTS = new Set(['Query', 'Mutation']);
const objectTypes = Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && !t.name.startsWith('__') && !t.name.startsWith('join__') && !t.name.startsWith('link__'));
const fields = objectTypes.flatMap((type) => (isObjectType(type) ? Object.values(type.getFields()).map((field) => ({ type: type.name, field })) : []));
const isPlainListOfObjects = (field: GraphQLField<unknown, unknown>) => {
  const type = getNullableType(field.type);
  return isListType(type) && isObjectType(getNamedType(type));
};

/**
 * The plain lists that are parts of their object, bounded by nature: each is read whole with
 * the object it belongs to, never paged. Anything else a client reads as a list is a connection.
 */
const PARTS: Record<string, string> = {
  'Action.progressHistory': 'the progress reports of one action',
  'AuditEntry.changes': 'the fields one change touched',
  'CampaignResults.respondentsByChannel': 'one row per channel',
  'CampaignResults.questions': 'the questions of one questionnaire',
  'CampaignResults.dimensions': 'the dimensions of one questionnaire',
  'Committee.secretariat': 'the few agents who run one committee',
  'Committee.colleges': 'the colleges of one committee',
  'Committee.followUps': 'the follow-ups one committee decided',
  'CommitteeCadence.followUpsDue': 'the follow-ups due of one committee',
  'CounterPeakHours.rows': 'one row per opening hour of the week',
  'CounterWaitingTimes.distribution': 'a fixed set of waiting-time buckets',
  'CsvImportReport.issues': 'the refused cells of one file',
  'DelayTableau.byChannel': 'one row per channel',
  'DimensionResult.byChannel': 'one row per channel',
  'Engagement.indicators': 'the indicators one national engagement is measured by',
  'GedImport.issues': 'the refused cells of one file',
  'KioskSession.surveys': 'the campaigns open on one tablet today',
  'Labelling.deadlines': 'the four deadlines of one audit cycle',
  'Labelling.modules': 'the modules that apply to one labelling',
  'Meeting.agenda': 'the items of one agenda',
  'Meeting.minutesVersions': 'the versions of one meeting’s minutes',
  'Minutes.sections': 'one section per agenda item',
  'Proposal.routings': 'where one proposal was sent',
  'Proposal.history': 'the status changes of one proposal',
  'Proposal.actions': 'the actions that came of one proposal',
  'Publication.figures': 'the indicators one quarter’s publication froze',
  'PublicationDraft.figures': 'the publication set of one quarter',
  'PublicSection.questions': 'the questions of one section',
  'PublicSurvey.sections': 'the sections of one questionnaire',
  'Question.options': 'the options of one question',
  'Questionnaire.sections': 'the sections of one questionnaire',
  'Questionnaire.questions': 'the questions of one questionnaire',
  'QuestionnaireSection.questions': 'the questions of one section',
  'QuestionResult.distribution': 'one count per option',
  'QuestionResult.byChannel': 'one row per channel',
  'Referential.modules': 'the modules of one referential',
  'SurveyFinding.actions': 'the actions that came of one finding',
};

describe('the supergraph’s conventions', () => {
  it('pages every list a client reads as a list with a connection; plain lists are named parts of their object', () => {
    const plain = fields.filter(({ type, field }) => type !== 'Mutation' && !type.endsWith('Connection') && isPlainListOfObjects(field)).map(({ type, field }) => `${type}.${field.name}`);
    expect(plain.filter((name) => name.startsWith('Query.'))).toEqual([]);
    expect(plain.filter((name) => !(name in PARTS))).toEqual([]);
    // The list above stays true: a part that became a connection leaves it.
    expect(Object.keys(PARTS).filter((name) => !plain.includes(name))).toEqual([]);
  });

  it('makes every root query field nullable, so that a subgraph that does not answer nulls its own fields only', () => {
    const root = Object.values(schema.getQueryType()!.getFields());
    expect(root.length).toBeGreaterThan(40);
    expect(root.filter((field) => isNonNullType(field.type)).map((field) => `Query.${field.name}`)).toEqual([]);
  });

  it('pages every connection the same way: first and after, nodes, edges, pageInfo and totalCount', () => {
    const connections = fields.filter(({ field }) => getNamedType(field.type).name.endsWith('Connection'));
    expect(connections.length).toBeGreaterThan(20);
    for (const { type, field } of connections) {
      const args = Object.fromEntries(field.args.map((a) => [a.name, String(a.type)]));
      expect({ field: `${type}.${field.name}`, first: args.first, after: args.after }).toEqual({ field: `${type}.${field.name}`, first: 'Int!', after: 'String' });
      const connection = getNamedType(field.type);
      expect(isObjectType(connection) && Object.keys(connection.getFields()).sort()).toEqual(['edges', 'nodes', 'pageInfo', 'totalCount']);
    }
  });

  it('gives every rate as a fraction from 0 to 1, said so in its description', () => {
    // A rate is a Float, or an object that carries one beside its sample size (ResponseRate).
    const rates = fields.filter(({ field }) => /(^rate|Rate)$/.test(field.name) && isScalarType(getNamedType(field.type)));
    expect(rates.length).toBeGreaterThan(3);
    for (const { type, field } of rates) {
      expect({ rate: `${type}.${field.name}`, type: String(getNullableType(field.type)), fraction: /fraction from 0 to 1/i.test(field.description ?? '') }).toEqual({ rate: `${type}.${field.name}`, type: 'Float', fraction: true });
    }
    expect(fields.filter(({ field }) => /percent|pct/i.test(field.name)).map(({ type, field }) => `${type}.${field.name}`)).toEqual([]);
  });

  it('reads and writes months as the Month scalar (YYYY-MM), in fields and arguments alike', () => {
    const month = schema.getType('Month');
    expect(month && isScalarType(month)).toBe(true);
    const named = [
      ...fields.filter(({ type, field }) => !ROOTS.has(type) && /^(month|.+Month)$/.test(field.name)).map(({ type, field }) => ({ at: `${type}.${field.name}`, type: getNamedType(field.type).name })),
      ...fields.flatMap(({ type, field }) => field.args.filter((a) => /^(month|from|to|.+Month)$/.test(a.name) && /month/i.test(a.description ?? '')).map((a) => ({ at: `${type}.${field.name}(${a.name})`, type: getNamedType(a.type).name }))),
    ];
    expect(named.length).toBeGreaterThan(2);
    expect(named.filter((n) => n.type !== 'Month')).toEqual([]);
  });

  it('gives instants as DateTimeISO and dates as YYYY-MM-DD strings', () => {
    // A field named …At is an instant, or a day documented as such (a legal deadline counts days).
    const instants = fields.filter(({ field }) => /At$/.test(field.name));
    const undocumented = instants.filter(({ field }) => getNamedType(field.type).name !== 'DateTimeISO' && !(getNamedType(field.type).name === 'String' && /\(YYYY-MM-DD\)/.test(field.description ?? '')));
    expect(undocumented.map(({ type, field }) => `${type}.${field.name}`)).toEqual([]);
    const dates = fields.filter(({ field }) => /\(YYYY-MM-DD\)/.test(field.description ?? ''));
    expect(dates.length).toBeGreaterThan(10);
    expect(dates.filter(({ field }) => getNamedType(field.type).name !== 'String').map(({ type, field }) => `${type}.${field.name}`)).toEqual([]);
  });
});
