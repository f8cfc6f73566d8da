/**
 * The accessibility measure the déclaration d'accessibilité reports: one place, so that the
 * page and its date change together when the measure is run again. It is an automated check,
 * not an RGAA audit: no sample of pages has been audited against the RGAA's criteria.
 */
export const ACCESSIBILITY_MEASURE = {
  /** Day the measure was last run (YYYY-MM-DD). */
  date: '2026-12-02',
  tool: 'axe-core 4.14.1 (règles WCAG 2.1 niveaux A et AA), exécuté par la suite de tests de la console',
  /** What the automated check found on the pages below. */
  result: 'aucune anomalie de gravité « sérieuse » ou « critique » détectée par l’outil ; les anomalies de moindre gravité ne sont pas relevées',
  pages: [
    'Connexion',
    'Tableau de bord',
    'Collectivités et affaires juridiques : courriers, contrôle de légalité, contentieux',
    'Libertés publiques : enregistrement d’un courrier',
    'Comité local des usagers : comités, programmation d’une réunion, réunion et feuille de présence, rédaction du relevé de conclusions, propositions, plan d’actions, enquête, remarques, indicateurs de qualité',
    'Courrier de la sous-préfecture (Forbach)',
    'Déclaration d’accessibilité, mentions légales, données personnelles',
  ],
  environment: {
    browser: 'Chromium 156 (Debian), sans lecteur d’écran',
    system: 'Debian GNU/Linux 12',
    tools: 'axe-core 4.14.1 piloté par playwright-core ; fenêtres de 1280 et 1366 pixels de large',
  },
  /** Known defects, found by hand (keyboard only, 320 px wide) and not yet corrected. */
  notAccessible: [
    'L’interface de l’éditeur de requêtes GraphQL est en anglais (elle est signalée comme telle) ; on en sort au clavier par F6, comme la page l’indique.',
    'Après l’envoi ou l’annulation de la plupart des formulaires, le focus revient au début de la page au lieu d’aller au message de confirmation ou au nouveau contenu (la connexion, l’enregistrement d’un courrier, la feuille de présence et les changements de page font exception).',
    'Hors connexion, enregistrement d’un courrier, programmation d’une réunion et feuille de présence, les champs en erreur ne sont pas signalés comme invalides ni reliés à leur message d’erreur.',
    'À 320 pixels de large, la page d’une réunion défile horizontalement ; avec un texte agrandi à 200 %, les listes de présence n’affichent qu’une lettre.',
  ],
} as const;
