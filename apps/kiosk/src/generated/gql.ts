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
    "\n  fragment PublicSurveyFields on PublicSurvey {\n    campaignId\n    title\n    opensOn\n    closesOn\n    tenant {\n      name\n      stateBlock {\n        lines\n      }\n    }\n    introduction\n    sections {\n      title\n      questions {\n        id\n        key\n        text\n        help\n        kind\n        required\n        options {\n          key\n          label\n        }\n        minValue\n        maxValue\n      }\n    }\n  }\n": typeof types.PublicSurveyFieldsFragmentDoc,
    "\n  query KioskSession($deviceToken: String!) {\n    kioskSession(deviceToken: $deviceToken) {\n      deviceName\n      tenant {\n        name\n        stateBlock {\n          lines\n        }\n      }\n      surveys {\n        ...PublicSurveyFields\n      }\n    }\n  }\n": typeof types.KioskSessionDocument,
    "\n  mutation SubmitKioskResponse($deviceToken: String!, $campaignId: ID!, $clientId: String!, $answers: [AnswerInput!]!) {\n    submitKioskResponse(deviceToken: $deviceToken, campaignId: $campaignId, clientId: $clientId, answers: $answers) {\n      responseId\n      duplicate\n    }\n  }\n": typeof types.SubmitKioskResponseDocument,
    "\n  query SurveyInvitation($token: String!) {\n    surveyInvitation(token: $token) {\n      state\n      answered\n      survey {\n        ...PublicSurveyFields\n      }\n    }\n  }\n": typeof types.SurveyInvitationDocument,
    "\n  mutation SubmitInvitationResponse($token: String!, $answers: [AnswerInput!]!) {\n    submitInvitationResponse(token: $token, answers: $answers) {\n      responseId\n      duplicate\n    }\n  }\n": typeof types.SubmitInvitationResponseDocument,
};
const documents: Documents = {
    "\n  fragment PublicSurveyFields on PublicSurvey {\n    campaignId\n    title\n    opensOn\n    closesOn\n    tenant {\n      name\n      stateBlock {\n        lines\n      }\n    }\n    introduction\n    sections {\n      title\n      questions {\n        id\n        key\n        text\n        help\n        kind\n        required\n        options {\n          key\n          label\n        }\n        minValue\n        maxValue\n      }\n    }\n  }\n": types.PublicSurveyFieldsFragmentDoc,
    "\n  query KioskSession($deviceToken: String!) {\n    kioskSession(deviceToken: $deviceToken) {\n      deviceName\n      tenant {\n        name\n        stateBlock {\n          lines\n        }\n      }\n      surveys {\n        ...PublicSurveyFields\n      }\n    }\n  }\n": types.KioskSessionDocument,
    "\n  mutation SubmitKioskResponse($deviceToken: String!, $campaignId: ID!, $clientId: String!, $answers: [AnswerInput!]!) {\n    submitKioskResponse(deviceToken: $deviceToken, campaignId: $campaignId, clientId: $clientId, answers: $answers) {\n      responseId\n      duplicate\n    }\n  }\n": types.SubmitKioskResponseDocument,
    "\n  query SurveyInvitation($token: String!) {\n    surveyInvitation(token: $token) {\n      state\n      answered\n      survey {\n        ...PublicSurveyFields\n      }\n    }\n  }\n": types.SurveyInvitationDocument,
    "\n  mutation SubmitInvitationResponse($token: String!, $answers: [AnswerInput!]!) {\n    submitInvitationResponse(token: $token, answers: $answers) {\n      responseId\n      duplicate\n    }\n  }\n": types.SubmitInvitationResponseDocument,
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
export function graphql(source: "\n  fragment PublicSurveyFields on PublicSurvey {\n    campaignId\n    title\n    opensOn\n    closesOn\n    tenant {\n      name\n      stateBlock {\n        lines\n      }\n    }\n    introduction\n    sections {\n      title\n      questions {\n        id\n        key\n        text\n        help\n        kind\n        required\n        options {\n          key\n          label\n        }\n        minValue\n        maxValue\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PublicSurveyFields on PublicSurvey {\n    campaignId\n    title\n    opensOn\n    closesOn\n    tenant {\n      name\n      stateBlock {\n        lines\n      }\n    }\n    introduction\n    sections {\n      title\n      questions {\n        id\n        key\n        text\n        help\n        kind\n        required\n        options {\n          key\n          label\n        }\n        minValue\n        maxValue\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KioskSession($deviceToken: String!) {\n    kioskSession(deviceToken: $deviceToken) {\n      deviceName\n      tenant {\n        name\n        stateBlock {\n          lines\n        }\n      }\n      surveys {\n        ...PublicSurveyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query KioskSession($deviceToken: String!) {\n    kioskSession(deviceToken: $deviceToken) {\n      deviceName\n      tenant {\n        name\n        stateBlock {\n          lines\n        }\n      }\n      surveys {\n        ...PublicSurveyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitKioskResponse($deviceToken: String!, $campaignId: ID!, $clientId: String!, $answers: [AnswerInput!]!) {\n    submitKioskResponse(deviceToken: $deviceToken, campaignId: $campaignId, clientId: $clientId, answers: $answers) {\n      responseId\n      duplicate\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitKioskResponse($deviceToken: String!, $campaignId: ID!, $clientId: String!, $answers: [AnswerInput!]!) {\n    submitKioskResponse(deviceToken: $deviceToken, campaignId: $campaignId, clientId: $clientId, answers: $answers) {\n      responseId\n      duplicate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyInvitation($token: String!) {\n    surveyInvitation(token: $token) {\n      state\n      answered\n      survey {\n        ...PublicSurveyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyInvitation($token: String!) {\n    surveyInvitation(token: $token) {\n      state\n      answered\n      survey {\n        ...PublicSurveyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitInvitationResponse($token: String!, $answers: [AnswerInput!]!) {\n    submitInvitationResponse(token: $token, answers: $answers) {\n      responseId\n      duplicate\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitInvitationResponse($token: String!, $answers: [AnswerInput!]!) {\n    submitInvitationResponse(token: $token, answers: $answers) {\n      responseId\n      duplicate\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;