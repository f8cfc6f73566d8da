import type { EntityManager } from '@mikro-orm/core';
import { startOfCalendarDate, type CalendarDate } from '@qualipref/calendar';
import { DEMO_FINDINGS, TENANTS, directorateId, type TenantKey, seededRandom } from '@qualipref/demo-fixtures';
import { tenantEntityManager } from '@qualipref/server-kit';
import { Answer, Campaign, DimensionAssignment, Feedback, Finding, Invitation, Panel, PanelMember, Question, Questionnaire, QuestionnaireSection, Response } from './entities/index.js';
import { newOpaqueToken } from '@qualipref/auth';
import { CampaignChannel, Dimension, FeedbackCategory, FeedbackChannel, FeedbackStatus, FindingKind, PanelKind, PanelOffice, QuestionKind, ResponseChannel, SatisfactionLevel } from './domain/enums.js';
import type { QuestionInput, SectionInput } from './domain/questionnaires.js';
import { campaignResults, publicationSummary } from './domain/results.js';
import { seedDemoYears, type YearsReport } from './seed-years.js';

// The demo account that "did" the seeding: the Metz DRMM manager (MACAP).
const AUTHOR = '0195a000-0000-7000-8000-000000000302';

function shuffle<T>(list: T[], next: () => number): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

const satisfaction = (key: string, text: string, dimension: Dimension): QuestionInput => ({ key, text, kind: QuestionKind.SATISFACTION, dimension });

const HALL_TYPOLOGY: SectionInput = {
  title: 'Vous êtes',
  questions: [
    {
      key: 'profil',
      text: 'Vous venez en tant que',
      kind: QuestionKind.SINGLE_CHOICE,
      dimension: Dimension.TYPOLOGY,
      required: true,
      options: [
        { key: 'particulier', label: 'Particulier' },
        { key: 'professionnel', label: 'Professionnel' },
        { key: 'elu-collectivite', label: "Élu ou agent d'une collectivité" },
        { key: 'association', label: 'Association' },
      ],
    },
    {
      key: 'motif',
      text: "L'objet de votre venue (plusieurs réponses possibles)",
      kind: QuestionKind.MULTIPLE_CHOICE,
      dimension: Dimension.TYPOLOGY,
      options: [
        { key: 'titres', label: 'Titres (carte grise, permis de conduire)' },
        { key: 'etrangers', label: 'Séjour des étrangers' },
        { key: 'reglementation', label: 'Élections, associations, réglementation' },
        { key: 'renseignement', label: 'Renseignement' },
        { key: 'autre', label: 'Autre' },
      ],
    },
  ],
};

const HALL_RECEPTION: QuestionInput[] = [
  satisfaction('accueil-physique', "La qualité de l'accueil au guichet", Dimension.PHYSICAL_RECEPTION),
  satisfaction('accueil-telephonique', "La qualité de l'accueil téléphonique", Dimension.TELEPHONE_RECEPTION),
  satisfaction('information-internet', 'Les informations disponibles sur le site internet de la préfecture', Dimension.DIGITAL_RECEPTION),
  satisfaction('espaces-accueil', "Les espaces d'accueil (signalétique, confort, propreté)", Dimension.RECEPTION_SPACES),
  satisfaction('equipements', 'Les équipements mis à votre disposition (photocopieurs, bornes)', Dimension.EQUIPMENT),
  satisfaction('temps-attente', "Le temps d'attente au guichet", Dimension.WAITING_TIME),
];

const HALL_ANSWERS: SectionInput = {
  title: 'Les réponses des services',
  questions: [
    satisfaction('reponse-services', 'La clarté et la qualité de la réponse apportée par le service', Dimension.ANSWER_QUALITY),
    { key: 'commentaire', text: 'Vos suggestions pour améliorer notre accueil', kind: QuestionKind.FREE_TEXT, dimension: Dimension.OTHER },
  ],
};

const WAITING_MINUTES: QuestionInput = {
  key: 'attente-minutes',
  text: "Combien de temps avez-vous attendu aujourd'hui, à votre avis (en minutes) ?",
  kind: QuestionKind.NUMBER,
  dimension: Dimension.WAITING_TIME,
  minValue: 0,
  maxValue: 480,
};

const ELUS: SectionInput[] = [
  {
    title: 'Vos relations avec la DCTAJ',
    questions: [
      {
        key: 'canal-contact',
        text: 'Vous contactez le service par (plusieurs réponses possibles)',
        kind: QuestionKind.MULTIPLE_CHOICE,
        dimension: Dimension.TYPOLOGY,
        options: [
          { key: 'courrier', label: 'Courrier' },
          { key: 'courriel', label: 'Courriel' },
          { key: 'telephone', label: 'Téléphone' },
          { key: 'rendez-vous', label: 'Rendez-vous' },
        ],
      },
      satisfaction('qualite-observations', 'La motivation juridique des observations au titre du contrôle de légalité', Dimension.LEGAL_REASONING),
      satisfaction('conseil-collectivites', 'La qualité du conseil apporté aux collectivités', Dimension.ADVICE_TO_COLLECTIVITES),
      satisfaction('reponses-claires', 'Des réponses en termes simples et compréhensibles', Dimension.ANSWER_QUALITY),
    ],
  },
  {
    title: "L'accueil des élus et des cadres territoriaux",
    questions: [
      satisfaction('delai-rendez-vous', "Le délai pour obtenir un rendez-vous dans le service", Dimension.APPOINTMENT_DELAYS),
      satisfaction('accueil-physique', "L'accueil dans le service", Dimension.PHYSICAL_RECEPTION),
      satisfaction('accueil-telephonique', "L'accueil téléphonique", Dimension.TELEPHONE_RECEPTION),
      { key: 'suggestions', text: 'Vos attentes et suggestions', kind: QuestionKind.FREE_TEXT, dimension: Dimension.OTHER },
    ],
  },
];

/** satisfied / with an opinion / without: the figures each demo campaign reproduces. */
type Targets = Record<string, [number, number, number]>;

const HALL_2014: Targets = {
  'accueil-physique': [148, 156, 4],
  'accueil-telephonique': [118, 134, 26],
  'information-internet': [104, 122, 38],
  'espaces-accueil': [141, 152, 8],
  equipements: [98, 140, 20],
  'temps-attente': [124, 155, 5],
  'reponse-services': [135, 150, 10],
};
// 2015: 91.23 % for the reception spaces (156 / 171), 87–100 % for reception quality, and the
// degradation of telephone, internet information and waiting time reported to the CLU.
const HALL_2015: Targets = {
  'accueil-physique': [170, 175, 5],
  'accueil-telephonique': [98, 144, 30],
  'information-internet': [82, 130, 45],
  'espaces-accueil': [156, 171, 9],
  equipements: [104, 160, 15],
  'temps-attente': [101, 176, 4],
  'reponse-services': [152, 174, 6],
};
const FORBACH_2015: Targets = {
  'accueil-physique': [58, 62, 2],
  'accueil-telephonique': [47, 55, 9],
  'information-internet': [41, 52, 12],
  'espaces-accueil': [52, 60, 4],
  equipements: [40, 55, 9],
  'temps-attente': [50, 63, 1],
  'reponse-services': [55, 61, 3],
};
// Élus 2015: 100 % for the telephone, about 90 % for the reception, about 88 % for clear answers.
const ELUS_2015: Targets = {
  'qualite-observations': [29, 31, 1],
  'conseil-collectivites': [27, 30, 2],
  'reponses-claires': [28, 32, 0],
  'delai-rendez-vous': [24, 27, 5],
  'accueil-physique': [18, 20, 12],
  'accueil-telephonique': [30, 30, 2],
};

const COMMENTS = [
  'Des photocopieurs en panne deux fois sur trois.',
  "Afficher les horaires d'affluence à l'entrée éviterait de venir le lundi matin.",
  'Accueil très aimable, merci.',
  'Le site internet ne donne pas la même liste de pièces que service-public.fr.',
  "Prévoir plus de sièges dans la salle d'attente.",
  'Pouvoir prendre rendez-vous par internet.',
];

const COMMUNES = [
  'Ars-sur-Moselle', 'Augny', 'Ban-Saint-Martin', 'Chieulles', 'Coin-lès-Cuvry', 'Cuvry', 'Féy', 'Gravelotte', 'Jussy', 'Laquenexy',
  'Lessy', 'Lorry-lès-Metz', 'Marieulles', 'Marly', 'Mey', 'Montigny-lès-Metz', 'Moulins-lès-Metz', 'Noisseville', 'Nouilly', 'Peltre',
  'Plappeville', 'Pouilly', 'Pournoy-la-Chétive', 'Rozérieulles', 'Sainte-Ruffine', 'Saint-Julien-lès-Metz', 'Saint-Privat-la-Montagne', 'Scy-Chazelles', 'Vantoux', 'Vany',
  'Vaux', 'Vernéville', 'Woippy', 'Amanvillers', 'Châtel-Saint-Germain', 'Fleury', 'Corny-sur-Moselle', 'Courcelles-Chaussy', 'Pange', 'Rémilly',
];
const EPCIS = ['Metz Métropole', 'Communauté de communes du Sud Messin', 'Communauté de communes du Haut Chemin - Pays de Pange', 'Communauté de communes Mad et Moselle', 'Communauté de communes Rives de Moselle'];

const slug = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function questionnaire(em: EntityManager, tenantId: string, key: string, version: number, title: string, description: string, sections: SectionInput[], frozenOn: string): { q: Questionnaire; byKey: Map<string, Question> } {
  const byKey = new Map<string, Question>();
  const q = em.create(Questionnaire, { tenantId, key, version, title, description, frozenAt: startOfCalendarDate(frozenOn), createdBy: AUTHOR });
  sections.forEach((s, si) => {
    const section = em.create(QuestionnaireSection, { tenantId, questionnaire: q, position: si + 1, title: s.title });
    s.questions.forEach((question, qi) =>
      byKey.set(question.key, em.create(Question, {
        tenantId,
        questionnaire: q,
        section,
        position: qi + 1,
        key: question.key,
        text: question.text,
        help: null,
        kind: question.kind,
        dimension: question.dimension,
        required: question.required ?? false,
        options: question.options ?? [],
        minValue: question.minValue ?? null,
        maxValue: question.maxValue ?? null,
      })),
    );
  });
  return { q, byKey };
}

/** Responses whose counts are exactly the targets; the rest (typology, minutes, comments) drawn at random. */
function responses(em: EntityManager, campaign: Campaign, byKey: Map<string, Question>, sections: SectionInput[], count: number, channel: ResponseChannel, targets: Targets, seed: number, waiting?: { median: number }): void {
  const next = seededRandom(seed);
  const questions = sections.flatMap((s) => s.questions);
  const levels = new Map<string, SatisfactionLevel[]>();
  for (const [key, [satisfied, withOpinion, noOpinion]] of Object.entries(targets)) {
    const very = Math.round(satisfied * 0.45);
    const unhappy = withOpinion - satisfied;
    const veryUnhappy = Math.round(unhappy * 0.35);
    const list = [
      ...Array<SatisfactionLevel>(very).fill(SatisfactionLevel.VERY_SATISFIED),
      ...Array<SatisfactionLevel>(satisfied - very).fill(SatisfactionLevel.SATISFIED),
      ...Array<SatisfactionLevel>(unhappy - veryUnhappy).fill(SatisfactionLevel.DISSATISFIED),
      ...Array<SatisfactionLevel>(veryUnhappy).fill(SatisfactionLevel.VERY_DISSATISFIED),
      ...Array<SatisfactionLevel>(noOpinion).fill(SatisfactionLevel.NO_OPINION),
    ];
    if (list.length > count) throw new Error(`demo targets of ${key} exceed ${count} respondents`);
    levels.set(key, shuffle(list, next));
  }
  const span = Math.max(1, Math.round((Date.parse(campaign.closesOn) - Date.parse(campaign.opensOn)) / 86_400_000) + 1);
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.parse(campaign.opensOn) + Math.floor(next() * span) * 86_400_000).toISOString().slice(0, 10);
    const submittedAt = new Date(startOfCalendarDate(day).getTime() + (8.5 + next() * 8) * 3_600_000);
    const response = em.create(Response, { tenantId: campaign.tenantId, campaign, channel, submittedAt, clientId: null, enteredBy: channel === ResponseChannel.PAPER ? AUTHOR : null });
    const answer = (question: Question, values: Partial<Pick<Answer, 'option' | 'numberValue' | 'textValue'>>) =>
      em.create(Answer, { tenantId: campaign.tenantId, response, campaignId: campaign.id, question, channel, option: null, numberValue: null, textValue: null, ...values });
    for (const input of questions) {
      const question = byKey.get(input.key)!;
      if (input.kind === QuestionKind.SATISFACTION) {
        const level = levels.get(input.key)?.[i];
        if (level) answer(question, { option: level });
      } else if (input.kind === QuestionKind.SINGLE_CHOICE) {
        const roll = next();
        answer(question, { option: input.options![roll < 0.7 ? 0 : roll < 0.85 ? 1 : roll < 0.9 ? 2 : 3]!.key });
      } else if (input.kind === QuestionKind.MULTIPLE_CHOICE) {
        const options = input.options!;
        const first = Math.floor(next() * options.length);
        answer(question, { option: options[first]!.key });
        if (next() < 0.3) answer(question, { option: options[(first + 1) % options.length]!.key });
      } else if (input.kind === QuestionKind.NUMBER && waiting) {
        if (next() < 0.9) answer(question, { numberValue: Math.max(0, Math.round(waiting.median * (0.3 + next() * 1.4))) });
      } else if (input.kind === QuestionKind.FREE_TEXT && next() < 0.06) {
        answer(question, { textValue: COMMENTS[Math.floor(next() * COMMENTS.length)]! });
      }
    }
  }
}

async function seedTenantHall(em: EntityManager, tenant: TenantKey, campaigns: { year: number; opensOn: string; closesOn: string; targets: Targets; count: number; withMinutes: boolean; waiting: number }[]): Promise<Campaign[]> {
  const tenantId = TENANTS[tenant].id;
  const place = tenant === 'metz' ? 'de la préfecture' : `de la sous-préfecture de ${TENANTS[tenant].city}`;
  const panel = em.create(Panel, { tenantId, name: `Usagers du hall ${place}`, kind: PanelKind.HALL_USERS, description: 'Les usagers présents dans le hall pendant la semaine de l’enquête, sur papier ou sur la borne.' });
  const made: Campaign[] = [];
  let version = 0;
  for (const c of campaigns) {
    version += 1;
    const sections = [HALL_TYPOLOGY, { title: "L'accueil", questions: c.withMinutes ? [...HALL_RECEPTION, WAITING_MINUTES] : HALL_RECEPTION }, HALL_ANSWERS];
    const { q, byKey } = questionnaire(em, tenantId, 'usagers-hall', version, 'Enquête de satisfaction des usagers', "Votre avis nous aide à améliorer l'accueil. Le questionnaire est anonyme.", sections, c.opensOn);
    const campaign = em.create(Campaign, {
      tenantId,
      year: c.year,
      title: `Enquête annuelle de satisfaction des usagers ${c.year}`,
      questionnaire: q,
      panel,
      channel: CampaignChannel.HALL,
      opensOn: c.opensOn,
      closesOn: c.closesOn,
      createdBy: AUTHOR,
    });
    responses(em, campaign, byKey, sections, c.count, ResponseChannel.PAPER, c.targets, c.year * 31 + tenantId.charCodeAt(tenantId.length - 1), { median: c.waiting });
    await em.flush();
    made.push(campaign);
  }
  return made;
}

async function seedMetzElus(em: EntityManager): Promise<Campaign> {
  const tenantId = TENANTS.metz.id;
  const panel = em.create(Panel, {
    tenantId,
    name: "Maires et présidents d'EPCI à fiscalité propre de l'arrondissement de Metz",
    kind: PanelKind.ELECTED_OFFICIALS,
    description: 'Enquête sur les attributions de la DCTAJ : contrôle de légalité, conseil aux collectivités, accueil des élus.',
  });
  const members = [
    ...COMMUNES.map((c) => em.create(PanelMember, { tenantId, panel, name: `Maire de ${c}`, organization: `Commune de ${c}`, position: 'Maire', office: PanelOffice.MAYOR, email: `mairie-${slug(c)}@demo.qualipref.test` })),
    ...EPCIS.map((e) => em.create(PanelMember, { tenantId, panel, name: `Président(e) — ${e}`, organization: e, position: "Président d'EPCI", office: PanelOffice.PRESIDENT, email: `presidence-${slug(e)}@demo.qualipref.test` })),
  ];
  const { q, byKey } = questionnaire(em, tenantId, 'elus-dctaj', 1, 'Enquête de satisfaction des élus', 'Votre avis sur les relations avec la direction des relations avec les collectivités territoriales et des affaires juridiques (DCTAJ).', ELUS, '2015-10-21');
  const campaign = em.create(Campaign, {
    tenantId,
    year: 2015,
    title: "Enquête de satisfaction des maires et présidents d'EPCI 2015",
    questionnaire: q,
    panel,
    channel: CampaignChannel.EMAIL,
    opensOn: '2015-10-21',
    closesOn: '2015-11-06',
    createdBy: AUTHOR,
  });
  const respondents = 32;
  members.forEach((member, i) => {
    em.create(Invitation, {
      tenantId,
      campaign,
      member,
      // The links of 2015 are long gone: fresh secrets nobody holds.
      tokenHash: newOpaqueToken().hash,
      sentAt: startOfCalendarDate('2015-10-21'),
      reminderCount: i >= 20 ? 1 : 0,
      lastRemindedAt: i >= 20 ? startOfCalendarDate('2015-10-30') : null,
      respondedAt: i < respondents ? startOfCalendarDate(i < 20 ? '2015-10-26' : '2015-11-03') : null,
    });
  });
  responses(em, campaign, byKey, ELUS, respondents, ResponseChannel.EMAIL, ELUS_2015, 2015_11);
  await em.flush();
  return campaign;
}

function findings(em: EntityManager, hall2015: Campaign, elus: Campaign): void {
  // Drawn from the results on 9 November 2015, the day before their publication and nine days before the CLU.
  const drawnAt = new Date(startOfCalendarDate('2015-11-09').getTime() + 10 * 3_600_000);
  const f = (id: string, campaign: Campaign, kind: FindingKind, text: string, dimension: Dimension | null, questionKey: string | null = null) =>
    em.create(Finding, { id, tenantId: campaign.tenantId, campaign, kind, text, dimension, questionKey, createdBy: AUTHOR, createdAt: drawnAt, updatedAt: drawnAt });
  f(DEMO_FINDINGS.hallSatisfaction, hall2015, FindingKind.STRENGTH, "Taux élevé de satisfaction : la qualité de l'accueil général et de l'accueil des services métiers atteint de 87 à 100 % ; les espaces d'accueil satisfont 91,23 % des usagers.", null);
  f(DEMO_FINDINGS.hallDegradation, hall2015, FindingKind.WEAKNESS, "Dégradation de l'accueil téléphonique, des informations sur internet et du temps d'attente au guichet par rapport à 2014.", null);
  f(DEMO_FINDINGS.waitingTime, hall2015, FindingKind.RECOMMENDATION, "Réduire le temps de passage en préfecture : filtrage du pré-accueil, communication des heures d'affluence par démarche, prise de rendez-vous par internet.", Dimension.WAITING_TIME, 'temps-attente');
  f(DEMO_FINDINGS.equipment, hall2015, FindingKind.RECOMMENDATION, "Améliorer les équipements mis à disposition des usagers dans le hall d'accueil, en particulier les photocopieurs.", Dimension.EQUIPMENT, 'equipements');
  f(DEMO_FINDINGS.digitalInformation, hall2015, FindingKind.RECOMMENDATION, 'Harmoniser les informations du site de la préfecture avec celles de service-public.fr.', Dimension.DIGITAL_RECEPTION, 'information-internet');
  f(DEMO_FINDINGS.elusAnswers, elus, FindingKind.STRENGTH, 'La DCTAJ motive systématiquement sa position en matière de conseil ou d’observations adressées aux collectivités.', Dimension.LEGAL_REASONING, 'qualite-observations');
  f(DEMO_FINDINGS.elusScope, elus, FindingKind.RECOMMENDATION, "Intégrer dès 2016 un maximum d'éléments dans l'enquête auprès des élus, pour dégager une tendance représentative.", null);
}

function feedback(em: EntityManager, tenant: TenantKey, count: number): void {
  const tenantId = TENANTS[tenant].id;
  const next = seededRandom(count * 13 + tenantId.charCodeAt(tenantId.length - 1));
  const samples: [FeedbackCategory, string][] = [
    [FeedbackCategory.WAITING_TIME, "Trop d'attente le lundi matin au guichet des cartes grises."],
    [FeedbackCategory.EQUIPMENT, 'Le photocopieur du hall est encore en panne.'],
    [FeedbackCategory.INFORMATION, 'La liste des pièces sur le site ne correspond pas à celle demandée au guichet.'],
    [FeedbackCategory.COMPLIMENT, "Merci à l'agent du bureau des étrangers pour sa patience."],
    [FeedbackCategory.PREMISES, "Il manque des places assises dans la salle d'attente."],
    [FeedbackCategory.PROCEDURE, 'Pourquoi faut-il venir deux fois pour un même dossier ?'],
    [FeedbackCategory.RECEPTION, "L'accueil téléphonique ne répond pas entre 12 h et 14 h."],
  ];
  for (let i = 0; i < count; i++) {
    const [category, text] = samples[Math.floor(next() * samples.length)]!;
    const channel = next() < 0.55 ? FeedbackChannel.SUGGESTION_BOX : FeedbackChannel.CONTACT_FORM;
    const receivedOn = new Date(Date.parse('2015-01-05') + Math.floor(next() * 700) * 86_400_000).toISOString().slice(0, 10);
    const contact = channel === FeedbackChannel.CONTACT_FORM ? 'adresse communiquée par le formulaire (démo)' : null;
    const answered = contact !== null && next() < 0.8;
    // Drawn as before over 2015–2016, so the 2015 items stay the same; 2016 on comes from seed-years.
    if (receivedOn >= '2016-01-01') continue;
    em.create(Feedback, {
      tenantId,
      receivedOn,
      channel,
      category,
      text,
      contact,
      status: answered ? FeedbackStatus.ANSWERED : contact ? FeedbackStatus.IN_PROGRESS : FeedbackStatus.CLOSED,
      answer: answered ? 'Merci pour votre message : nous en tenons compte dans le plan d’actions de la préfecture.' : null,
      answeredAt: answered ? new Date(startOfCalendarDate(receivedOn).getTime() + 4 * 86_400_000) : null,
      answeredBy: answered ? AUTHOR : null,
      recordedBy: AUTHOR,
    });
  }
}

/**
 * The demo surveys: Metz hall 2014 and 2015, the 2015 élus survey (published), Forbach hall 2015,
 * the 2015 feedback; then every site's hall surveys and feedback from 2016 to the as-of date.
 */
export async function seedDemoSurveys(root: EntityManager, asOf: CalendarDate): Promise<YearsReport | null> {
  const fork = (tenant: TenantKey) => tenantEntityManager(root, TENANTS[tenant].id);
  if (await fork('metz').findOne(Campaign, { tenantId: TENANTS.metz.id })) return null;
  await fork('metz').transactional(async (em) => {
    const [, hall2015] = await seedTenantHall(em, 'metz', [
      { year: 2014, opensOn: '2014-10-13', closesOn: '2014-10-17', targets: HALL_2014, count: 160, withMinutes: false, waiting: 0 },
      { year: 2015, opensOn: '2015-10-12', closesOn: '2015-10-16', targets: HALL_2015, count: 180, withMinutes: true, waiting: 35 },
    ]);
    const elus = await seedMetzElus(em);
    findings(em, hall2015!, elus);
    const assignments: [string, Dimension][] = [
      ['DCTAJ', Dimension.LEGAL_REASONING], ['DCTAJ', Dimension.ADVICE_TO_COLLECTIVITES], ['DCTAJ', Dimension.APPOINTMENT_DELAYS],
      ['DRMM', Dimension.RECEPTION_SPACES], ['DRMM', Dimension.EQUIPMENT],
      ['DCTAS', Dimension.PHYSICAL_RECEPTION], ['DCTAS', Dimension.WAITING_TIME], ['DCTAS', Dimension.TELEPHONE_RECEPTION],
      ['SII', Dimension.DIGITAL_RECEPTION],
    ];
    for (const [code, dimension] of assignments) em.create(DimensionAssignment, { tenantId: TENANTS.metz.id, dimension, directorateId: directorateId('metz', code) });
    feedback(em, 'metz', 60);
    await em.flush();
    // Published in November 2015, before the CLU of the 18th.
    for (const campaign of [hall2015!, elus]) {
      campaign.publication = publicationSummary(await campaignResults(em, campaign));
      campaign.publishedAt = startOfCalendarDate('2015-11-10');
      campaign.publishedBy = AUTHOR;
    }
  });
  await fork('forbach').transactional(async (em) => {
    await seedTenantHall(em, 'forbach', [{ year: 2015, opensOn: '2015-10-12', closesOn: '2015-10-16', targets: FORBACH_2015, count: 64, withMinutes: true, waiting: 20 }]);
    feedback(em, 'forbach', 20);
  });
  await fork('thionville').transactional(async (em) => feedback(em, 'thionville', 15));
  return seedDemoYears(root, asOf);
}
