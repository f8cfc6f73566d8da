/** The legal pages every page's footer links to, readable with or without signing in. */
export const LEGAL_PAGES = {
  accessibility: { path: '/accessibilite', title: 'Déclaration d’accessibilité' },
  legalNotice: { path: '/mentions-legales', title: 'Mentions légales' },
  personalData: { path: '/donnees-personnelles', title: 'Données personnelles' },
} as const;

export type LegalPageKey = keyof typeof LEGAL_PAGES;

/** The legal page at a path, if any (a trailing slash allowed). */
export function legalPageAt(pathname: string): LegalPageKey | null {
  const path = pathname.replace(/\/+$/, '') || '/';
  const found = (Object.keys(LEGAL_PAGES) as LegalPageKey[]).find((key) => LEGAL_PAGES[key].path === path);
  return found ?? null;
}
