import { PARIS_TIME_ZONE, TenantClock } from '@qualipref/calendar';

/** The clock of a tenant (or of an anonymous caller, `null`): its time zone, its working calendar, now. */
export type ClockResolver = (tenantId: string | null) => TenantClock;

/**
 * The platform's clocks: the organization subgraph stores no time zone or calendar per tenant yet, and the three
 * prefectures of the Moselle share Europe/Paris and the Alsace-Moselle holidays, so every tenant gets that clock.
 * `now` is injected so that a test can fix the current instant.
 */
export function defaultClocks(now: () => Date = () => new Date()): ClockResolver {
  const clock = new TenantClock({ timeZone: PARIS_TIME_ZONE, now });
  return () => clock;
}
