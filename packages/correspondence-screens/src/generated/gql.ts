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
    "\n  query CorrespondenceDirectorates($tenantId: ID) {\n    directorates(tenantId: $tenantId, first: 100) {\n      nodes {\n        id\n        code\n        name\n        tenantId\n        viewerCanRecordCorrespondence\n      }\n    }\n  }\n": typeof types.CorrespondenceDirectoratesDocument,
    "\n  query DirectorateTableau($directorateId: ID!, $from: String!, $to: String!) {\n    tableauDeSuivi(directorateId: $directorateId, from: $from, to: $to) {\n      from\n      to\n      total {\n        received\n        withoutDelayTarget\n        answered\n        answeredWithDelayTarget\n        answeredOnTime\n        onTimeRate\n        medianDelayWorkingDays\n        p90DelayWorkingDays\n        backlog\n        overdue\n      }\n      byChannel {\n        channel\n        received\n        withoutDelayTarget\n        answered\n        answeredWithDelayTarget\n        onTimeRate\n        medianDelayWorkingDays\n        p90DelayWorkingDays\n        backlog\n        overdue\n      }\n      csv\n    }\n  }\n": typeof types.DirectorateTableauDocument,
    "\n  query DirectorateItems($filter: CorrespondenceItemFilter!, $after: String) {\n    correspondenceItems(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        tenantId\n        channel\n        subject\n        correspondentKind\n        correspondentName\n        gedReference\n        receivedAt\n        dueDate\n        answeredAt\n        delayWorkingDays\n        reopenedAt\n        reopenReason\n        status\n        service {\n          id\n          code\n          name\n        }\n        directorate {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DirectorateItemsDocument,
    "\n  mutation AnswerCorrespondenceItem($id: ID!, $answeredAt: DateTimeISO!, $answerChannel: CorrespondenceChannel) {\n    answerCorrespondenceItem(id: $id, answeredAt: $answeredAt, answerChannel: $answerChannel) {\n      id\n      answeredAt\n      answerChannel\n      delayWorkingDays\n      status\n    }\n  }\n": typeof types.AnswerCorrespondenceItemDocument,
    "\n  query CorrespondenceServices($directorateId: ID!) {\n    services(directorateId: $directorateId, first: 50) {\n      nodes {\n        id\n        code\n        name\n        active\n      }\n    }\n  }\n": typeof types.CorrespondenceServicesDocument,
    "\n  mutation RegisterCorrespondenceItem($input: RegisterCorrespondenceItemInput!) {\n    registerCorrespondenceItem(input: $input) {\n      id\n      subject\n      dueDate\n      status\n      delayTarget {\n        id\n        label\n      }\n    }\n  }\n": typeof types.RegisterCorrespondenceItemDocument,
    "\n  mutation ReopenCorrespondenceItem($id: ID!, $reason: String!) {\n    reopenCorrespondenceItem(id: $id, reason: $reason) {\n      id\n      answeredAt\n      reopenedAt\n      reopenReason\n      status\n    }\n  }\n": typeof types.ReopenCorrespondenceItemDocument,
    "\n  mutation ImportGedCsv($csv: String!, $mapping: GedColumnMapping, $serviceId: ID, $fileName: String, $dryRun: Boolean!) {\n    importGedCsv(csv: $csv, mapping: $mapping, serviceId: $serviceId, fileName: $fileName, dryRun: $dryRun) {\n      mode\n      dryRun\n      applied\n      rows\n      created\n      unchanged\n      rejected\n      issues {\n        line\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ImportGedCsvDocument,
};
const documents: Documents = {
    "\n  query CorrespondenceDirectorates($tenantId: ID) {\n    directorates(tenantId: $tenantId, first: 100) {\n      nodes {\n        id\n        code\n        name\n        tenantId\n        viewerCanRecordCorrespondence\n      }\n    }\n  }\n": types.CorrespondenceDirectoratesDocument,
    "\n  query DirectorateTableau($directorateId: ID!, $from: String!, $to: String!) {\n    tableauDeSuivi(directorateId: $directorateId, from: $from, to: $to) {\n      from\n      to\n      total {\n        received\n        withoutDelayTarget\n        answered\n        answeredWithDelayTarget\n        answeredOnTime\n        onTimeRate\n        medianDelayWorkingDays\n        p90DelayWorkingDays\n        backlog\n        overdue\n      }\n      byChannel {\n        channel\n        received\n        withoutDelayTarget\n        answered\n        answeredWithDelayTarget\n        onTimeRate\n        medianDelayWorkingDays\n        p90DelayWorkingDays\n        backlog\n        overdue\n      }\n      csv\n    }\n  }\n": types.DirectorateTableauDocument,
    "\n  query DirectorateItems($filter: CorrespondenceItemFilter!, $after: String) {\n    correspondenceItems(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        tenantId\n        channel\n        subject\n        correspondentKind\n        correspondentName\n        gedReference\n        receivedAt\n        dueDate\n        answeredAt\n        delayWorkingDays\n        reopenedAt\n        reopenReason\n        status\n        service {\n          id\n          code\n          name\n        }\n        directorate {\n          id\n        }\n      }\n    }\n  }\n": types.DirectorateItemsDocument,
    "\n  mutation AnswerCorrespondenceItem($id: ID!, $answeredAt: DateTimeISO!, $answerChannel: CorrespondenceChannel) {\n    answerCorrespondenceItem(id: $id, answeredAt: $answeredAt, answerChannel: $answerChannel) {\n      id\n      answeredAt\n      answerChannel\n      delayWorkingDays\n      status\n    }\n  }\n": types.AnswerCorrespondenceItemDocument,
    "\n  query CorrespondenceServices($directorateId: ID!) {\n    services(directorateId: $directorateId, first: 50) {\n      nodes {\n        id\n        code\n        name\n        active\n      }\n    }\n  }\n": types.CorrespondenceServicesDocument,
    "\n  mutation RegisterCorrespondenceItem($input: RegisterCorrespondenceItemInput!) {\n    registerCorrespondenceItem(input: $input) {\n      id\n      subject\n      dueDate\n      status\n      delayTarget {\n        id\n        label\n      }\n    }\n  }\n": types.RegisterCorrespondenceItemDocument,
    "\n  mutation ReopenCorrespondenceItem($id: ID!, $reason: String!) {\n    reopenCorrespondenceItem(id: $id, reason: $reason) {\n      id\n      answeredAt\n      reopenedAt\n      reopenReason\n      status\n    }\n  }\n": types.ReopenCorrespondenceItemDocument,
    "\n  mutation ImportGedCsv($csv: String!, $mapping: GedColumnMapping, $serviceId: ID, $fileName: String, $dryRun: Boolean!) {\n    importGedCsv(csv: $csv, mapping: $mapping, serviceId: $serviceId, fileName: $fileName, dryRun: $dryRun) {\n      mode\n      dryRun\n      applied\n      rows\n      created\n      unchanged\n      rejected\n      issues {\n        line\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ImportGedCsvDocument,
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
export function graphql(source: "\n  query CorrespondenceDirectorates($tenantId: ID) {\n    directorates(tenantId: $tenantId, first: 100) {\n      nodes {\n        id\n        code\n        name\n        tenantId\n        viewerCanRecordCorrespondence\n      }\n    }\n  }\n"): (typeof documents)["\n  query CorrespondenceDirectorates($tenantId: ID) {\n    directorates(tenantId: $tenantId, first: 100) {\n      nodes {\n        id\n        code\n        name\n        tenantId\n        viewerCanRecordCorrespondence\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectorateTableau($directorateId: ID!, $from: String!, $to: String!) {\n    tableauDeSuivi(directorateId: $directorateId, from: $from, to: $to) {\n      from\n      to\n      total {\n        received\n        withoutDelayTarget\n        answered\n        answeredWithDelayTarget\n        answeredOnTime\n        onTimeRate\n        medianDelayWorkingDays\n        p90DelayWorkingDays\n        backlog\n        overdue\n      }\n      byChannel {\n        channel\n        received\n        withoutDelayTarget\n        answered\n        answeredWithDelayTarget\n        onTimeRate\n        medianDelayWorkingDays\n        p90DelayWorkingDays\n        backlog\n        overdue\n      }\n      csv\n    }\n  }\n"): (typeof documents)["\n  query DirectorateTableau($directorateId: ID!, $from: String!, $to: String!) {\n    tableauDeSuivi(directorateId: $directorateId, from: $from, to: $to) {\n      from\n      to\n      total {\n        received\n        withoutDelayTarget\n        answered\n        answeredWithDelayTarget\n        answeredOnTime\n        onTimeRate\n        medianDelayWorkingDays\n        p90DelayWorkingDays\n        backlog\n        overdue\n      }\n      byChannel {\n        channel\n        received\n        withoutDelayTarget\n        answered\n        answeredWithDelayTarget\n        onTimeRate\n        medianDelayWorkingDays\n        p90DelayWorkingDays\n        backlog\n        overdue\n      }\n      csv\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectorateItems($filter: CorrespondenceItemFilter!, $after: String) {\n    correspondenceItems(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        tenantId\n        channel\n        subject\n        correspondentKind\n        correspondentName\n        gedReference\n        receivedAt\n        dueDate\n        answeredAt\n        delayWorkingDays\n        reopenedAt\n        reopenReason\n        status\n        service {\n          id\n          code\n          name\n        }\n        directorate {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectorateItems($filter: CorrespondenceItemFilter!, $after: String) {\n    correspondenceItems(filter: $filter, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        tenantId\n        channel\n        subject\n        correspondentKind\n        correspondentName\n        gedReference\n        receivedAt\n        dueDate\n        answeredAt\n        delayWorkingDays\n        reopenedAt\n        reopenReason\n        status\n        service {\n          id\n          code\n          name\n        }\n        directorate {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerCorrespondenceItem($id: ID!, $answeredAt: DateTimeISO!, $answerChannel: CorrespondenceChannel) {\n    answerCorrespondenceItem(id: $id, answeredAt: $answeredAt, answerChannel: $answerChannel) {\n      id\n      answeredAt\n      answerChannel\n      delayWorkingDays\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerCorrespondenceItem($id: ID!, $answeredAt: DateTimeISO!, $answerChannel: CorrespondenceChannel) {\n    answerCorrespondenceItem(id: $id, answeredAt: $answeredAt, answerChannel: $answerChannel) {\n      id\n      answeredAt\n      answerChannel\n      delayWorkingDays\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorrespondenceServices($directorateId: ID!) {\n    services(directorateId: $directorateId, first: 50) {\n      nodes {\n        id\n        code\n        name\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  query CorrespondenceServices($directorateId: ID!) {\n    services(directorateId: $directorateId, first: 50) {\n      nodes {\n        id\n        code\n        name\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterCorrespondenceItem($input: RegisterCorrespondenceItemInput!) {\n    registerCorrespondenceItem(input: $input) {\n      id\n      subject\n      dueDate\n      status\n      delayTarget {\n        id\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterCorrespondenceItem($input: RegisterCorrespondenceItemInput!) {\n    registerCorrespondenceItem(input: $input) {\n      id\n      subject\n      dueDate\n      status\n      delayTarget {\n        id\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenCorrespondenceItem($id: ID!, $reason: String!) {\n    reopenCorrespondenceItem(id: $id, reason: $reason) {\n      id\n      answeredAt\n      reopenedAt\n      reopenReason\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenCorrespondenceItem($id: ID!, $reason: String!) {\n    reopenCorrespondenceItem(id: $id, reason: $reason) {\n      id\n      answeredAt\n      reopenedAt\n      reopenReason\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportGedCsv($csv: String!, $mapping: GedColumnMapping, $serviceId: ID, $fileName: String, $dryRun: Boolean!) {\n    importGedCsv(csv: $csv, mapping: $mapping, serviceId: $serviceId, fileName: $fileName, dryRun: $dryRun) {\n      mode\n      dryRun\n      applied\n      rows\n      created\n      unchanged\n      rejected\n      issues {\n        line\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportGedCsv($csv: String!, $mapping: GedColumnMapping, $serviceId: ID, $fileName: String, $dryRun: Boolean!) {\n    importGedCsv(csv: $csv, mapping: $mapping, serviceId: $serviceId, fileName: $fileName, dryRun: $dryRun) {\n      mode\n      dryRun\n      applied\n      rows\n      created\n      unchanged\n      rejected\n      issues {\n        line\n        field\n        code\n        message\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;