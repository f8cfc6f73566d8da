/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ConsoleTenants {\n    tenants(first: 10) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.ConsoleTenantsDocument,
    "\n  query ConsoleCapabilities($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      id\n      timeZone\n      viewerCan {\n        id\n        analyseData\n        openQualityProgramme\n      }\n      directorates(first: 50) {\n        nodes {\n          id\n          code\n          viewerCanOpenModule\n        }\n      }\n    }\n  }\n": typeof types.ConsoleCapabilitiesDocument,
    "\n  query ConsoleDashboard($tenantId: ID!, $from: String!, $to: String!) {\n    tenant(id: $tenantId) {\n      id\n      name\n      correspondenceTableau(from: $from, to: $to) {\n        total {\n          received\n          answered\n          onTimeRate\n          medianDelayWorkingDays\n          backlog\n          overdue\n        }\n      }\n      directorates(first: 20) {\n        nodes {\n          id\n          code\n          name\n          correspondenceTableau(from: $from, to: $to) {\n            total {\n              received\n              answered\n              onTimeRate\n              medianDelayWorkingDays\n              backlog\n              overdue\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleDashboardDocument,
    "\n  query ConsoleTenantPublishers {\n    tenantPublishers(first: 10) {\n      nodes {\n        id\n        kind\n        name\n        publisherName\n        publicationDirector\n        postalAddress\n      }\n    }\n  }\n": typeof types.ConsoleTenantPublishersDocument,
};
const documents: Documents = {
    "\n  query ConsoleTenants {\n    tenants(first: 10) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.ConsoleTenantsDocument,
    "\n  query ConsoleCapabilities($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      id\n      timeZone\n      viewerCan {\n        id\n        analyseData\n        openQualityProgramme\n      }\n      directorates(first: 50) {\n        nodes {\n          id\n          code\n          viewerCanOpenModule\n        }\n      }\n    }\n  }\n": types.ConsoleCapabilitiesDocument,
    "\n  query ConsoleDashboard($tenantId: ID!, $from: String!, $to: String!) {\n    tenant(id: $tenantId) {\n      id\n      name\n      correspondenceTableau(from: $from, to: $to) {\n        total {\n          received\n          answered\n          onTimeRate\n          medianDelayWorkingDays\n          backlog\n          overdue\n        }\n      }\n      directorates(first: 20) {\n        nodes {\n          id\n          code\n          name\n          correspondenceTableau(from: $from, to: $to) {\n            total {\n              received\n              answered\n              onTimeRate\n              medianDelayWorkingDays\n              backlog\n              overdue\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleDashboardDocument,
    "\n  query ConsoleTenantPublishers {\n    tenantPublishers(first: 10) {\n      nodes {\n        id\n        kind\n        name\n        publisherName\n        publicationDirector\n        postalAddress\n      }\n    }\n  }\n": types.ConsoleTenantPublishersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTenants {\n    tenants(first: 10) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleTenants {\n    tenants(first: 10) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCapabilities($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      id\n      timeZone\n      viewerCan {\n        id\n        analyseData\n        openQualityProgramme\n      }\n      directorates(first: 50) {\n        nodes {\n          id\n          code\n          viewerCanOpenModule\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleCapabilities($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      id\n      timeZone\n      viewerCan {\n        id\n        analyseData\n        openQualityProgramme\n      }\n      directorates(first: 50) {\n        nodes {\n          id\n          code\n          viewerCanOpenModule\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDashboard($tenantId: ID!, $from: String!, $to: String!) {\n    tenant(id: $tenantId) {\n      id\n      name\n      correspondenceTableau(from: $from, to: $to) {\n        total {\n          received\n          answered\n          onTimeRate\n          medianDelayWorkingDays\n          backlog\n          overdue\n        }\n      }\n      directorates(first: 20) {\n        nodes {\n          id\n          code\n          name\n          correspondenceTableau(from: $from, to: $to) {\n            total {\n              received\n              answered\n              onTimeRate\n              medianDelayWorkingDays\n              backlog\n              overdue\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDashboard($tenantId: ID!, $from: String!, $to: String!) {\n    tenant(id: $tenantId) {\n      id\n      name\n      correspondenceTableau(from: $from, to: $to) {\n        total {\n          received\n          answered\n          onTimeRate\n          medianDelayWorkingDays\n          backlog\n          overdue\n        }\n      }\n      directorates(first: 20) {\n        nodes {\n          id\n          code\n          name\n          correspondenceTableau(from: $from, to: $to) {\n            total {\n              received\n              answered\n              onTimeRate\n              medianDelayWorkingDays\n              backlog\n              overdue\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTenantPublishers {\n    tenantPublishers(first: 10) {\n      nodes {\n        id\n        kind\n        name\n        publisherName\n        publicationDirector\n        postalAddress\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleTenantPublishers {\n    tenantPublishers(first: 10) {\n      nodes {\n        id\n        kind\n        name\n        publisherName\n        publicationDirector\n        postalAddress\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;