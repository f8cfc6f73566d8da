/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How an item reached a service, or how it was answered. */
export type CorrespondenceChannel =
  /** Formulaire de contact du site internet. */
  | 'CONTACT_FORM'
  /** Guichet (accueil physique). */
  | 'COUNTER'
  /** Courriel. */
  | 'EMAIL'
  /** Courrier postal. */
  | 'LETTER'
  /** Appel téléphonique. */
  | 'TELEPHONE';

/** Narrows a list of items. */
export type CorrespondenceItemFilter = {
  /** Only this channel. */
  channel?: CorrespondenceChannel | null | undefined;
  /** Only this directorate’s. */
  directorateId?: string | number | null | undefined;
  /** Received on or after this day (YYYY-MM-DD). */
  from?: string | null | undefined;
  /** Only this GED reference. */
  gedReference?: string | null | undefined;
  /** Only this service’s. */
  serviceId?: string | number | null | undefined;
  /** Only items in this status (as of now). */
  status?: CorrespondenceStatus | null | undefined;
  /** Only this tenant’s (one the caller reads). */
  tenantId?: string | number | null | undefined;
  /** Received on or before this day (YYYY-MM-DD). */
  to?: string | null | undefined;
};

/** Where an item stands against its due date. */
export type CorrespondenceStatus =
  /** Answered after its due date. */
  | 'ANSWERED_LATE'
  /** Answered by its due date. */
  | 'ANSWERED_ON_TIME'
  /** Answered; no delay target covered it: outside the on-time rate. */
  | 'ANSWERED_WITHOUT_ENGAGEMENT'
  /** Not answered and past its due date (overdue). */
  | 'OPEN_LATE'
  /** Not answered yet, still within its delay. */
  | 'OPEN_ON_TIME'
  /** Not answered yet; no delay target covers it (« sans délai d’engagement »): never overdue. */
  | 'OPEN_WITHOUT_ENGAGEMENT';

/** Who wrote or called. */
export type CorrespondentKind =
  /** Association. */
  | 'ASSOCIATION'
  /** Entreprise. */
  | 'BUSINESS'
  /** Collectivité territoriale. */
  | 'COLLECTIVITE'
  /** Élu. */
  | 'ELECTED_OFFICIAL'
  /** Usager (particulier). */
  | 'USER';

/** For a GED export whose headers differ from the import’s (French headers or machine keys): which header of the file holds a field. Each field is optional; a field named here must be in the file. */
export type GedColumnMapping = {
  /** Header of the answer channel (« Canal de réponse », optional column). */
  answerChannel?: string | null | undefined;
  /** Header of the answer date (« Date de réponse », optional column). */
  answeredAt?: string | null | undefined;
  /** Header of the channel (« Canal »; enum value, or Courrier, Courriel, Téléphone, Formulaire, Guichet). */
  channel?: string | null | undefined;
  /** Header of the correspondent kind (« Type de correspondant »; enum value, or Usager, Élu, Collectivité, Entreprise, Association). */
  correspondentKind?: string | null | undefined;
  /** Header of the correspondent’s name (« Nom du correspondant », optional column). */
  correspondentName?: string | null | undefined;
  /** Header of the GED reference (« Référence GED » by default). */
  gedReference?: string | null | undefined;
  /** Header of the reception date (« Date de réception »; ISO 8601, AAAA-MM-JJ HH:MM or JJ/MM/AAAA HH:MM, Paris time). */
  receivedAt?: string | null | undefined;
  /** Header of the service id (« Service (identifiant) », optional column: the import’s default service otherwise). */
  serviceId?: string | null | undefined;
  /** Header of the subject (« Objet »). */
  subject?: string | null | undefined;
};

/** How an import treats its wrong rows (the same on every import of the platform). */
export type ImportMode =
  /** Nothing is written when any row is wrong. */
  | 'ALL_OR_NOTHING'
  /** The right rows are written, the wrong ones reported. */
  | 'PARTIAL';

/** A correspondence item to register. */
export type RegisterCorrespondenceItemInput = {
  /** How it was answered (the arrival channel when omitted). */
  answerChannel?: CorrespondenceChannel | null | undefined;
  /** When it was answered, for an item registered after the fact. */
  answeredAt?: string | null | undefined;
  /** Agent in charge. */
  assignedAgentId?: string | number | null | undefined;
  /** How it arrived. */
  channel: CorrespondenceChannel;
  /** Who wrote. */
  correspondentKind: CorrespondentKind;
  /** Name of the correspondent. */
  correspondentName?: string | null | undefined;
  /** Reference in the GED, unique in the tenant. */
  gedReference?: string | null | undefined;
  /** When it was received. */
  receivedAt: string;
  /** Service in charge (its directorate follows). */
  serviceId: string | number;
  /** Subject. */
  subject: string;
};

export type CorrespondenceDirectoratesQueryVariables = Exact<{
  tenantId?: string | number | null | undefined;
}>;


export type CorrespondenceDirectoratesQuery = { directorates: { __typename: 'DirectorateConnection', nodes: Array<{ __typename: 'Directorate', id: string, code: string, name: string, tenantId: string, viewerCanRecordCorrespondence: boolean }> } | null };

export type DirectorateTableauQueryVariables = Exact<{
  directorateId: string | number;
  from: string;
  to: string;
}>;


export type DirectorateTableauQuery = { tableauDeSuivi: { __typename: 'DelayTableau', from: string, to: string, csv: string, total: { __typename: 'DelayIndicators', received: number, withoutDelayTarget: number, answered: number, answeredWithDelayTarget: number, answeredOnTime: number, onTimeRate: number | null, medianDelayWorkingDays: number | null, p90DelayWorkingDays: number | null, backlog: number, overdue: number }, byChannel: Array<{ __typename: 'DelayIndicators', channel: CorrespondenceChannel | null, received: number, withoutDelayTarget: number, answered: number, answeredWithDelayTarget: number, onTimeRate: number | null, medianDelayWorkingDays: number | null, p90DelayWorkingDays: number | null, backlog: number, overdue: number }> } | null };

export type DirectorateItemsQueryVariables = Exact<{
  filter: CorrespondenceItemFilter;
  after?: string | null | undefined;
}>;


export type DirectorateItemsQuery = { correspondenceItems: { __typename: 'CorrespondenceItemConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'CorrespondenceItem', id: string, tenantId: string, channel: CorrespondenceChannel, subject: string, correspondentKind: CorrespondentKind, correspondentName: string | null, gedReference: string | null, receivedAt: string, dueDate: string | null, answeredAt: string | null, delayWorkingDays: number | null, reopenedAt: string | null, reopenReason: string | null, status: CorrespondenceStatus, service: { __typename: 'Service', id: string, code: string, name: string }, directorate: { __typename: 'Directorate', id: string } }> } | null };

export type AnswerCorrespondenceItemMutationVariables = Exact<{
  id: string | number;
  answeredAt: string;
  answerChannel?: CorrespondenceChannel | null | undefined;
}>;


export type AnswerCorrespondenceItemMutation = { answerCorrespondenceItem: { __typename: 'CorrespondenceItem', id: string, answeredAt: string | null, answerChannel: CorrespondenceChannel | null, delayWorkingDays: number | null, status: CorrespondenceStatus } };

export type CorrespondenceServicesQueryVariables = Exact<{
  directorateId: string | number;
}>;


export type CorrespondenceServicesQuery = { services: { __typename: 'ServiceConnection', nodes: Array<{ __typename: 'Service', id: string, code: string, name: string, active: boolean }> } | null };

export type RegisterCorrespondenceItemMutationVariables = Exact<{
  input: RegisterCorrespondenceItemInput;
}>;


export type RegisterCorrespondenceItemMutation = { registerCorrespondenceItem: { __typename: 'CorrespondenceItem', id: string, subject: string, dueDate: string | null, status: CorrespondenceStatus, delayTarget: { __typename: 'DelayTarget', id: string, label: string } | null } };

export type ReopenCorrespondenceItemMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ReopenCorrespondenceItemMutation = { reopenCorrespondenceItem: { __typename: 'CorrespondenceItem', id: string, answeredAt: string | null, reopenedAt: string | null, reopenReason: string | null, status: CorrespondenceStatus } };

export type ImportGedCsvMutationVariables = Exact<{
  csv: string;
  mapping?: GedColumnMapping | null | undefined;
  serviceId?: string | number | null | undefined;
  fileName?: string | null | undefined;
  dryRun: boolean;
}>;


export type ImportGedCsvMutation = { importGedCsv: { __typename: 'CsvImportReport', mode: ImportMode, dryRun: boolean, applied: boolean, rows: number, created: number, unchanged: number, rejected: number, issues: Array<{ __typename: 'CsvImportIssue', line: number, field: string | null, code: string, message: string }> } };


export const CorrespondenceDirectoratesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorrespondenceDirectorates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directorates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRecordCorrespondence"}}]}}]}}]}}]} as unknown as DocumentNode<CorrespondenceDirectoratesQuery, CorrespondenceDirectoratesQueryVariables>;
export const DirectorateTableauDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorateTableau"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"directorateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tableauDeSuivi"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"directorateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"directorateId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"withoutDelayTarget"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"answeredWithDelayTarget"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianDelayWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"p90DelayWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"backlog"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"withoutDelayTarget"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"answeredWithDelayTarget"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianDelayWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"p90DelayWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"backlog"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csv"}}]}}]}}]} as unknown as DocumentNode<DirectorateTableauQuery, DirectorateTableauQueryVariables>;
export const DirectorateItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorateItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrespondenceItemFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correspondenceItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"correspondentKind"}},{"kind":"Field","name":{"kind":"Name","value":"correspondentName"}},{"kind":"Field","name":{"kind":"Name","value":"gedReference"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"delayWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"directorate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectorateItemsQuery, DirectorateItemsQueryVariables>;
export const AnswerCorrespondenceItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerCorrespondenceItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answeredAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answerChannel"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrespondenceChannel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerCorrespondenceItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"answeredAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answeredAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"answerChannel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answerChannel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerChannel"}},{"kind":"Field","name":{"kind":"Name","value":"delayWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AnswerCorrespondenceItemMutation, AnswerCorrespondenceItemMutationVariables>;
export const CorrespondenceServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorrespondenceServices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"directorateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"directorateId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"directorateId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<CorrespondenceServicesQuery, CorrespondenceServicesQueryVariables>;
export const RegisterCorrespondenceItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterCorrespondenceItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterCorrespondenceItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCorrespondenceItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"delayTarget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterCorrespondenceItemMutation, RegisterCorrespondenceItemMutationVariables>;
export const ReopenCorrespondenceItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenCorrespondenceItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenCorrespondenceItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReopenCorrespondenceItemMutation, ReopenCorrespondenceItemMutationVariables>;
export const ImportGedCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportGedCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mapping"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GedColumnMapping"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importGedCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"mapping"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mapping"}}},{"kind":"Argument","name":{"kind":"Name","value":"serviceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportGedCsvMutation, ImportGedCsvMutationVariables>;