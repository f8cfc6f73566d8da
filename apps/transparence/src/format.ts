export { formatFigure } from '@qualipref/public-results';

/** « 15 octobre 2026 », « 1er décembre 2026 », on the site's clock. */
export function formatDay(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  const parts = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatToParts(date);
  return parts.map((p) => (p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
}

export function formatInstant(instant: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).formatToParts(new Date(instant));
  return parts.map((p) => (p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
}

export const SOURCE_LABELS = { COMPUTED: 'calculé par la plateforme à partir des registres du site', IMPORTED: 'importé du système qui le mesure', ENTERED: 'saisi par le service qualité' } as const;

/** « T3 2026 », for a chart's axis. */
export const shortQuarter = (quarter: string) => `${quarter.slice(5)} ${quarter.slice(0, 4)}`;
