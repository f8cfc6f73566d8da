import {
  Kind,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  typeFromAST,
  visit,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/** The most a page may ask for (`first`, from 1 to 100 on every list). */
const LARGEST_PAGE = 100;

function sample(type: GraphQLInputType, name: string, page: boolean): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name, page);
  if (isListType(type)) return [sample(type.ofType, name, page)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    // Only what is required: each optional field of an input narrows what is asked.
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(fields.map((f) => [f.name, sample(f.type, f.name, f.name === 'first')]));
  }
  if (!isScalarType(type)) return null;
  switch (type.name) {
    case 'Int':
      return page ? LARGEST_PAGE : /year/i.test(name) ? 2026 : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      // @include(if: $x): the larger answer.
      return true;
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    case 'DateTimeISO':
      return '2026-01-01T00:00:00.000Z';
    case 'Month':
      return '2026-01';
    case 'JSON':
    case 'JSONObject':
      return {};
    default:
      return /month/i.test(name) ? '2026-01' : /(from|to|date|day|since|until|At)$/.test(name) ? '2026-01-01' : 'x';
  }
}

/**
 * Variables for an operation that ask the most it may ask: every variable given to a `first`
 * argument is the largest page (100), every other required variable a value of its type
 * (the optional ones, which narrow a list, are left out).
 */
export function largestVariables(schema: GraphQLSchema, document: DocumentNode, operation?: OperationDefinitionNode): Record<string, unknown> {
  const op = operation ?? document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!op) return {};
  const paging = new Set<string>();
  visit(document, {
    Argument(node) {
      if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) paging.add(node.value.name.value);
    },
  });
  const variables: Record<string, unknown> = {};
  for (const definition of op.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) continue;
    if (paging.has(name)) variables[name] = isListType(isNonNullType(type) ? type.ofType : type) ? [LARGEST_PAGE] : LARGEST_PAGE;
    else if (isNonNullType(type) && !definition.defaultValue) variables[name] = sample(type, name, false);
  }
  return variables;
}
