import { formatRate } from '@qualipref/console-kit';
import type { CampaignChannel, CampaignState, Civility, FindingKind, PanelKind, PanelOffice, QuestionKind, ResponseChannel, SurveyDimension } from '../generated/graphql';

export const CAMPAIGN_STATES: Record<CampaignState, string> = { SCHEDULED: 'Programmée', OPEN: 'En cours', CLOSED: 'Close', PUBLISHED: 'Résultats publiés' };
/** How an answer came in, as in « 12 par tablette ». */
export const RESPONSE_CHANNELS: Record<ResponseChannel, string> = { KIOSK: 'tablette', PAPER: 'papier', EMAIL: 'courriel' };

export const CAMPAIGN_CHANNELS: Record<CampaignChannel, string> = { HALL: 'Usagers dans le hall', EMAIL: 'Élus, par courriel' };

/** Survey rates are fractions (0–1); the console shows percentages. */
export const percent = formatRate;

export const QUESTION_KINDS: Record<QuestionKind, string> = {
  SATISFACTION: 'Échelle de satisfaction',
  SINGLE_CHOICE: 'Choix unique',
  MULTIPLE_CHOICE: 'Choix multiples',
  NUMBER: 'Nombre',
  FREE_TEXT: 'Texte libre',
};

export const DIMENSIONS: Record<SurveyDimension, string> = {
  TYPOLOGY: 'Typologie des usagers',
  PHYSICAL_RECEPTION: 'Accueil physique',
  TELEPHONE_RECEPTION: 'Accueil téléphonique',
  DIGITAL_RECEPTION: 'Accueil numérique, internet',
  RECEPTION_SPACES: 'Espaces d’accueil',
  EQUIPMENT: 'Équipements (photocopieurs…)',
  WAITING_TIME: 'Temps d’attente au guichet',
  ANSWER_QUALITY: 'Qualité des réponses',
  LEGAL_REASONING: 'Motivation juridique des observations',
  APPOINTMENT_DELAYS: 'Délais de rendez-vous',
  ADVICE_TO_COLLECTIVITES: 'Conseil aux collectivités',
  ACCESSIBILITY: 'Accessibilité des locaux',
  OTHER: 'Autre',
};

export const PANEL_KINDS: Record<PanelKind, string> = {
  HALL_USERS: 'Usagers du hall (anonymes)',
  ELECTED_OFFICIALS: 'Maires et présidents d’EPCI',
  CONFIGURED_LIST: 'Liste nominative (association, professionnels…)',
};

export const FINDING_KINDS: Record<FindingKind, string> = { STRENGTH: 'Point fort', WEAKNESS: 'Point d’amélioration', RECOMMENDATION: 'Recommandation' };

export const CIVILITIES: Record<Civility, string> = { MADAME: 'Madame', MONSIEUR: 'Monsieur' };

/** The offices an invitation's greeting names (« Monsieur le Maire », « Madame la Présidente »). */
export const PANEL_OFFICES: Record<PanelOffice, string> = { MAYOR: 'Maire', PRESIDENT: 'Président(e) d’EPCI ou d’association' };
