/** « 1er décembre 2026 », « 23 novembre 2015 », on the tenant's clock. */
export function dateFr(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).formatToParts(date);
  return parts.map((p) => (p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
}

/** « 10 h 00 », on the tenant's clock. */
export function timeFr(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone }).format(date).replace(':', ' h ');
}
