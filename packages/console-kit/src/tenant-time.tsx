import { fromWallTime, toCalendarDate, toWallTime, type CalendarDate } from '@qualipref/calendar';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { formatDate, formatDateTime, formatShortDate } from './format.js';

/**
 * The time of the viewed tenant: its « today », its instants as its clocks show them, and the
 * dates and times typed in its forms read on those clocks, whatever the browser's time zone.
 */
export interface TenantTime {
  /** IANA time zone of the tenant (`Tenant.timeZone`). */
  timeZone: string;
  /** The tenant's date today, YYYY-MM-DD. */
  today(): CalendarDate;
  /** The value of a datetime-local field for an instant (now by default), on the tenant's clocks. */
  inputValue(instant?: Date): string;
  /** The instant (ISO, UTC) that a datetime-local field's value stands for on the tenant's clocks; null when the field is not a complete date and time. */
  instantOf(value: string): string | null;
  formatDate(value: string | null | undefined): string;
  formatShortDate(value: string | null | undefined): string;
  formatDateTime(value: string | null | undefined): string;
}

export function tenantTime(timeZone: string, now: () => Date = () => new Date()): TenantTime {
  return {
    timeZone,
    today: () => toCalendarDate(now(), timeZone),
    inputValue: (instant = now()) => toWallTime(instant, timeZone),
    instantOf(value) {
      try {
        return fromWallTime(value, timeZone).toISOString();
      } catch {
        return null;
      }
    },
    formatDate: (value) => formatDate(value, timeZone),
    formatShortDate: (value) => formatShortDate(value, timeZone),
    formatDateTime: (value) => formatDateTime(value, timeZone),
  };
}

const TimeZoneContext = createContext<string | null>(null);

/** Every date and time below it is shown and read in the viewed tenant's time zone. */
export function TenantTimeZone({ timeZone, children }: { timeZone: string; children: ReactNode }) {
  return <TimeZoneContext.Provider value={timeZone}>{children}</TimeZoneContext.Provider>;
}

/** The viewed tenant's time; only inside a {@link TenantTimeZone} (the shell and each remote's router give one). */
export function useTenantTime(): TenantTime {
  const timeZone = useContext(TimeZoneContext);
  if (!timeZone) throw new Error('useTenantTime outside TenantTimeZone: the tenant’s time zone is unknown here.');
  return useMemo(() => tenantTime(timeZone), [timeZone]);
}
