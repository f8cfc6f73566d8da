import type { EntityManager } from '@mikro-orm/core';
import { ACCOUNTS, DEMO_FINDINGS, DIRECTORATES, TENANTS, directorateId, type TenantKey } from '@qualipref/demo-fixtures';
import type { CalendarDate } from '@qualipref/calendar';
import { tenantEntityManager } from '@qualipref/server-kit';
import { Action, ActionPlan, ActionProgress, AgendaItem, College, Committee, FollowUp, Invitation, Meeting, Member, Minutes, MinutesSection, Proposal, ProposalRouting, ProposalStatusChange } from './entities/index.js';
import { ActionOrigin, ActionStatus, Attendance, MeetingStatus, MinutesStatus, ProposalStatus } from './domain/enums.js';
import { seedDemoCommitteeYears, type CommitteeYearsReport } from './seed-years.js';

const COLLEGES = [
  { code: 'COLLECTIVITES', name: 'Collectivités territoriales' },
  { code: 'USAGERS', name: 'Usagers' },
  { code: 'PROFESSIONNELS', name: 'Professionnels' },
  { code: 'ADMINISTRATION', name: 'Administration' },
];

const PILOTAGE = 'Comité de pilotage de la politique qualité';

/**
 * Replays the installation of the Metz CLU on 18 November 2015 from the seed document (its
 * decision, colleges, the members of the attendance sheet without any contact details, the
 * agenda, attendance, conclusions, proposals and the 2016 action plan), and gives Forbach and
 * Thionville smaller committees; then their meetings and plans from 2016 to the as-of date.
 * Runs once; each tenant's rows under that tenant's session.
 */
export async function seedDemoCommittees(root: EntityManager, asOf: CalendarDate): Promise<CommitteeYearsReport | null> {
  const fork = (tenant: TenantKey) => tenantEntityManager(root, TENANTS[tenant].id);
  if (await fork('metz').findOne(Committee, { kind: 'CLU' })) return null;
  await fork('metz').transactional((em) => seedMetz(em));
  for (const tenant of ['forbach', 'thionville'] as const) await fork(tenant).transactional((em) => seedSousPrefecture(em, tenant));
  return seedDemoCommitteeYears(root, asOf);
}

function seedMetz(em: EntityManager): void {
  const tenantId = TENANTS.metz.id;
  const drmm = directorateId('metz', 'DRMM');
  const macapManager = ACCOUNTS.find((a) => a.tenant === 'metz' && a.role === 'MANAGER')!;
  const clu = em.create(Committee, {
    tenantId,
    kind: 'CLU',
    name: 'Comité local des usagers de la préfecture de la Moselle',
    decisionDate: '2015-10-14',
    decisionReference: 'Décision préfectorale du 14 octobre 2015 portant création du comité local des usagers',
    decisionText:
      "Le comité local des usagers est créé dans le cadre de la démarche Qualipref 2.0. Instance consultative, il formule des propositions d'amélioration du service rendu aux usagers. Il réunit des représentants des collectivités territoriales, des usagers, des professionnels et de l'administration.",
    chairName: 'Alain CARTON',
    chairTitle: 'Le Secrétaire Général',
    ownerDirectorateId: drmm,
    secretariatServiceId: DIRECTORATES.find((d) => d.id === drmm)!.services.find((s) => s.code === 'MACAP')!.id,
    secretariatUserIds: [macapManager.id],
    meetingIntervalMonths: 12,
  });
  const colleges = Object.fromEntries(COLLEGES.map((c, position) => [c.code, em.create(College, { tenantId, committee: clu, code: c.code, name: c.name, position })]));
  const seat = (college: string, name: string, organisation: string, role: string | null) =>
    em.create(Member, { tenantId, committee: clu, college: colleges[college]!, name, organisation, role, contact: null, userId: null, mandateStart: '2015-10-14', mandateEnd: null });
  const members = {
    deOliveira: seat('COLLECTIVITES', 'Nathalie DE OLIVEIRA', 'Ville de Metz', 'Adjointe au maire de Metz'),
    dupontEscale: seat('COLLECTIVITES', 'Anne DUPONT-ESCALE', 'Ville de Metz', 'Responsable de la mission Qualité de la mairie'),
    jagerWeber: seat('COLLECTIVITES', 'JAGER-WEBER', 'Conseil départemental de la Moselle', 'Conseillère départementale'),
    genin: seat('COLLECTIVITES', 'Hubert GENIN', 'Association des maires ruraux de la Moselle', 'Représentant'),
    frauck: seat('USAGERS', 'Nicole FRAUCK', 'UFC Metz', 'Représentante des usagers'),
    dossmann: seat('USAGERS', 'Mirek DOSSMANN', 'UDAF de la Moselle', 'Directeur général'),
    salles: seat('ADMINISTRATION', 'Helena SALLES', 'DLP, bureau de la réglementation', 'Cheffe de bureau'),
    clessionne: seat('ADMINISTRATION', 'Denis CLESSIONNE', 'DLP', 'Directeur'),
    karam: seat('ADMINISTRATION', 'Houda KARAM', 'SII', 'Cheffe de service'),
    leoni: seat('ADMINISTRATION', 'Lydie LEONI', 'SII', 'Adjointe'),
    jacquinet: seat('ADMINISTRATION', 'Amandine JACQUINET', 'DCTAS', 'Cheffe de bureau'),
    maron: seat('ADMINISTRATION', 'Véronique MARON', 'DRMM', 'Cheffe de bureau'),
    narboni: seat('ADMINISTRATION', 'NARBONI', 'DRMM', 'Directrice des ressources et des moyens mutualisés'),
    huck: seat('ADMINISTRATION', 'Yseult HUCK', 'DRMM, mission MACAP', 'Chargée de mission'),
    raulin: seat('ADMINISTRATION', 'Francis RAULIN', 'DRMM, mission MACAP', 'Chargé de mission'),
  };

  const meeting = em.create(Meeting, {
    tenantId,
    committee: clu,
    title: "Réunion d'installation du comité local des usagers",
    scheduledAt: new Date('2015-11-18T09:00:00Z'),
    place: 'Préfecture de la Moselle, salle Verlaine',
    chairName: 'Alain CARTON, Secrétaire Général',
    status: MeetingStatus.MINUTES_PUBLISHED,
  });
  const agendaTitles = [
    'Présentation de la démarche qualité et rôle du CLU au sein de celle-ci',
    "Présentation des résultats de l'enquête de satisfaction auprès des usagers",
    "Présentation des résultats de l'enquête de satisfaction auprès des maires et présidents des EPCI à fiscalité propre de l'arrondissement de Metz",
    'Présentation de la démarche pour obtenir le label Qualipref 2.0 et des indicateurs de délais de traitement',
    'Tour de table afin de recueillir les suggestions des participants',
  ];
  const agenda = agendaTitles.map((title, i) => em.create(AgendaItem, { tenantId, meeting, position: i + 1, title, description: null }));

  const signed = new Set([members.dupontEscale, members.frauck, members.raulin]);
  for (const member of Object.values(members)) {
    em.create(Invitation, { tenantId, meeting, member, name: member.name, organisation: member.organisation, attendance: Attendance.PRESENT, representedBy: null, signed: signed.has(member) });
  }

  const minutes = em.create(Minutes, {
    tenantId,
    meeting,
    version: 1,
    status: MinutesStatus.PUBLISHED,
    caseOfficers: 'Mme VARNEROT et M. RAULIN',
    // Invented, on the demo domain: the seed's addresses and numbers are not republished.
    caseOfficerContacts: 'macap@demo.qualipref.test',
    introduction:
      "La réunion d'installation du comité local des usagers (CLU), créé dans le cadre de la démarche Qualipref 2.0 à la préfecture de la Moselle, s'est tenue le 18 novembre 2015 sous la présidence de M. le Secrétaire Général. Étaient invités les directeurs et chefs de bureau des services du site préfecture ainsi que des représentants des collectivités territoriales, des usagers et des professionnels, conformément à la décision préfectorale de création du CLU du 14 octobre 2015.",
    closing: 'M. le Secrétaire Général clôture ce comité en remerciant les participants pour leur présence ainsi que pour la qualité de leurs interventions.',
    signatoryName: 'Alain CARTON',
    signatoryTitle: 'Le Secrétaire Général',
    validatedAt: new Date('2015-11-23T09:00:00Z'),
    publishedAt: new Date('2015-11-23T10:00:00Z'),
  });
  const sections: [string, string][] = [
    [
      "La préfecture de Metz et les sous-préfectures de Forbach et Thionville sont labellisées Marianne depuis 2012. En 2015, la préfecture est candidate au label Qualipref 2.0 : passage de l'accueil à la relation générale avec les usagers, maintien de tous les engagements Marianne, engagements de service liés au module métier « Relations avec les collectivités territoriales », traçabilité des délais de réponse de chaque service.",
      "Le CLU, instance consultative créée par décision du préfet du 14 octobre 2015, réunit des représentants des collectivités territoriales, des usagers, des professionnels et de l'administration. Sa structure peut évoluer sur proposition de ses membres débattue en réunion.",
    ],
    [
      "L'enquête menée du 12 au 16 octobre dans le hall de la préfecture fait apparaître un taux élevé de satisfaction : la qualité de l'accueil général et de l'accueil des services métiers atteint de 87 à 100 % ; les espaces d'accueil sont satisfaisants ou très satisfaisants pour 91,23 % des usagers.",
      "Les équipements du hall doivent être améliorés ; on note une dégradation de l'accueil téléphonique, des informations sur internet et du temps d'attente au guichet. Recommandations pour le plan d'actions 2016 : filtrage du pré-accueil, communication sur les heures d'affluence, rendez-vous par internet, information des usagers, équipements du hall (photocopieurs), harmonisation des informations sur internet, accessibilité des locaux.",
    ],
    [
      "L'enquête auprès des maires et présidents d'EPCI de l'arrondissement de Metz, menée du 21 octobre au 6 novembre par messagerie, porte sur la DCTAJ : qualité des observations en matière de contrôle de légalité, fonction de conseil, accueil des élus et délais de rendez-vous.",
      "Taux élevé de satisfaction : de 100 % pour l'accueil téléphonique à environ 90 % pour l'accueil physique ; réponses en termes simples et compréhensibles pour environ 88 %. Première enquête : elle servira de base aux comparaisons. Y intégrer dès 2016 un maximum d'éléments.",
    ],
    [
      'Une fiche présente les indicateurs de délais de traitement des procédures les plus courantes, mesurés en continu par des indicateurs de performance définis au niveau national par le ministère de l’Intérieur.',
      "Les différences avec l'enquête auprès des usagers montrent que le ressenti (en matière d'attente par exemple) est à relativiser et que la qualité de service s'améliore. L'audit Qualipref 2.0 sera conduit par l'AFNOR.",
    ],
    [
      'Tour de table : questions sur la régularité des réunions du CLU, sur l’audit et sur l’élargissement du panel des enquêtes.',
      "Le CLU se réunit au moins une fois par an ; il se réunira au premier semestre 2016, après l'audit Qualipref 2.0 et la présentation du bilan qualité 2015 et du plan d'actions 2016 au comité technique.",
    ],
  ];
  agenda.forEach((agendaItem, i) => em.create(MinutesSection, { tenantId, minutes, agendaItem, presentation: sections[i]![0], conclusions: sections[i]![1] }));

  const propose = (author: Member, item: AgendaItem, text: string, status: ProposalStatus, routings: { directorate?: string; body?: string }[]) => {
    const proposal = em.create(Proposal, { tenantId, meeting, agendaItem: item, author, authorName: author.name, text, status, answer: null });
    for (const r of routings) em.create(ProposalRouting, { tenantId, proposal, directorateId: r.directorate ?? null, bodyName: r.body ?? null });
    em.create(ProposalStatusChange, { tenantId, proposal, fromStatus: null, toStatus: ProposalStatus.SUBMITTED, note: null, changedAt: new Date('2015-11-18T12:00:00Z'), changedBy: null });
    if (status !== ProposalStatus.SUBMITTED) {
      em.create(ProposalStatusChange, { tenantId, proposal, fromStatus: ProposalStatus.SUBMITTED, toStatus: status, note: 'Examen en comité de pilotage', changedAt: new Date('2015-12-10T10:00:00Z'), changedBy: null });
    }
    return proposal;
  };
  const peakHours = propose(members.jagerWeber, agenda[1]!, "Adresser aux mairies et collectivités les jours et heures d'affluence du public par démarche, pour affichage et insertion dans les bulletins municipaux.", ProposalStatus.ACCEPTED, [{ body: PILOTAGE }, { directorate: drmm }]);
  propose(members.jagerWeber, agenda[2]!, "Consulter également l'association des élus d'opposition dans l'enquête auprès des élus, ceux-ci saisissant régulièrement les services en matière de contrôle de légalité.", ProposalStatus.UNDER_STUDY, [{ body: PILOTAGE }, { directorate: directorateId('metz', 'DCTAJ') }]);
  const accessibility = propose(members.dossmann, agenda[1]!, "Saisir l'Association des Paralysés de France pour affiner la question de l'accessibilité des locaux aux personnes à mobilité réduite.", ProposalStatus.ACCEPTED, [{ body: PILOTAGE }, { directorate: drmm }]);
  const tablet = propose(members.dupontEscale, agenda[4]!, "Augmenter le panel des personnes interrogées dans les enquêtes de satisfaction : une personne recueillerait l'avis des usagers dans le hall au moyen d'une tablette numérique.", ProposalStatus.UNDER_STUDY, [{ body: PILOTAGE }, { directorate: drmm }]);

  const plan = em.create(ActionPlan, { tenantId, committee: clu, year: 2016, title: "Plan d'actions 2016" });
  const act = (n: number, title: string, owner: string, dueDate: string, status: ActionStatus, progress: number, origin: Partial<Pick<Action, 'originProposal' | 'originMeeting' | 'originFindingId'>> & { originKind: ActionOrigin }) => {
    const action = em.create(Action, { tenantId, plan, reference: `A-${String(n).padStart(2, '0')}`, title, description: null, ownerDirectorateId: directorateId('metz', owner), dueDate, status, progress, originProposal: null, originMeeting: null, originFindingId: null, ...origin });
    em.create(ActionProgress, { tenantId, action, recordedAt: new Date('2015-12-15T10:00:00Z'), progress: 0, status: ActionStatus.PLANNED, note: 'Inscription au plan', recordedBy: null });
    if (progress > 0) em.create(ActionProgress, { tenantId, action, recordedAt: new Date('2016-05-15T10:00:00Z'), progress, status, note: null, recordedBy: null });
  };
  act(1, "Améliorer le filtrage du pré-accueil (passage prioritaire des personnes ayant un rendez-vous)", 'DCTAS', '2016-03-31', ActionStatus.DONE, 100, { originKind: ActionOrigin.SURVEY_FINDING, originFindingId: DEMO_FINDINGS.waitingTime });
  act(2, "Communiquer aux mairies les jours et heures d'affluence par démarche", 'DRMM', '2016-06-30', ActionStatus.IN_PROGRESS, 60, { originKind: ActionOrigin.PROPOSAL, originProposal: peakHours });
  act(3, 'Favoriser la prise de rendez-vous par internet', 'DLP', '2016-09-30', ActionStatus.IN_PROGRESS, 40, { originKind: ActionOrigin.SURVEY_FINDING, originFindingId: DEMO_FINDINGS.waitingTime });
  act(4, "Informer davantage l'usager des actions d'amélioration de la préfecture", 'DRMM', '2016-06-30', ActionStatus.PLANNED, 0, { originKind: ActionOrigin.MEETING, originMeeting: meeting });
  act(5, "Améliorer les équipements du hall d'accueil, en particulier les photocopieurs", 'DRMM', '2016-04-30', ActionStatus.DONE, 100, { originKind: ActionOrigin.SURVEY_FINDING, originFindingId: DEMO_FINDINGS.equipment });
  act(6, 'Harmoniser les informations du site de la préfecture avec service-public.fr', 'SII', '2016-12-31', ActionStatus.IN_PROGRESS, 30, { originKind: ActionOrigin.SURVEY_FINDING, originFindingId: DEMO_FINDINGS.digitalInformation });
  act(7, "Solliciter l'Association des Paralysés de France sur l'accessibilité des locaux", 'DRMM', '2016-03-31', ActionStatus.DONE, 100, { originKind: ActionOrigin.PROPOSAL, originProposal: accessibility });
  act(8, "Enrichir dès 2016 l'enquête auprès des élus", 'DCTAJ', '2016-10-15', ActionStatus.PLANNED, 0, { originKind: ActionOrigin.SURVEY_FINDING, originFindingId: DEMO_FINDINGS.elusScope });
  act(9, 'Étudier le recueil des avis dans le hall sur tablette numérique', 'DRMM', '2016-09-30', ActionStatus.PLANNED, 0, { originKind: ActionOrigin.PROPOSAL, originProposal: tablet });

  for (const [title, dueDate] of [
    ["Résultat de l'audit Qualipref 2.0 (AFNOR)", '2016-05-31'],
    ['Bilan qualité 2015 présenté au comité technique', '2016-03-31'],
    ["Plan d'actions 2016 présenté au comité technique", '2016-03-31'],
  ] as const) {
    em.create(FollowUp, { tenantId, committee: clu, title, dueDate, done: false });
  }
}

function seedSousPrefecture(em: EntityManager, tenant: 'forbach' | 'thionville'): void {
  const tenantId = TENANTS[tenant].id;
  const city = TENANTS[tenant].city;
  const committee = em.create(Committee, {
    tenantId,
    kind: 'CLU',
    name: `Comité local des usagers de la sous-préfecture de ${city}`,
    decisionDate: '2015-10-14',
    decisionReference: 'Décision préfectorale du 14 octobre 2015',
    decisionText: null,
    chairName: `Le sous-préfet de ${city}`,
    chairTitle: 'Sous-préfet',
    ownerDirectorateId: directorateId(tenant, tenant === 'forbach' ? 'SPF' : 'SPT'),
    secretariatServiceId: null,
    secretariatUserIds: [ACCOUNTS.find((a) => a.tenant === tenant && a.role === 'MANAGER')!.id],
    meetingIntervalMonths: 12,
  });
  const colleges = COLLEGES.filter((c) => c.code !== 'PROFESSIONNELS').map((c, position) => em.create(College, { tenantId, committee, code: c.code, name: c.name, position }));
  const names = tenant === 'forbach' ? ['Ville de Forbach', 'Association familiale de Forbach', 'Bureau de l’accueil'] : ['Ville de Thionville', 'Association des usagers du Nord mosellan', 'Bureau de l’accueil'];
  const members = names.map((organisation, i) =>
    em.create(Member, { tenantId, committee, college: colleges[i]!, name: `Représentant ${i + 1} (démo)`, organisation, role: null, contact: null, userId: null, mandateStart: '2015-10-14', mandateEnd: null }),
  );
  const meeting = em.create(Meeting, { tenantId, committee, title: "Réunion d'installation", scheduledAt: new Date('2015-12-08T13:30:00Z'), place: `Sous-préfecture de ${city}`, chairName: `Le sous-préfet de ${city}`, status: MeetingStatus.HELD });
  em.create(AgendaItem, { tenantId, meeting, position: 1, title: 'Installation du comité et résultats de l’enquête de satisfaction', description: null });
  for (const member of members) em.create(Invitation, { tenantId, meeting, member, name: member.name, organisation: member.organisation, attendance: Attendance.PRESENT, representedBy: null, signed: true });
}
