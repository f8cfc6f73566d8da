export { formatFigure } from '@qualipref/public-results';

/** The day an instant falls on, on a clock: « 15 octobre 2026 », « 1er décembre 2026 ». */
export function formatInstant(instant: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).formatToParts(new Date(instant));
  return parts.map((p) => (p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
}

/** A calendar day (YYYY-MM-DD) as a person reads it, whatever the browser's clock. */
export const formatDay = (day: string): string => formatInstant(`${day}T12:00:00Z`, 'UTC');

export const SOURCE_LABELS = { COMPUTED: 'calculé par la plateforme à partir des registres du site', IMPORTED: 'importé du système qui le mesure', ENTERED: 'saisi par le service qualité' } as const;

/** « T3 2026 », for a chart's axis. */
export const shortQuarter = (quarter: string) => `${quarter.slice(5)} ${quarter.slice(0, 4)}`;
