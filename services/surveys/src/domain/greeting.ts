import { Civility, PanelOffice } from './enums.js';

const OFFICES: Record<PanelOffice, Record<Civility, string>> = {
  [PanelOffice.MAYOR]: { [Civility.MADAME]: 'Madame la Maire', [Civility.MONSIEUR]: 'Monsieur le Maire' },
  [PanelOffice.PRESIDENT]: { [Civility.MADAME]: 'Madame la Présidente', [Civility.MONSIEUR]: 'Monsieur le Président' },
};

/**
 * How a letter to a panel member opens: by civility and office (« Monsieur le Président » for an
 * EPCI's president, « Madame la Maire »), by civility alone for other positions, and
 * « Madame, Monsieur » only when the civility is unknown.
 */
export function greeting(member: { civility?: `${Civility}` | null; office?: `${PanelOffice}` | null }): string {
  const civility = member.civility as Civility | null | undefined;
  if (!civility) return 'Madame, Monsieur,';
  if (member.office) return `${OFFICES[member.office as PanelOffice][civility]},`;
  return civility === Civility.MADAME ? 'Madame,' : 'Monsieur,';
}
