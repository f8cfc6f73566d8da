import { inputRules } from '@qualipref/server-kit';
import { AuditKind, IndicatorUnit } from './enums.js';

/** The quality service's input fields in French, as the quality pages label them, for the messages that name them. */
export const FIELD_LABELS = {
  referentialId: 'Référentiel',
  optionalModuleCodes: 'Modules optionnels',
  ownerDirectorateId: 'Direction pilote',
  certifiedOn: 'Date de labellisation',
  kind: 'Type d’audit',
  plannedOn: 'Date prévue',
  heldOn: 'Date de l’audit',
  auditor: 'Auditeur',
  outcome: 'Conclusions de l’audit',
  indicatorId: 'Indicateur',
  period: 'Période',
  value: 'Valeur',
  unit: 'Unité',
  origin: 'Source',
  comment: 'Commentaire',
  parameters: 'Paramètres de la formule',
  csv: 'Fichier CSV',
  quarter: 'Trimestre',
  cutOffDate: 'Date d’arrêté des chiffres',
  reason: 'Motif de la correction',
  publicationId: 'Publication',
} as const;

export const { isoDate, optionalIsoDate, optionalText, requiredText } = inputRules(FIELD_LABELS);

/** An audit's kind as the quality pages name it, for messages. */
export const AUDIT_KIND_LABELS: Record<AuditKind, string> = {
  [AuditKind.INTERNAL]: 'audit interne',
  [AuditKind.CERTIFICATION]: 'audit de certification',
  [AuditKind.FOLLOW_UP]: 'audit de suivi',
  [AuditKind.RENEWAL]: 'audit de renouvellement',
};

/** A unit as the quality pages name it, for messages. */
export const UNIT_LABELS: Record<IndicatorUnit, string> = {
  [IndicatorUnit.RATE]: 'taux (de 0 à 1)',
  [IndicatorUnit.SIGNED_RATE]: 'écart de taux (de -1 à 1)',
  [IndicatorUnit.WORKING_DAYS]: 'jours ouvrés',
  [IndicatorUnit.RINGS]: 'sonneries',
  [IndicatorUnit.COUNT]: 'nombre',
  [IndicatorUnit.SCORE_10]: 'note sur 10',
  [IndicatorUnit.MINUTES]: 'minutes',
  [IndicatorUnit.BOOLEAN]: 'atteint (1) ou non (0)',
};
