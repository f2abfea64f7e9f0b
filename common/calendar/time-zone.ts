import { DomainError } from '../errors/domain-error';
import { dateParts, formatDateParts, invalidDate } from './calendar-date';

/**
 * Which calendar day an instant falls on in the organisation's time zone, and when a day begins.
 *
 * Only Intl's time-zone data is used here (the IANA offsets, which Chromium, Electron and Node
 * with small-icu all carry), through an `en-US` formatter asked for numeric parts only. Locale
 * data (month names, date patterns) differs between runtimes: Chromium has none for Welsh. So no
 * name ever comes from Intl; `format-date.ts` takes them from our own locale files.
 */

export const DEFAULT_TIME_ZONE = 'Europe/London';

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function numericFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        calendar: 'gregory',
        numberingSystem: 'latn',
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new DomainError('CALENDAR_INVALID_TIME_ZONE', 'errors.records.invalidTimeZone', {
        value: timeZone,
      });
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for an IANA zone this runtime knows, e.g. `Europe/London` or `UTC`. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    numericFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The zones to offer in a list: every zone the runtime knows, plus UTC and the current one. */
export function timeZoneChoices(current: string): string[] {
  const known =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([current, 'UTC', ...known])].sort();
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(ms: number, timeZone: string): WallClock {
  const values: Record<string, number> = {};
  for (const part of numericFormatter(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  const { year, month, day, hour, minute, second } = values;
  if ([year, month, day, hour, minute, second].some((v) => v === undefined || Number.isNaN(v))) {
    throw invalidDate(new Date(ms).toISOString());
  }
  return { year, month, day, hour, minute, second } as WallClock;
}

/** Milliseconds the zone's wall clock is ahead of UTC at that instant (+3,600,000 in BST). */
function offsetAt(ms: number, timeZone: string): number {
  const wall = wallClock(ms, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - (ms - (((ms % 1000) + 1000) % 1000));
}

/** An instant as milliseconds; a string must be an ISO date-time (a bare date is ambiguous). */
export function instantMs(instant: string | Date): number {
  const ms =
    typeof instant === 'string'
      ? /^\d{4}-\d{2}-\d{2}T/.test(instant)
        ? Date.parse(instant)
        : NaN
      : instant.getTime();
  if (Number.isNaN(ms)) throw invalidDate(instant);
  return ms;
}

/**
 * Offsets at UTC midnights, per zone: the lead's board reads 100,000 signings, and one Intl call
 * each costs far more than the arithmetic. Clock changes are at most a few a year, so the two
 * midnights around an instant almost always agree, and then that offset holds all day between.
 */
const midnightOffsets = new Map<string, Map<number, number>>();

function offsetAtUtcMidnight(dayIndex: number, timeZone: string): number {
  let offsets = midnightOffsets.get(timeZone);
  if (!offsets) midnightOffsets.set(timeZone, (offsets = new Map()));
  let offset = offsets.get(dayIndex);
  if (offset === undefined) {
    if (offsets.size > 100_000) offsets.clear();
    offset = offsetAt(dayIndex * DAY_MS, timeZone);
    offsets.set(dayIndex, offset);
  }
  return offset;
}

/** The calendar date (YYYY-MM-DD) an instant falls on in the zone. */
export function dateInZone(instant: string | Date, timeZone: string): string {
  const ms = instantMs(instant);
  const dayIndex = Math.floor(ms / DAY_MS);
  const offset = offsetAtUtcMidnight(dayIndex, timeZone);
  if (offset === offsetAtUtcMidnight(dayIndex + 1, timeZone)) {
    const wall = new Date(ms + offset);
    if (!Number.isNaN(wall.getTime())) return wall.toISOString().slice(0, 10);
  }
  // The clocks change on this UTC day: ask Intl about this very instant.
  const { year, month, day } = wallClock(ms, timeZone);
  return formatDateParts({ year, month, day });
}

/**
 * The first instant (epoch ms) of a calendar day in the zone: its local midnight, the earlier one
 * if clocks went back over midnight, or the moment clocks jumped forward if midnight was skipped
 * that day (some zones change at 00:00). At most one clock change is assumed within a day of it.
 */
export function startOfDayInZone(date: string, timeZone: string): number {
  const { year, month, day } = dateParts(date);
  const midnightAsUtc = Date.UTC(year, month - 1, day);
  const readings = [
    midnightAsUtc - offsetAt(midnightAsUtc - DAY_MS, timeZone),
    midnightAsUtc - offsetAt(midnightAsUtc + DAY_MS, timeZone),
  ];
  const real = readings.filter((ms) => offsetAt(ms, timeZone) === midnightAsUtc - ms);
  if (real.length > 0) return Math.min(...real);
  // Midnight never happened: the day began at the jump, which lies between the two readings.
  let before = Math.min(...readings);
  let after = Math.max(...readings);
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (dateInZone(new Date(middle), timeZone) < date) before = middle;
    else after = middle;
  }
  return after;
}
