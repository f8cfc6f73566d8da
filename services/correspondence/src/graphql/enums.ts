import { registerEnumType } from 'type-graphql';
import { AppointmentRequesterKind, Channel, CorrespondentKind, ItemStatus, ReferralBasis, ReferralState, TargetUnit } from '../domain/enums.js';

registerEnumType(Channel, {
  name: 'CorrespondenceChannel',
  description: 'How an item reached a service, or how it was answered.',
  valuesConfig: {
    LETTER: { description: 'Courrier postal.' },
    EMAIL: { description: 'Courriel.' },
    TELEPHONE: { description: 'Appel téléphonique.' },
    CONTACT_FORM: { description: 'Formulaire de contact du site internet.' },
    COUNTER: { description: 'Guichet (accueil physique).' },
  },
});
registerEnumType(CorrespondentKind, {
  name: 'CorrespondentKind',
  description: 'Who wrote or called.',
  valuesConfig: {
    USER: { description: 'Usager (particulier).' },
    ELECTED_OFFICIAL: { description: 'Élu.' },
    COLLECTIVITE: { description: 'Collectivité territoriale.' },
    BUSINESS: { description: 'Entreprise.' },
    ASSOCIATION: { description: 'Association.' },
  },
});
registerEnumType(TargetUnit, {
  name: 'DelayTargetUnit',
  description: 'Unit of a delay target.',
  valuesConfig: {
    WORKING_DAYS: { description: 'Working days of the tenant’s calendar (Alsace-Moselle holidays), from the effective reception day.' },
    HOURS: { description: 'Hours from the reception instant.' },
    RINGS: { description: 'Rings before a call is picked up: measured on the monthly telephony statistics.' },
  },
});
registerEnumType(ItemStatus, {
  name: 'CorrespondenceStatus',
  description: 'Where an item stands against its due date.',
  valuesConfig: {
    OPEN_ON_TIME: { description: 'Not answered yet, still within its delay.' },
    OPEN_LATE: { description: 'Not answered and past its due date (overdue).' },
    ANSWERED_ON_TIME: { description: 'Answered by its due date.' },
    ANSWERED_LATE: { description: 'Answered after its due date.' },
    OPEN_WITHOUT_ENGAGEMENT: { description: 'Not answered yet; no delay target covers it (« sans délai d’engagement »): never overdue.' },
    ANSWERED_WITHOUT_ENGAGEMENT: { description: 'Answered; no delay target covered it: outside the on-time rate.' },
  },
});
registerEnumType(AppointmentRequesterKind, {
  name: 'AppointmentRequesterKind',
  description: 'Who asks for an appointment with the DCTAJ.',
  valuesConfig: {
    ELECTED_OFFICIAL: { description: 'An elected official (maire, président d’EPCI…).' },
    TERRITORIAL_OFFICER: { description: 'An officer of a collectivité (DGS, secrétaire de mairie…).' },
  },
});
registerEnumType(ReferralState, {
  name: 'ReferralState',
  description: 'Where the two-month window of the prefect’s referral to the administrative court stands.',
  valuesConfig: {
    OPEN: { description: 'Not referred; the window is still open.' },
    REFERRED_IN_TIME: { description: 'Referred within the window.' },
    REFERRED_LATE: { description: 'Referred after the window closed.' },
    EXPIRED: { description: 'Not referred, the window has closed, though the prefecture had contested the act (observations or a recours gracieux): « délai expiré sans déféré ».' },
    NOT_CONTESTED: { description: 'Not referred, the window has closed, and nothing had been raised: the act was not contested.' },
    AWAITING_DOCUMENTS: { description: 'The pieces asked of the collectivité have not come: the window has not started.' },
  },
});
registerEnumType(ReferralBasis, {
  name: 'ReferralBasis',
  description: 'What the two months of the prefect’s referral run from (CGCT L.2131-6 and case law).',
  valuesConfig: {
    RECEPTION: { description: 'The reception of the act.' },
    DOCUMENTS_RECEIVED: { description: 'The receipt of the pieces asked for within the two months.' },
    AWAITING_DOCUMENTS: { description: 'Nothing yet: the pieces asked for are awaited.' },
    RECOURS_ANSWERED: { description: 'The collectivité’s explicit answer to the recours gracieux sent within the two months.' },
    RECOURS_IMPLICIT_REJECTION: { description: 'The implicit rejection of the recours gracieux, two months after it was sent without an answer.' },
  },
});
