import { registerEnumType } from 'type-graphql';
import { AppointmentRequesterKind, Channel, CorrespondentKind, ItemStatus, ReferralState, TargetUnit } from '../domain/enums.js';

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
  name: 'EngagementUnit',
  description: 'Unit of an engagement’s target.',
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
    EXPIRED: { description: 'Not referred and the window has closed.' },
  },
});
