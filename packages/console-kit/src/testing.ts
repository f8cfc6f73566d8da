// Test support, on its own subpath (`@qualipref/console-kit/testing`) so that no bundle includes it.
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import type { GraphQLFormattedError } from 'graphql';

/**
 * What the API answers to an operation: its data (with the errors of the fields whose subgraph
 * did not answer, then null), or the GraphQL errors of a refusal.
 */
export type OperationResult<TData> = { data: TData; errors?: readonly GraphQLFormattedError[] } | { errors: readonly GraphQLFormattedError[] };

/** The data of an operation, for a fixture built apart from its mock: `DataOf<typeof DOCUMENT>`. */
export type DataOf<TDocument> = TDocument extends TypedDocumentNode<infer TData, OperationVariables> ? TData : never;

/**
 * The answer to an operation as a function of the variables sent, for a `vi.fn` that counts the
 * calls: `vi.fn<ResultFunction<typeof DOCUMENT>>(() => …)` types its result like the operation's
 * (without it, `vi.fn` widens `__typename` to `string`).
 */
export type ResultFunction<TDocument> =
  TDocument extends TypedDocumentNode<infer TData, infer TVariables> ? (sent: TVariables) => OperationResult<TData> : never;

/** A mocked response of any operation, as `MockedProvider`'s `mocks` take it. */
export type OperationMock = MockLink.MockedResponse<object, OperationVariables>;

/**
 * A response for `MockedProvider`, typed by the generated operation: the variables and the data
 * must have the operation's shape, so that a field the schema renames or removes fails the type
 * check of the test instead of leaving it with a stale fixture. `variables` may be a predicate on
 * the variables sent, and `result` a function of them.
 */
export function mockOperation<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: NoInfer<TVariables> | ((sent: NoInfer<TVariables>) => boolean),
  result: NoInfer<OperationResult<TData> | ((sent: TVariables) => OperationResult<TData>)>,
): MockLink.MockedResponse<TData, TVariables> {
  return { request: { query, variables }, result };
}

/** The text a field's `aria-describedby` points to: its hint and, once checked, its error message. */
export const describedText = (field: HTMLElement): string =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
