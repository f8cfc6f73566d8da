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
    "\n  query DctajOwners($tenantId: ID) {\n    directorates(tenantId: $tenantId, first: 100) {\n      nodes {\n        id\n        code\n        viewerCanRecordDctajFiles\n      }\n    }\n  }\n": typeof types.DctajOwnersDocument,
    "\n  query DctajLegalityControls($tenantId: ID, $after: String) {\n    legalityControls(tenantId: $tenantId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        tenantId\n        collectiviteName\n        actKind\n        actReference\n        receivedAt\n        documentsRequestedAt\n        documentsReceivedAt\n        observationsSentAt\n        electedOfficialInformedAt\n        recoursSentAt\n        recoursAnsweredAt\n        referralDeadline\n        referralBasis\n        referralPeriodStart\n        referredAt\n        referralState\n        electedOfficialInformedFirst\n        viewerCanUpdate\n        ownerDirectorate {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DctajLegalityControlsDocument,
    "\n  query DctajLegalityCoverage($tenantId: ID) {\n    legalityControlCoverage(tenantId: $tenantId) {\n      tenantId\n      arrondissements\n    }\n  }\n": typeof types.DctajLegalityCoverageDocument,
    "\n  mutation DctajUpdateLegalityControl($id: ID!, $input: UpdateLegalityControlInput!) {\n    updateLegalityControl(id: $id, input: $input) {\n      id\n      documentsRequestedAt\n      documentsReceivedAt\n      observationsSentAt\n      electedOfficialInformedAt\n      recoursSentAt\n      recoursAnsweredAt\n      referralDeadline\n      referralBasis\n      referralPeriodStart\n      referredAt\n      referralState\n      electedOfficialInformedFirst\n    }\n  }\n": typeof types.DctajUpdateLegalityControlDocument,
    "\n  mutation DctajRecordLegalityControl($input: LegalityControlInput!) {\n    recordLegalityControl(input: $input) {\n      id\n    }\n  }\n": typeof types.DctajRecordLegalityControlDocument,
    "\n  query DctajLitigationCases($tenantId: ID, $after: String) {\n    litigationCases(tenantId: $tenantId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        tenantId\n        reference\n        court\n        subject\n        requestedAt\n        filedAt\n        hearingAt\n        decidedAt\n        filingTargetDays\n        decisionTargetDays\n        daysToFiling\n        daysToDecision\n        filingOnTime\n        decisionOnTime\n        viewerCanUpdate\n        ownerDirectorate {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DctajLitigationCasesDocument,
    "\n  query DctajAppointmentRequests($tenantId: ID, $after: String) {\n    appointmentRequests(tenantId: $tenantId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        tenantId\n        requesterName\n        requesterKind\n        collectiviteName\n        subject\n        requestedAt\n        dateAsked\n        dateGiven\n        delayWorkingDays\n        viewerCanUpdate\n        ownerDirectorate {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DctajAppointmentRequestsDocument,
    "\n  mutation DctajRecordLitigationCase($input: LitigationCaseInput!) {\n    recordLitigationCase(input: $input) {\n      id\n    }\n  }\n": typeof types.DctajRecordLitigationCaseDocument,
    "\n  mutation DctajUpdateLitigationCase($id: ID!, $input: UpdateLitigationCaseInput!) {\n    updateLitigationCase(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.DctajUpdateLitigationCaseDocument,
    "\n  mutation DctajRecordAppointmentRequest($input: AppointmentRequestInput!) {\n    recordAppointmentRequest(input: $input) {\n      id\n    }\n  }\n": typeof types.DctajRecordAppointmentRequestDocument,
    "\n  mutation DctajUpdateAppointmentRequest($id: ID!, $input: UpdateAppointmentRequestInput!) {\n    updateAppointmentRequest(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.DctajUpdateAppointmentRequestDocument,
};
const documents: Documents = {
    "\n  query DctajOwners($tenantId: ID) {\n    directorates(tenantId: $tenantId, first: 100) {\n      nodes {\n        id\n        code\n        viewerCanRecordDctajFiles\n      }\n    }\n  }\n": types.DctajOwnersDocument,
    "\n  query DctajLegalityControls($tenantId: ID, $after: String) {\n    legalityControls(tenantId: $tenantId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        tenantId\n        collectiviteName\n        actKind\n        actReference\n        receivedAt\n        documentsRequestedAt\n        documentsReceivedAt\n        observationsSentAt\n        electedOfficialInformedAt\n        recoursSentAt\n        recoursAnsweredAt\n        referralDeadline\n        referralBasis\n        referralPeriodStart\n        referredAt\n        referralState\n        electedOfficialInformedFirst\n        viewerCanUpdate\n        ownerDirectorate {\n          id\n        }\n      }\n    }\n  }\n": types.DctajLegalityControlsDocument,
    "\n  query DctajLegalityCoverage($tenantId: ID) {\n    legalityControlCoverage(tenantId: $tenantId) {\n      tenantId\n      arrondissements\n    }\n  }\n": types.DctajLegalityCoverageDocument,
    "\n  mutation DctajUpdateLegalityControl($id: ID!, $input: UpdateLegalityControlInput!) {\n    updateLegalityControl(id: $id, input: $input) {\n      id\n      documentsRequestedAt\n      documentsReceivedAt\n      observationsSentAt\n      electedOfficialInformedAt\n      recoursSentAt\n      recoursAnsweredAt\n      referralDeadline\n      referralBasis\n      referralPeriodStart\n      referredAt\n      referralState\n      electedOfficialInformedFirst\n    }\n  }\n": types.DctajUpdateLegalityControlDocument,
    "\n  mutation DctajRecordLegalityControl($input: LegalityControlInput!) {\n    recordLegalityControl(input: $input) {\n      id\n    }\n  }\n": types.DctajRecordLegalityControlDocument,
    "\n  query DctajLitigationCases($tenantId: ID, $after: String) {\n    litigationCases(tenantId: $tenantId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        tenantId\n        reference\n        court\n        subject\n        requestedAt\n        filedAt\n        hearingAt\n        decidedAt\n        filingTargetDays\n        decisionTargetDays\n        daysToFiling\n        daysToDecision\n        filingOnTime\n        decisionOnTime\n        viewerCanUpdate\n        ownerDirectorate {\n          id\n        }\n      }\n    }\n  }\n": types.DctajLitigationCasesDocument,
    "\n  query DctajAppointmentRequests($tenantId: ID, $after: String) {\n    appointmentRequests(tenantId: $tenantId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        tenantId\n        requesterName\n        requesterKind\n        collectiviteName\n        subject\n        requestedAt\n        dateAsked\n        dateGiven\n        delayWorkingDays\n        viewerCanUpdate\n        ownerDirectorate {\n          id\n        }\n      }\n    }\n  }\n": types.DctajAppointmentRequestsDocument,
    "\n  mutation DctajRecordLitigationCase($input: LitigationCaseInput!) {\n    recordLitigationCase(input: $input) {\n      id\n    }\n  }\n": types.DctajRecordLitigationCaseDocument,
    "\n  mutation DctajUpdateLitigationCase($id: ID!, $input: UpdateLitigationCaseInput!) {\n    updateLitigationCase(id: $id, input: $input) {\n      id\n    }\n  }\n": types.DctajUpdateLitigationCaseDocument,
    "\n  mutation DctajRecordAppointmentRequest($input: AppointmentRequestInput!) {\n    recordAppointmentRequest(input: $input) {\n      id\n    }\n  }\n": types.DctajRecordAppointmentRequestDocument,
    "\n  mutation DctajUpdateAppointmentRequest($id: ID!, $input: UpdateAppointmentRequestInput!) {\n    updateAppointmentRequest(id: $id, input: $input) {\n      id\n    }\n  }\n": types.DctajUpdateAppointmentRequestDocument,
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
export function graphql(source: "\n  query DctajOwners($tenantId: ID) {\n    directorates(tenantId: $tenantId, first: 100) {\n      nodes {\n        id\n        code\n        viewerCanRecordDctajFiles\n      }\n    }\n  }\n"): (typeof documents)["\n  query DctajOwners($tenantId: ID) {\n    directorates(tenantId: $tenantId, first: 100) {\n      nodes {\n        id\n        code\n        viewerCanRecordDctajFiles\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DctajLegalityControls($tenantId: ID, $after: String) {\n    legalityControls(tenantId: $tenantId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        tenantId\n        collectiviteName\n        actKind\n        actReference\n        receivedAt\n        documentsRequestedAt\n        documentsReceivedAt\n        observationsSentAt\n        electedOfficialInformedAt\n        recoursSentAt\n        recoursAnsweredAt\n        referralDeadline\n        referralBasis\n        referralPeriodStart\n        referredAt\n        referralState\n        electedOfficialInformedFirst\n        viewerCanUpdate\n        ownerDirectorate {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DctajLegalityControls($tenantId: ID, $after: String) {\n    legalityControls(tenantId: $tenantId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        tenantId\n        collectiviteName\n        actKind\n        actReference\n        receivedAt\n        documentsRequestedAt\n        documentsReceivedAt\n        observationsSentAt\n        electedOfficialInformedAt\n        recoursSentAt\n        recoursAnsweredAt\n        referralDeadline\n        referralBasis\n        referralPeriodStart\n        referredAt\n        referralState\n        electedOfficialInformedFirst\n        viewerCanUpdate\n        ownerDirectorate {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DctajLegalityCoverage($tenantId: ID) {\n    legalityControlCoverage(tenantId: $tenantId) {\n      tenantId\n      arrondissements\n    }\n  }\n"): (typeof documents)["\n  query DctajLegalityCoverage($tenantId: ID) {\n    legalityControlCoverage(tenantId: $tenantId) {\n      tenantId\n      arrondissements\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DctajUpdateLegalityControl($id: ID!, $input: UpdateLegalityControlInput!) {\n    updateLegalityControl(id: $id, input: $input) {\n      id\n      documentsRequestedAt\n      documentsReceivedAt\n      observationsSentAt\n      electedOfficialInformedAt\n      recoursSentAt\n      recoursAnsweredAt\n      referralDeadline\n      referralBasis\n      referralPeriodStart\n      referredAt\n      referralState\n      electedOfficialInformedFirst\n    }\n  }\n"): (typeof documents)["\n  mutation DctajUpdateLegalityControl($id: ID!, $input: UpdateLegalityControlInput!) {\n    updateLegalityControl(id: $id, input: $input) {\n      id\n      documentsRequestedAt\n      documentsReceivedAt\n      observationsSentAt\n      electedOfficialInformedAt\n      recoursSentAt\n      recoursAnsweredAt\n      referralDeadline\n      referralBasis\n      referralPeriodStart\n      referredAt\n      referralState\n      electedOfficialInformedFirst\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DctajRecordLegalityControl($input: LegalityControlInput!) {\n    recordLegalityControl(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DctajRecordLegalityControl($input: LegalityControlInput!) {\n    recordLegalityControl(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DctajLitigationCases($tenantId: ID, $after: String) {\n    litigationCases(tenantId: $tenantId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        tenantId\n        reference\n        court\n        subject\n        requestedAt\n        filedAt\n        hearingAt\n        decidedAt\n        filingTargetDays\n        decisionTargetDays\n        daysToFiling\n        daysToDecision\n        filingOnTime\n        decisionOnTime\n        viewerCanUpdate\n        ownerDirectorate {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DctajLitigationCases($tenantId: ID, $after: String) {\n    litigationCases(tenantId: $tenantId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        tenantId\n        reference\n        court\n        subject\n        requestedAt\n        filedAt\n        hearingAt\n        decidedAt\n        filingTargetDays\n        decisionTargetDays\n        daysToFiling\n        daysToDecision\n        filingOnTime\n        decisionOnTime\n        viewerCanUpdate\n        ownerDirectorate {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DctajAppointmentRequests($tenantId: ID, $after: String) {\n    appointmentRequests(tenantId: $tenantId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        tenantId\n        requesterName\n        requesterKind\n        collectiviteName\n        subject\n        requestedAt\n        dateAsked\n        dateGiven\n        delayWorkingDays\n        viewerCanUpdate\n        ownerDirectorate {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DctajAppointmentRequests($tenantId: ID, $after: String) {\n    appointmentRequests(tenantId: $tenantId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        tenantId\n        requesterName\n        requesterKind\n        collectiviteName\n        subject\n        requestedAt\n        dateAsked\n        dateGiven\n        delayWorkingDays\n        viewerCanUpdate\n        ownerDirectorate {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DctajRecordLitigationCase($input: LitigationCaseInput!) {\n    recordLitigationCase(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DctajRecordLitigationCase($input: LitigationCaseInput!) {\n    recordLitigationCase(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DctajUpdateLitigationCase($id: ID!, $input: UpdateLitigationCaseInput!) {\n    updateLitigationCase(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DctajUpdateLitigationCase($id: ID!, $input: UpdateLitigationCaseInput!) {\n    updateLitigationCase(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DctajRecordAppointmentRequest($input: AppointmentRequestInput!) {\n    recordAppointmentRequest(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DctajRecordAppointmentRequest($input: AppointmentRequestInput!) {\n    recordAppointmentRequest(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DctajUpdateAppointmentRequest($id: ID!, $input: UpdateAppointmentRequestInput!) {\n    updateAppointmentRequest(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DctajUpdateAppointmentRequest($id: ID!, $input: UpdateAppointmentRequestInput!) {\n    updateAppointmentRequest(id: $id, input: $input) {\n      id\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;