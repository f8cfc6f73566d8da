import { assertCalendarDate, toCalendarDate, type CalendarDate } from '@qualipref/calendar';

/**
 * The demo organization of `npm start`: the three tenants of the Moselle and their
 * directorates, with fixed identifiers so that every service's demo data can refer to them.
 * Directorates and services are those named in the seed document (the CLU's minutes and
 * attendance sheet of 18 November 2015).
 */

export const DEMO_PASSWORD = 'qualipref-demo';

/**
 * The three tenants, each with the publisher of its pages (mentions légales): the authority,
 * its director of publication named by office (never a person's name), its postal address; and
 * the State's block of its documents (« PRÉFET DE LA MOSELLE », the same for the sous-préfectures).
 */
export const TENANTS = {
  metz: {
    id: '0195a000-0000-7000-8000-000000000001', code: 'metz', kind: 'PREFECTURE', name: 'Préfecture de la Moselle', city: 'Metz', parent: null,
    publisher: { name: 'Préfecture de la Moselle', director: 'Le préfet de la Moselle', postalAddress: '9 place de la Préfecture\n57000 Metz' },
    stateBlock: { prefectTitle: 'PREFET', departementWithArticle: 'de la Moselle' },
  },
  forbach: {
    id: '0195a000-0000-7000-8000-000000000002', code: 'forbach', kind: 'SOUS_PREFECTURE', name: 'Sous-préfecture de Forbach', city: 'Forbach', parent: 'metz',
    publisher: { name: 'Sous-préfecture de Forbach-Boulay-Moselle', director: 'Le sous-préfet de Forbach-Boulay-Moselle', postalAddress: 'Sous-préfecture de Forbach\n57600 Forbach' },
    stateBlock: { prefectTitle: 'PREFET', departementWithArticle: 'de la Moselle' },
  },
  thionville: {
    id: '0195a000-0000-7000-8000-000000000003', code: 'thionville', kind: 'SOUS_PREFECTURE', name: 'Sous-préfecture de Thionville', city: 'Thionville', parent: 'metz',
    publisher: { name: 'Sous-préfecture de Thionville', director: 'Le sous-préfet de Thionville', postalAddress: 'Sous-préfecture de Thionville\n57100 Thionville' },
    stateBlock: { prefectTitle: 'PREFET', departementWithArticle: 'de la Moselle' },
  },
} as const;

export type TenantKey = keyof typeof TENANTS;

export interface DemoDirectorate {
  id: string;
  tenant: TenantKey;
  code: string;
  name: string;
  services: { id: string; code: string; name: string; kind: 'BUREAU' | 'SERVICE' | 'MISSION' | 'POLE' | 'CELLULE' }[];
}

const id = (n: number) => `0195a000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

export const DIRECTORATES: DemoDirectorate[] = [
  {
    id: id(0x101), tenant: 'metz', code: 'SG', name: 'Secrétariat général',
    services: [{ id: id(0x201), code: 'CAB-SG', name: 'Cabinet du secrétaire général', kind: 'BUREAU' }],
  },
  {
    id: id(0x102), tenant: 'metz', code: 'DRMM', name: 'Direction des ressources et des moyens mutualisés',
    services: [
      { id: id(0x202), code: 'MACAP', name: "Mission d'appui au changement et au pilotage de la performance", kind: 'MISSION' },
      { id: id(0x203), code: 'BLOG', name: 'Bureau de la logistique', kind: 'BUREAU' },
    ],
  },
  {
    id: id(0x103), tenant: 'metz', code: 'DCTAJ', name: 'Direction des relations avec les collectivités territoriales et des affaires juridiques',
    services: [
      { id: id(0x204), code: 'BCL', name: 'Bureau du contrôle de légalité', kind: 'BUREAU' },
      { id: id(0x205), code: 'BAJ', name: 'Bureau des affaires juridiques et du contentieux', kind: 'BUREAU' },
    ],
  },
  {
    id: id(0x104), tenant: 'metz', code: 'DLP', name: 'Direction des libertés publiques',
    services: [{ id: id(0x206), code: 'BUR', name: 'Bureau de la réglementation', kind: 'BUREAU' }],
  },
  { id: id(0x105), tenant: 'metz', code: 'SII', name: "Service interministériel de l'informatique", services: [] },
  { id: id(0x106), tenant: 'metz', code: 'DCTAS', name: 'Direction de la citoyenneté, des titres et de l’accueil des services', services: [] },
  {
    id: id(0x107), tenant: 'forbach', code: 'SPF', name: 'Secrétariat général de la sous-préfecture de Forbach',
    services: [
      { id: id(0x207), code: 'BAT-F', name: "Bureau de l'accueil et des titres", kind: 'BUREAU' },
      { id: id(0x208), code: 'BCL-F', name: 'Bureau des collectivités locales', kind: 'BUREAU' },
    ],
  },
  {
    id: id(0x108), tenant: 'thionville', code: 'SPT', name: 'Secrétariat général de la sous-préfecture de Thionville',
    services: [
      { id: id(0x209), code: 'BAT-T', name: "Bureau de l'accueil et des titres", kind: 'BUREAU' },
      { id: id(0x20a), code: 'BCL-T', name: 'Bureau des collectivités locales', kind: 'BUREAU' },
    ],
  },
];

export interface DemoAccount {
  id: string;
  tenant: TenantKey;
  directorate: string;
  role: 'AGENT' | 'MANAGER' | 'ANALYST' | 'ADMINISTRATOR';
  email: string;
  displayName: string;
  jobTitle: string;
}

/** `tenant.role@…`; a second account of a role in a tenant names its directorate too (`metz.dlp.agent@…`). */
const account = (n: number, tenant: TenantKey, directorate: string, role: DemoAccount['role'], displayName: string, jobTitle: string, named = false): DemoAccount => ({
  id: id(0x300 + n),
  tenant,
  directorate,
  role,
  email: `${tenant}.${named ? `${directorate.toLowerCase()}.` : ''}${role.toLowerCase()}@demo.qualipref.test`,
  displayName,
  jobTitle,
});

/**
 * One demo account per role per tenant, and a DLP agent so that each directorate module of Metz
 * has someone to sign in. Development only: the password is public.
 */
export const ACCOUNTS: DemoAccount[] = [
  account(1, 'metz', 'DCTAJ', 'AGENT', 'Agent DCTAJ (démo)', 'Agent du bureau du contrôle de légalité'),
  account(2, 'metz', 'DRMM', 'MANAGER', 'Responsable MACAP (démo)', 'Chef de la mission MACAP'),
  account(3, 'metz', 'DRMM', 'ANALYST', 'Analyste qualité (démo)', 'Chargée de mission qualité'),
  account(4, 'metz', 'SG', 'ADMINISTRATOR', 'Administrateur Metz (démo)', 'Administrateur de la plateforme'),
  account(5, 'forbach', 'SPF', 'AGENT', 'Agent Forbach (démo)', "Agent du bureau de l'accueil"),
  account(6, 'forbach', 'SPF', 'MANAGER', 'Responsable Forbach (démo)', 'Secrétaire général de la sous-préfecture'),
  account(7, 'forbach', 'SPF', 'ANALYST', 'Analyste Forbach (démo)', 'Référent qualité'),
  account(8, 'forbach', 'SPF', 'ADMINISTRATOR', 'Administrateur Forbach (démo)', 'Administrateur local'),
  account(9, 'thionville', 'SPT', 'AGENT', 'Agent Thionville (démo)', "Agent du bureau de l'accueil"),
  account(10, 'thionville', 'SPT', 'MANAGER', 'Responsable Thionville (démo)', 'Secrétaire général de la sous-préfecture'),
  account(11, 'thionville', 'SPT', 'ANALYST', 'Analyste Thionville (démo)', 'Référent qualité'),
  account(12, 'thionville', 'SPT', 'ADMINISTRATOR', 'Administrateur Thionville (démo)', 'Administrateur local'),
  account(13, 'metz', 'DLP', 'AGENT', 'Agent DLP (démo)', 'Agent du bureau de la réglementation', true),
];

export function directorateId(tenant: TenantKey, code: string): string {
  const found = DIRECTORATES.find((d) => d.tenant === tenant && d.code === code);
  if (!found) throw new Error(`no demo directorate ${code} in ${tenant}`);
  return found.id;
}

/**
 * Findings of the 2015 Metz surveys, with fixed ids: the surveys service records them, the
 * committees' action plan refers to them by id (no table of another service is read).
 */
export const DEMO_FINDINGS = {
  hallSatisfaction: id(0x501),
  hallDegradation: id(0x502),
  waitingTime: id(0x503),
  equipment: id(0x504),
  digitalInformation: id(0x505),
  elusAnswers: id(0x506),
  elusScope: id(0x507),
} as const;

/**
 * The national engagements the demo's delay targets implement, with the identifiers the quality
 * service's migration gives them (fixed, derived from the codes): a service refers to them by id
 * and never reads quality's tables. Quality's tests check that each one exists there.
 */
export const NATIONAL_ENGAGEMENTS = {
  /** Marianne 2008 (summary, number unknown): calls picked up in fewer than 5 rings. */
  MARIANNE_2008_TELEPHONE: '682e7632-8576-5852-b92e-cc1f730dfde3',
  /** Marianne 2008 (summary, number unknown): e-mails answered within 5 working days. */
  MARIANNE_2008_COURRIELS: '6d23699e-5377-5af1-a31a-4117e8d9110e',
  /** Marianne 2008 (summary, number unknown): letters answered within 15 working days. */
  MARIANNE_2008_COURRIERS: '73ec6340-1694-5b83-9a85-1a22554921d6',
  /** Qualipref 2.0, « Téléphonie »: courteous and efficient telephone reception (5 rings, from Marianne). */
  QUALIPREF_2_0_TELEPHONIE: '573fc528-3de8-59cb-bcdf-290fc61b86ac',
  /** Qualipref 2.0, « Courriers et courriels »: every request answered within a controlled delay. */
  QUALIPREF_2_0_COURRIERS_COURRIELS: '502600ad-ded6-5aa9-bce0-7ab6b28da443',
  /** Services Publics + 2021, engagement 2: reachable by telephone or on site. */
  SERVICES_PUBLICS_PLUS_2021_JOIGNABLES: 'a0038193-a5ec-59c6-a55a-b060136985bd',
  /** Services Publics + 2021, engagement 5: an answer within the announced delays. */
  SERVICES_PUBLICS_PLUS_2021_DELAIS: '754c346a-3a65-5af0-a486-372cf9b586af',
  /** Services Publics + 2023, engagement 2: « Vous pouvez facilement entrer en contact avec vos services publics ». */
  SERVICES_PUBLICS_PLUS_2023_CONTACT: 'f85278dd-0841-5f4f-b909-ced6b468e60e',
  /** Services Publics + 2023, engagement 4: « Votre demande est traitée dans les délais annoncés ». */
  SERVICES_PUBLICS_PLUS_2023_DELAIS: '80163a19-8945-5bad-b7b7-21e4020ac38f',
} as const;

/** A small deterministic generator (mulberry32), so that demo data is the same on every start. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A whole number from `low` to `high`, both included, drawn with a seeded generator. */
export const between = (next: () => number, low: number, high: number): number => low + Math.floor(next() * (high - low + 1));

/** One element of `list`, drawn with a seeded generator. */
export const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

/**
 * The date the demo data reaches (`DEMO_AS_OF`): nothing the demo records happens after it, so
 * the same as-of date always gives the same rows. The launcher fixes it on the day the data
 * directory is created; without it, today. The generated years start in 2016, after the replay
 * of 2015, so an as-of date before 2016-01-31 is refused.
 */
export function demoAsOf(value: string | undefined = undefined, now: Date = new Date()): CalendarDate {
  if (value === undefined || value === '') return toCalendarDate(now);
  try {
    assertCalendarDate(value, 'DEMO_AS_OF');
  } catch {
    throw new Error(`DEMO_AS_OF must be a date YYYY-MM-DD, not ${JSON.stringify(value)}`);
  }
  if (value < '2016-01-31') throw new Error(`DEMO_AS_OF must be 2016-01-31 or later (the demo replays 2015 and generates from 2016), not ${value}`);
  return value;
}

/** A generated month of the demo: `YYYY-MM`, its first day and its last day not after the as-of date. */
export interface DemoMonth {
  month: string;
  first: string;
  last: string;
  /** True for the as-of date's own month, which may be cut short. */
  partial: boolean;
}

/** Every month from January 2016 to the as-of date's month, in order. */
export function demoMonths(asOf: string): DemoMonth[] {
  const months: DemoMonth[] = [];
  const [endYear, endMonth] = [Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7))];
  for (let year = 2016; year <= endYear; year++) {
    for (let m = 1; m <= (year === endYear ? endMonth : 12); m++) {
      const month = `${year}-${String(m).padStart(2, '0')}`;
      const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
      const end = `${month}-${String(lastDay).padStart(2, '0')}`;
      const partial = end > asOf;
      months.push({ month, first: `${month}-01`, last: partial ? asOf : end, partial });
    }
  }
  return months;
}

/** Every year from 2016 to the as-of date's year. */
export function demoYears(asOf: string): number[] {
  const last = Number(asOf.slice(0, 4));
  return Array.from({ length: last - 2016 + 1 }, (_, i) => 2016 + i);
}
