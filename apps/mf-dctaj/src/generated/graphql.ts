/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An appointment request. */
export type AppointmentRequestInput = {
  /** Their collectivité. */
  collectiviteName?: string | null | undefined;
  /** Date asked for (YYYY-MM-DD). */
  dateAsked?: string | null | undefined;
  /** Date given (YYYY-MM-DD). */
  dateGiven?: string | null | undefined;
  /** DCTAJ directorate owning the record: the caller’s when omitted. */
  ownerDirectorateId?: string | number | null | undefined;
  /** Date of the request (YYYY-MM-DD). */
  requestedAt: string;
  /** Elected official or territorial officer. */
  requesterKind: AppointmentRequesterKind;
  /** Who asks. */
  requesterName: string;
  /** Subject. */
  subject: string;
};

/** Who asks for an appointment with the DCTAJ. */
export type AppointmentRequesterKind =
  /** An elected official (maire, président d’EPCI…). */
  | 'ELECTED_OFFICIAL'
  /** An officer of a collectivité (DGS, secrétaire de mairie…). */
  | 'TERRITORIAL_OFFICER';

/** An act under legality control. */
export type LegalityControlInput = {
  /** Kind of act. */
  actKind: string;
  /** Reference of the act. */
  actReference?: string | null | undefined;
  /** The collectivité. */
  collectiviteName: string;
  /** Date the pieces asked for were received (not before the request) (YYYY-MM-DD). */
  documentsReceivedAt?: string | null | undefined;
  /** Date missing pieces were asked for (YYYY-MM-DD). */
  documentsRequestedAt?: string | null | undefined;
  /** Date the elected official was informed (YYYY-MM-DD). */
  electedOfficialInformedAt?: string | null | undefined;
  /** Notes. */
  notes?: string | null | undefined;
  /** Date observations were sent (YYYY-MM-DD). */
  observationsSentAt?: string | null | undefined;
  /** DCTAJ directorate owning the record: the caller’s when omitted (administrators name one). */
  ownerDirectorateId?: string | number | null | undefined;
  /** Date received (YYYY-MM-DD); not after today (BAD_USER_INPUT, reason DATE_IN_FUTURE), like every date of the procedure. */
  receivedAt: string;
  /** Date of the collectivité’s explicit answer to the recours (not before it) (YYYY-MM-DD). */
  recoursAnsweredAt?: string | null | undefined;
  /** Date the recours gracieux was sent (not before the information) (YYYY-MM-DD). */
  recoursSentAt?: string | null | undefined;
  /** Date of the referral to the court (YYYY-MM-DD). */
  referredAt?: string | null | undefined;
};

/** A litigation case. */
export type LitigationCaseInput = {
  /** Court. */
  court?: string | null | undefined;
  /** Date of the decision (YYYY-MM-DD). */
  decidedAt?: string | null | undefined;
  /** Target request → decision in calendar days (365 when omitted). */
  decisionTargetDays?: number | null | undefined;
  /** Date of the filing (YYYY-MM-DD). */
  filedAt?: string | null | undefined;
  /** Target request → filing in calendar days (60 when omitted). */
  filingTargetDays?: number | null | undefined;
  /** Date of the hearing (YYYY-MM-DD). */
  hearingAt?: string | null | undefined;
  /** DCTAJ directorate owning the record: the caller’s when omitted. */
  ownerDirectorateId?: string | number | null | undefined;
  /** Reference. */
  reference: string;
  /** Date of the request (YYYY-MM-DD). */
  requestedAt: string;
  /** Subject. */
  subject: string;
};

/** What the two months of the prefect’s referral run from (CGCT L.2131-6 and case law). */
export type ReferralBasis =
  /** Nothing yet: the pieces asked for are awaited. */
  | 'AWAITING_DOCUMENTS'
  /** The receipt of the pieces asked for within the two months. */
  | 'DOCUMENTS_RECEIVED'
  /** The reception of the act. */
  | 'RECEPTION'
  /** The collectivité’s explicit answer to the recours gracieux sent within the two months. */
  | 'RECOURS_ANSWERED'
  /** The implicit rejection of the recours gracieux, two months after it was sent without an answer. */
  | 'RECOURS_IMPLICIT_REJECTION';

/** Where the two-month window of the prefect’s referral to the administrative court stands. */
export type ReferralState =
  /** The pieces asked of the collectivité have not come: the window has not started. */
  | 'AWAITING_DOCUMENTS'
  /** Not referred, the window has closed, though the prefecture had contested the act (observations or a recours gracieux): « délai expiré sans déféré ». */
  | 'EXPIRED'
  /** Not referred, the window has closed, and nothing had been raised: the act was not contested. */
  | 'NOT_CONTESTED'
  /** Not referred; the window is still open. */
  | 'OPEN'
  /** Referred within the window. */
  | 'REFERRED_IN_TIME'
  /** Referred after the window closed. */
  | 'REFERRED_LATE';

/** Changes to an appointment request; omitted fields stay, null clears a date. */
export type UpdateAppointmentRequestInput = {
  /** Their collectivité. */
  collectiviteName?: string | null | undefined;
  /** Date asked for (YYYY-MM-DD). */
  dateAsked?: string | null | undefined;
  /** Date given (YYYY-MM-DD). */
  dateGiven?: string | null | undefined;
  /** Date of the request (YYYY-MM-DD). */
  requestedAt?: string | null | undefined;
  /** Elected official or territorial officer. */
  requesterKind?: AppointmentRequesterKind | null | undefined;
  /** Who asks. */
  requesterName?: string | null | undefined;
  /** Subject. */
  subject?: string | null | undefined;
};

/** Changes to a legality control; omitted fields stay, null clears. */
export type UpdateLegalityControlInput = {
  /** Kind of act. */
  actKind?: string | null | undefined;
  /** Reference of the act. */
  actReference?: string | null | undefined;
  /** The collectivité. */
  collectiviteName?: string | null | undefined;
  /** Date the pieces asked for were received (not before the request) (YYYY-MM-DD). */
  documentsReceivedAt?: string | null | undefined;
  /** Date missing pieces were asked for (YYYY-MM-DD). */
  documentsRequestedAt?: string | null | undefined;
  /** Date the elected official was informed (YYYY-MM-DD). */
  electedOfficialInformedAt?: string | null | undefined;
  /** Notes. */
  notes?: string | null | undefined;
  /** Date observations were sent (YYYY-MM-DD). */
  observationsSentAt?: string | null | undefined;
  /** Date received (moves the referral deadline; not after today) (YYYY-MM-DD). */
  receivedAt?: string | null | undefined;
  /** Date of the collectivité’s explicit answer to the recours (not before it) (YYYY-MM-DD). */
  recoursAnsweredAt?: string | null | undefined;
  /** Date the recours gracieux was sent (not before the information) (YYYY-MM-DD). */
  recoursSentAt?: string | null | undefined;
  /** Date of the referral to the court (YYYY-MM-DD). */
  referredAt?: string | null | undefined;
};

/** Changes to a litigation case; omitted fields stay, null clears a date. */
export type UpdateLitigationCaseInput = {
  /** Court. */
  court?: string | null | undefined;
  /** Date of the decision (YYYY-MM-DD). */
  decidedAt?: string | null | undefined;
  /** Target request → decision in calendar days. */
  decisionTargetDays?: number | null | undefined;
  /** Date of the filing (YYYY-MM-DD). */
  filedAt?: string | null | undefined;
  /** Target request → filing in calendar days. */
  filingTargetDays?: number | null | undefined;
  /** Date of the hearing (YYYY-MM-DD). */
  hearingAt?: string | null | undefined;
  /** Reference. */
  reference?: string | null | undefined;
  /** Date of the request (YYYY-MM-DD). */
  requestedAt?: string | null | undefined;
  /** Subject. */
  subject?: string | null | undefined;
};

export type DctajOwnersQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
}>;


export type DctajOwnersQuery = { directorates: { __typename: 'DirectorateConnection', nodes: Array<{ __typename: 'Directorate', id: string, code: string, viewerCanRecordDctajFiles: boolean }> } | null };

export type DctajLegalityControlsQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type DctajLegalityControlsQuery = { legalityControls: { __typename: 'LegalityControlConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'LegalityControl', id: string, tenantId: string, collectiviteName: string, actKind: string, actReference: string | null, receivedAt: string, documentsRequestedAt: string | null, documentsReceivedAt: string | null, observationsSentAt: string | null, electedOfficialInformedAt: string | null, recoursSentAt: string | null, recoursAnsweredAt: string | null, referralDeadline: string | null, referralBasis: ReferralBasis, referralPeriodStart: string | null, referredAt: string | null, referralState: ReferralState, electedOfficialInformedFirst: boolean | null, viewerCanUpdate: boolean, ownerDirectorate: { __typename: 'Directorate', id: string } }> } | null };

export type DctajLegalityCoverageQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
}>;


export type DctajLegalityCoverageQuery = { legalityControlCoverage: { __typename: 'LegalityControlCoverage', tenantId: string, arrondissements: Array<string> } | null };

export type DctajUpdateLegalityControlMutationVariables = Exact<{
  id: string | number;
  input: UpdateLegalityControlInput;
}>;


export type DctajUpdateLegalityControlMutation = { updateLegalityControl: { __typename: 'LegalityControl', id: string, documentsRequestedAt: string | null, documentsReceivedAt: string | null, observationsSentAt: string | null, electedOfficialInformedAt: string | null, recoursSentAt: string | null, recoursAnsweredAt: string | null, referralDeadline: string | null, referralBasis: ReferralBasis, referralPeriodStart: string | null, referredAt: string | null, referralState: ReferralState, electedOfficialInformedFirst: boolean | null } };

export type DctajRecordLegalityControlMutationVariables = Exact<{
  input: LegalityControlInput;
}>;


export type DctajRecordLegalityControlMutation = { recordLegalityControl: { __typename: 'LegalityControl', id: string } };

export type DctajLitigationCasesQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type DctajLitigationCasesQuery = { litigationCases: { __typename: 'LitigationCaseConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'LitigationCase', id: string, tenantId: string, reference: string, court: string | null, subject: string, requestedAt: string, filedAt: string | null, hearingAt: string | null, decidedAt: string | null, filingTargetDays: number, decisionTargetDays: number, daysToFiling: number | null, daysToDecision: number | null, filingOnTime: boolean | null, decisionOnTime: boolean | null, viewerCanUpdate: boolean, ownerDirectorate: { __typename: 'Directorate', id: string } }> } | null };

export type DctajAppointmentRequestsQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type DctajAppointmentRequestsQuery = { appointmentRequests: { __typename: 'AppointmentRequestConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'AppointmentRequest', id: string, tenantId: string, requesterName: string, requesterKind: AppointmentRequesterKind, collectiviteName: string | null, subject: string, requestedAt: string, dateAsked: string | null, dateGiven: string | null, delayWorkingDays: number | null, viewerCanUpdate: boolean, ownerDirectorate: { __typename: 'Directorate', id: string } }> } | null };

export type DctajRecordLitigationCaseMutationVariables = Exact<{
  input: LitigationCaseInput;
}>;


export type DctajRecordLitigationCaseMutation = { recordLitigationCase: { __typename: 'LitigationCase', id: string } };

export type DctajUpdateLitigationCaseMutationVariables = Exact<{
  id: string | number;
  input: UpdateLitigationCaseInput;
}>;


export type DctajUpdateLitigationCaseMutation = { updateLitigationCase: { __typename: 'LitigationCase', id: string } };

export type DctajRecordAppointmentRequestMutationVariables = Exact<{
  input: AppointmentRequestInput;
}>;


export type DctajRecordAppointmentRequestMutation = { recordAppointmentRequest: { __typename: 'AppointmentRequest', id: string } };

export type DctajUpdateAppointmentRequestMutationVariables = Exact<{
  id: string | number;
  input: UpdateAppointmentRequestInput;
}>;


export type DctajUpdateAppointmentRequestMutation = { updateAppointmentRequest: { __typename: 'AppointmentRequest', id: string } };


export const DctajOwnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DctajOwners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directorates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecordDctajFiles"}}]}}]}}]}}]} as unknown as DocumentNode<DctajOwnersQuery, DctajOwnersQueryVariables>;
export const DctajLegalityControlsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DctajLegalityControls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalityControls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"collectiviteName"}},{"kind":"Field","name":{"kind":"Name","value":"actKind"}},{"kind":"Field","name":{"kind":"Name","value":"actReference"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"documentsRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"documentsReceivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"observationsSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"electedOfficialInformedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoursSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoursAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"referralDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"referralBasis"}},{"kind":"Field","name":{"kind":"Name","value":"referralPeriodStart"}},{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"referralState"}},{"kind":"Field","name":{"kind":"Name","value":"electedOfficialInformedFirst"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDirectorate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DctajLegalityControlsQuery, DctajLegalityControlsQueryVariables>;
export const DctajLegalityCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DctajLegalityCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalityControlCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"arrondissements"}}]}}]}}]} as unknown as DocumentNode<DctajLegalityCoverageQuery, DctajLegalityCoverageQueryVariables>;
export const DctajUpdateLegalityControlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DctajUpdateLegalityControl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLegalityControlInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLegalityControl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documentsRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"documentsReceivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"observationsSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"electedOfficialInformedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoursSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoursAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"referralDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"referralBasis"}},{"kind":"Field","name":{"kind":"Name","value":"referralPeriodStart"}},{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"referralState"}},{"kind":"Field","name":{"kind":"Name","value":"electedOfficialInformedFirst"}}]}}]}}]} as unknown as DocumentNode<DctajUpdateLegalityControlMutation, DctajUpdateLegalityControlMutationVariables>;
export const DctajRecordLegalityControlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DctajRecordLegalityControl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LegalityControlInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLegalityControl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DctajRecordLegalityControlMutation, DctajRecordLegalityControlMutationVariables>;
export const DctajLitigationCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DctajLitigationCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"litigationCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hearingAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"filingTargetDays"}},{"kind":"Field","name":{"kind":"Name","value":"decisionTargetDays"}},{"kind":"Field","name":{"kind":"Name","value":"daysToFiling"}},{"kind":"Field","name":{"kind":"Name","value":"daysToDecision"}},{"kind":"Field","name":{"kind":"Name","value":"filingOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"decisionOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDirectorate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DctajLitigationCasesQuery, DctajLitigationCasesQueryVariables>;
export const DctajAppointmentRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DctajAppointmentRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"requesterName"}},{"kind":"Field","name":{"kind":"Name","value":"requesterKind"}},{"kind":"Field","name":{"kind":"Name","value":"collectiviteName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dateAsked"}},{"kind":"Field","name":{"kind":"Name","value":"dateGiven"}},{"kind":"Field","name":{"kind":"Name","value":"delayWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanUpdate"}},{"kind":"Field","name":{"kind":"Name","value":"ownerDirectorate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DctajAppointmentRequestsQuery, DctajAppointmentRequestsQueryVariables>;
export const DctajRecordLitigationCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DctajRecordLitigationCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LitigationCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLitigationCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DctajRecordLitigationCaseMutation, DctajRecordLitigationCaseMutationVariables>;
export const DctajUpdateLitigationCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DctajUpdateLitigationCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLitigationCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLitigationCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DctajUpdateLitigationCaseMutation, DctajUpdateLitigationCaseMutationVariables>;
export const DctajRecordAppointmentRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DctajRecordAppointmentRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointmentRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAppointmentRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DctajRecordAppointmentRequestMutation, DctajRecordAppointmentRequestMutationVariables>;
export const DctajUpdateAppointmentRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DctajUpdateAppointmentRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAppointmentRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAppointmentRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DctajUpdateAppointmentRequestMutation, DctajUpdateAppointmentRequestMutationVariables>;