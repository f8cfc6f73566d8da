/** Per-tenant settings of the working calendar. */
export interface CalendarSettings {
  /** true: "jours ouvrables", Monday to Saturday; false (default): "jours ouvrés", Monday to Friday. */
  readonly saturdayWorked: boolean;
  /** true when Whit Monday is worked as the "journée de solidarité"; false (default): it stays a day off. */
  readonly whitMondayWorked: boolean;
  /** Local time `HH:MM` (00:00–23:59, in the tenant's time zone) from which an item counts as received on the next working day. */
  readonly closingTime: string;
}

export const DEFAULT_SETTINGS: CalendarSettings = Object.freeze({ saturdayWorked: false, whitMondayWorked: false, closingTime: '17:00' });

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Seconds from midnight to `closingTime`; throws on anything but a valid `HH:MM`. */
export function closingSecondOfDay(closingTime: unknown): number {
  if (typeof closingTime !== 'string') throw new TypeError(`Invalid closing time: expected an "HH:MM" string, got ${typeof closingTime}.`);
  const match = TIME_PATTERN.exec(closingTime);
  if (!match) throw new RangeError(`Invalid closing time "${closingTime}": expected HH:MM between 00:00 and 23:59.`);
  return Number(match[1]) * 3600 + Number(match[2]) * 60;
}

/** Completes `settings` with {@link DEFAULT_SETTINGS} and validates them (they may come from untyped JSON). */
export function resolveSettings(settings: Partial<CalendarSettings> = {}): CalendarSettings {
  const resolved = {
    saturdayWorked: settings.saturdayWorked ?? DEFAULT_SETTINGS.saturdayWorked,
    whitMondayWorked: settings.whitMondayWorked ?? DEFAULT_SETTINGS.whitMondayWorked,
    closingTime: settings.closingTime ?? DEFAULT_SETTINGS.closingTime,
  };
  for (const key of ['saturdayWorked', 'whitMondayWorked'] as const) {
    if (typeof resolved[key] !== 'boolean') throw new TypeError(`Invalid setting ${key}: expected a boolean, got ${typeof resolved[key]}.`);
  }
  closingSecondOfDay(resolved.closingTime);
  return Object.freeze(resolved);
}
