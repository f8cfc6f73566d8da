import {
  type DirectiveNode,
  type GraphQLField,
  type GraphQLObjectType,
  Kind,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  type SelectionNode,
  TypeInfo,
  buildASTSchema,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  parse,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/**
 * What may cost SQL statements per row of a list, wherever a query can reach it: the fields
 * that return lists (a connection `…Connection`, or a list `[…]`), those that return one object
 * per parent (an entity reference, a computed value), those a subgraph adds to another's
 * entity (resolved from the reference alone, so never read from the parent's row) and those
 * that take arguments (computed for the parent, whatever they return).
 */
export interface FanOutField {
  /** `Type.field` */
  name: string;
  kind: 'connection' | 'list' | 'object' | 'extension' | 'argument';
}

const isConnection = (type: GraphQLNamedType) => isObjectType(type) && type.name.endsWith('Connection');
/** The wrappers of a connection page the list their parent field returns: they are not lists of their own. */
const isPageWrapper = (type: GraphQLNamedType) => type.name.endsWith('Connection') || type.name.endsWith('Edge') || type.name === 'PageInfo';

/** The subgraphs (`join__field(graph:)`) that resolve a field, or its type's when it names none. */
function graphsOf(node: { directives?: readonly DirectiveNode[] } | null | undefined, directive: string): string[] {
  return (node?.directives ?? [])
    .filter((d) => d.name.value === directive)
    .flatMap((d) => d.arguments?.filter((a) => a.name.value === 'graph').map((a) => (a.value.kind === Kind.ENUM ? a.value.value : '')) ?? []);
}

/** The subgraph that resolves most of an entity's fields: its owner; the others extend it. */
function ownerOf(type: GraphQLObjectType): string | null {
  if (graphsOf(type.astNode, 'join__type').length < 2) return null;
  const counts = new Map<string, number>();
  for (const field of Object.values(type.getFields())) for (const graph of graphsOf(field.astNode, 'join__field')) counts.set(graph, (counts.get(graph) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function kindOf(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>, owner: string | null): FanOutField['kind'] | null {
  const named = getNamedType(field.type);
  if (isConnection(named)) return 'connection';
  if (isListType(getNullableType(field.type))) return 'list';
  if (isObjectType(named) && named.name !== 'PageInfo') return 'object';
  const graphs = graphsOf(field.astNode, 'join__field');
  if (owner && graphs.length > 0 && !graphs.includes(owner)) return 'extension';
  return field.args.length > 0 && type.name !== 'Query' ? 'argument' : null;
}

/** The schema a supergraph's SDL describes (its join directives kept, unchecked). */
export function schemaOf(sdl: string): GraphQLSchema {
  return buildASTSchema(parse(sdl), { assumeValidSDL: true });
}

/**
 * Every fan-out field of the types reachable from `Query` (mutations' payloads are read once
 * per mutation, not per row): the lists wherever they are, and the other kinds on the types
 * that a query can reach through a list, where they are resolved once per row.
 */
export function fanOutFields(schema: GraphQLSchema): FanOutField[] {
  const query = schema.getQueryType();
  if (!query) return [];
  // Each type once as a single value and once as the item of a list, whichever comes first.
  const seen = new Set<string>([`${query.name}:single`]);
  const queue: { type: GraphQLNamedType; inList: boolean }[] = [{ type: query, inList: false }];
  const found = new Map<string, FanOutField>();
  while (queue.length) {
    const { type, inList } = queue.shift()!;
    if (!isObjectType(type)) continue;
    const owner = ownerOf(type);
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      const below = inList || isListish(field.type);
      const key = `${named.name}:${below ? 'list' : 'single'}`;
      if (!seen.has(key)) {
        seen.add(key);
        queue.push({ type: named, inList: below });
      }
      const kind = kindOf(type, field, owner);
      if (!kind || isPageWrapper(type)) continue;
      if (kind !== 'connection' && kind !== 'list' && (!inList || type === query)) continue;
      found.set(`${type.name}.${field.name}`, { name: `${type.name}.${field.name}`, kind });
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

const isListish = (type: GraphQLType) => isListType(getNullableType(type)) || isConnection(getNamedType(type));

/**
 * The fan-out fields an operation exercises: the lists it asks for, and every field it selects
 * on the items of a list (at any depth), where one resolver call per row would show.
 */
export function exercisedFields(schema: GraphQLSchema, operation: string): Set<string> {
  const typeInfo = new TypeInfo(schema);
  const query = schema.getQueryType();
  const exercised = new Set<string>();
  // How many enclosing fields return a list or a connection.
  const listDepth: number[] = [0];
  visit(
    parse(operation),
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter() {
          const parent = typeInfo.getParentType();
          const field = typeInfo.getFieldDef();
          const depth = listDepth.at(-1)!;
          if (parent && field && (depth > 0 || parent === query || isListish(field.type))) exercised.add(`${parent.name}.${field.name}`);
          listDepth.push(depth + (field && isListish(field.type) ? 1 : 0));
        },
        leave() {
          listDepth.pop();
        },
      },
    }),
  );
  return exercised;
}

/** What an answer holds under one field selected on the items of a list. */
export interface ListFieldStats {
  /** Items of the enclosing list that answered the field. */
  parents: number;
  /** Elements of the field's own list (its `nodes` for a connection), over all parents. */
  children: number;
  /** Parents whose answer was not null. */
  present: number;
}

/**
 * Walks an answer along its operation (fields and inline fragments, aliases followed) and
 * counts, for every field selected on the items of a list, its parents and its children: what
 * a case seeded is visible in what it got back.
 */
export function listFieldStats(schema: GraphQLSchema, operation: string, data: Record<string, unknown>): Map<string, ListFieldStats> {
  const stats = new Map<string, ListFieldStats>();
  const document = parse(operation);
  const definition = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!definition || definition.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
  const walk = (type: GraphQLObjectType, selections: readonly SelectionNode[], value: Record<string, unknown>, inList: boolean) => {
    for (const selection of selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(type, selection.selectionSet.selections, value, inList);
        continue;
      }
      if (selection.kind !== Kind.FIELD || selection.name.value.startsWith('__')) continue;
      const field = type.getFields()[selection.name.value];
      if (!field) throw new Error(`${type.name} has no field ${selection.name.value}`);
      const answer = value[selection.alias?.value ?? selection.name.value];
      const named = getNamedType(field.type);
      const items = Array.isArray(answer) ? answer : isConnection(named) && answer ? ((answer as { nodes?: unknown[] }).nodes ?? null) : null;
      if (inList) {
        const key = `${type.name}.${field.name}`;
        const entry = stats.get(key) ?? { parents: 0, children: 0, present: 0 };
        entry.parents += 1;
        entry.present += answer === null || answer === undefined ? 0 : 1;
        entry.children += items?.length ?? 0;
        stats.set(key, entry);
      }
      if (!selection.selectionSet || answer === null || answer === undefined || !isObjectType(named)) continue;
      const below = selection.selectionSet.selections;
      const nested = inList || isListish(field.type);
      for (const item of Array.isArray(answer) ? answer : [answer]) walk(named, below, item as Record<string, unknown>, nested || Array.isArray(answer));
    }
  };
  const root = schema.getQueryType();
  if (!root) throw new Error('no Query type');
  walk(root, definition.selectionSet.selections, data, false);
  return stats;
}
