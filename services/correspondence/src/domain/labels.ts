import { fieldLabel, inputRules } from '@qualipref/server-kit';
import { Channel } from './enums.js';

/** The correspondence's input fields in French, as the console's forms and the CSV headers name them, for the messages that name them. */
export const FIELD_LABELS = {
  name: 'Nom',
  subject: 'Objet',
  reason: 'Motif',
  reference: 'Référence',
  gedReference: 'Référence GED',
  correspondentName: 'Nom du correspondant',
  serviceId: 'Service',
  fileName: 'Nom du fichier',
  receivedAt: 'Date de réception',
  answeredAt: 'Date de réponse',
  from: 'Premier jour',
  to: 'Dernier jour',
  month: 'Mois',
  label: 'Intitulé',
  validFrom: 'En vigueur à partir du',
  validTo: 'En vigueur jusqu’au',
  procedure: 'Démarche',
  ticket: 'Ticket',
  arrivedAt: 'Arrivée',
  calledAt: 'Appel',
  endedAt: 'Fin',
  notes: 'Observations',
  arrondissements: 'Arrondissement',
  collectiviteName: 'Collectivité',
  actKind: 'Acte',
  actReference: 'Référence de l’acte',
  observationsSentAt: 'Observations adressées le',
  electedOfficialInformedAt: 'Élu informé le',
  recoursSentAt: 'Recours gracieux adressé le',
  referredAt: 'Déféré au tribunal le',
  court: 'Juridiction',
  requestedAt: 'Date de la demande',
  filedAt: 'Mémoire produit le',
  hearingAt: 'Audience le',
  decidedAt: 'Décision le',
  requesterName: 'Demandeur',
  dateAsked: 'Date souhaitée',
  dateGiven: 'Rendez-vous accordé le',
} as const;

export const { isoDate, optionalIsoDate, optionalText, requiredText } = inputRules(FIELD_LABELS);

/** A field's French name for a message, « ce champ » when it has none. */
export const labelOf = (field: string): string => fieldLabel(FIELD_LABELS, field) ?? 'ce champ';

/** The channels as the console names them (« Téléphone », never TELEPHONE). */
export const CHANNEL_LABELS: Record<Channel, string> = {
  [Channel.LETTER]: 'Courrier',
  [Channel.EMAIL]: 'Courriel',
  [Channel.TELEPHONE]: 'Téléphone',
  [Channel.CONTACT_FORM]: 'Formulaire de contact',
  [Channel.COUNTER]: 'Guichet',
};
