// graphql's CommonJS entry by name, as month.ts: these functions check types with `instanceof`,
// and the schema they are given was built by Apollo with that entry, not with graphql's ESM copy.
import { GraphQLError, Kind, TypeInfo, getVariableValues, isInputObjectType, isListType, isNonNullType, isScalarType, valueFromAST, visit, visitWithTypeInfo, BREAK } from 'graphql/index.js';
import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLInputType, OperationDefinitionNode, GraphQLSchema } from 'graphql';
import { DomainError, ErrorCode, toGraphQLError } from './errors.js';
import { isCalendarDate, isUuid } from './validation.js';

/** The `reason`s of a refused input, under BAD_USER_INPUT, for clients that react to them. */
export const INVALID_ID = 'INVALID_ID';
export const INVALID_DATE = 'INVALID_DATE';
export const INVALID_TEXT = 'INVALID_TEXT';
export const TOO_MANY_ITEMS = 'TOO_MANY_ITEMS';

/**
 * How a list input documents its maximum, in its description: « Lines of the attendance sheet
 * (at most 300 items). ». The description is the rule: what it says is what is enforced.
 */
const MAX_ITEMS = /\bat most ([\d,]+) items\b/;

/** The most items a list input's description allows, or null when it documents none. */
export function maxItemsOf(description: string | null | undefined): number | null {
  const match = description ? MAX_ITEMS.exec(description) : null;
  return match ? Number(match[1]!.replace(/,/g, '')) : null;
}

/** A text input documented `(YYYY-MM-DD)` is a calendar date, as every date of the platform is written. */
const isDateInput = (description: string | null | undefined) => !!description && description.includes('(YYYY-MM-DD)');

/** Text PostgreSQL can store: no NUL character, and valid UTF-16 (a lone surrogate has no UTF-8 form). */
const isStorableText = (value: string) => value.isWellFormed() && !value.includes('\u0000');

const JSON_SCALARS = new Set(['JSON', 'JSONObject']);

function textRefusal(field: string): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, 'Texte invalide : il contient un caractère nul ou un caractère Unicode incomplet. Retapez-le ou recollez-le sans ce caractère.', field, INVALID_TEXT);
}

/** The first string anywhere in a JSON value that cannot be stored, as a refusal. */
function checkJson(value: unknown, field: string): DomainError | null {
  if (typeof value === 'string') return isStorableText(value) ? null : textRefusal(field);
  if (Array.isArray(value)) {
    for (const item of value) {
      const refusal = checkJson(item, field);
      if (refusal) return refusal;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const refusal = checkJson(key, field) ?? checkJson(item, field);
      if (refusal) return refusal;
    }
  }
  return null;
}

const join = (path: string, name: string) => (path ? `${path}.${name}` : name);

/** The first refusal in a coerced input value of `type`, described by `description`, at `field`. */
function checkValue(value: unknown, type: GraphQLInputType, description: string | null | undefined, field: string): DomainError | null {
  if (value === null || value === undefined) return null;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const items = Array.isArray(value) ? value : [value];
    const max = maxItemsOf(description);
    if (max !== null && items.length > max) {
      return new DomainError(ErrorCode.BAD_USER_INPUT, `Trop d'éléments dans cette liste : ${items.length}, au plus ${max}.`, field, TOO_MANY_ITEMS);
    }
    for (const [index, item] of items.entries()) {
      const refusal = checkValue(item, inner.ofType, description, join(field, String(index)));
      if (refusal) return refusal;
    }
    return null;
  }
  if (isInputObjectType(inner)) {
    for (const input of Object.values(inner.getFields())) {
      const refusal = checkValue((value as Record<string, unknown>)[input.name], input.type, input.description, join(field, input.name));
      if (refusal) return refusal;
    }
    return null;
  }
  if (!isScalarType(inner)) return null;
  if (JSON_SCALARS.has(inner.name)) return checkJson(value, field);
  if (typeof value !== 'string') return null;
  const shown = value.slice(0, 60);
  if (inner.name === 'ID' && !isUuid(value)) {
    return new DomainError(ErrorCode.BAD_USER_INPUT, `Identifiant invalide : « ${shown} » n’en est pas un ; choisissez l’élément dans la liste.`, field, INVALID_ID);
  }
  if (!isStorableText(value)) return textRefusal(field);
  if (inner.name === 'String' && isDateInput(description) && value !== '' && !isCalendarDate(value)) {
    return new DomainError(ErrorCode.BAD_USER_INPUT, `Date invalide (attendu AAAA-MM-JJ, une date qui existe) : « ${shown} ».`, field, INVALID_DATE);
  }
  return null;
}

/**
 * The first input of an operation refused before anything runs, or null: an `ID` that is not a
 * UUID (every identifier of the platform is one), a date documented `(YYYY-MM-DD)` that does not
 * exist, text PostgreSQL cannot store (a NUL character, a lone surrogate), a list longer than its
 * description allows. Every argument of every field the operation selects is read, literals and
 * variables alike. `field` is the input's path: an argument's name, or for the `input` argument
 * its fields' (`agenda.3.title`), as the domains name them. Variables that do not fit the
 * operation give null: execution refuses them itself.
 */
export function refusedInput(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {}): DomainError | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) return null;
  const ran: DocumentNode = { ...document, definitions: document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION) };
  const typeInfo = new TypeInfo(schema);
  let refusal: DomainError | null = null;
  visit(
    ran,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const definition = typeInfo.getFieldDef();
        for (const argument of node.arguments ?? []) {
          const declared = definition?.args.find((a) => a.name === argument.name.value);
          if (!declared) continue;
          const value = valueFromAST(argument.value, declared.type, coerced.coerced);
          refusal = checkValue(value, declared.type, declared.description, declared.name === 'input' && isInputObjectType(isNonNullType(declared.type) ? declared.type.ofType : declared.type) ? '' : declared.name);
          if (refusal) return BREAK;
        }
        return undefined;
      },
    }),
  );
  return refusal;
}

/**
 * Refuses, once the operation is resolved and before anything runs, an operation whose inputs
 * `refusedInput` refuses: HTTP 400 BAD_USER_INPUT with `field` and `reason`.
 */
export function inputCheckPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const refusal = refusedInput(schema, document, operation, request.variables ?? {});
          if (!refusal) return;
          const error = toGraphQLError(refusal);
          throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
        },
      };
    },
  };
}
