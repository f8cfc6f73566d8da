import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { idProperty, tenantIdProperty, tenantScoped, timestampProperties } from '@qualipref/server-kit';
import { AppointmentRequesterKind } from '../domain/enums.js';

/** An act of a collectivité under legality control (DCTAJ), with the recours gracieux and the referral window. */
export const LegalityControl = defineEntity({
  name: 'LegalityControl',
  tableName: 'legality_control',
  ...tenantScoped,
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    ownerDirectorateId: p.uuid().index(),
    collectiviteName: p.string().length(200),
    actKind: p.string().length(200),
    actReference: p.string().length(100).nullable(),
    receivedAt: p.date().index(),
    /** Demande de pièces complémentaires: made within the two months, it postpones their start to the pieces' receipt. */
    documentsRequestedAt: p.date().nullable(),
    documentsReceivedAt: p.date().nullable(),
    observationsSentAt: p.date().nullable(),
    electedOfficialInformedAt: p.date().nullable(),
    recoursSentAt: p.date().nullable(),
    /** The collectivité's explicit answer to the recours gracieux: two new months run from it. */
    recoursAnsweredAt: p.date().nullable(),
    /** Last day for the prefect's referral to the administrative court, from the events (rules.referralWindow); null while pieces are awaited. */
    referralDeadline: p.date().nullable(),
    referredAt: p.date().nullable(),
    notes: p.text().nullable(),
    ...timestampProperties(),
  },
});
export type LegalityControl = InferEntity<typeof LegalityControl>;

/** A litigation case (contentieux) with its key dates and the targets its delays are measured against. */
export const LitigationCase = defineEntity({
  name: 'LitigationCase',
  tableName: 'litigation_case',
  ...tenantScoped,
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    ownerDirectorateId: p.uuid().index(),
    reference: p.string().length(100),
    court: p.string().length(200).nullable(),
    subject: p.string().length(500),
    requestedAt: p.date(),
    filedAt: p.date().nullable(),
    hearingAt: p.date().nullable(),
    decidedAt: p.date().nullable(),
    /** Calendar days allowed from the request to the prefecture's filing. */
    filingTargetDays: p.integer(),
    /** Calendar days allowed from the request to the decision. */
    decisionTargetDays: p.integer(),
    ...timestampProperties(),
  },
});
export type LitigationCase = InferEntity<typeof LitigationCase>;

/** An appointment asked by an elected official or a territorial officer. */
export const AppointmentRequest = defineEntity({
  name: 'AppointmentRequest',
  tableName: 'appointment_request',
  ...tenantScoped,
  properties: {
    id: idProperty(),
    tenantId: tenantIdProperty(),
    ownerDirectorateId: p.uuid().index(),
    requesterName: p.string().length(200),
    requesterKind: p.enum(() => AppointmentRequesterKind),
    collectiviteName: p.string().length(200).nullable(),
    subject: p.string().length(500),
    requestedAt: p.date().index(),
    dateAsked: p.date().nullable(),
    dateGiven: p.date().nullable(),
    /** Working days from the request to the appointment given. */
    delayWorkingDays: p.integer().nullable(),
    ...timestampProperties(),
  },
});
export type AppointmentRequest = InferEntity<typeof AppointmentRequest>;
