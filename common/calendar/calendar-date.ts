import { DomainError } from '../errors/domain-error';

/**
 * Arithmetic on calendar dates written `YYYY-MM-DD`: a day on a wall calendar, with no time and
 * no time zone. Which day an instant falls on is the time zone's business (see `time-zone.ts`);
 * once it is a calendar date, adding months or counting days is plain Gregorian arithmetic, done
 * here on whole days so no clock change can make a day 23 or 25 hours long.
 */

export interface DateParts {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function invalidDate(value: unknown): DomainError {
  return new DomainError('CALENDAR_INVALID_DATE', 'errors.records.invalidDate', {
    value: String(value),
  });
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The parts of a real date; 2026-02-30 and 22/11/2026 are refused. */
export function dateParts(date: string): DateParts {
  const match = ISO_DATE.exec(date);
  const parts = match
    ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
    : null;
  if (
    !parts ||
    parts.month < 1 ||
    parts.month > 12 ||
    parts.day < 1 ||
    parts.day > daysInMonth(parts.year, parts.month)
  ) {
    throw invalidDate(date);
  }
  return parts;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export function formatDateParts({ year, month, day }: DateParts): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * Adds calendar months, keeping the day of the month where it exists and otherwise using the
 * month's last day: 31 January + 1 month is 28 (or 29) February; 29 February + 12 months is
 * 28 February, + 48 months is 29 February again. This is how people read "valid for a year".
 */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = dateParts(date);
  const monthIndex = month - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = (((monthIndex % 12) + 12) % 12) + 1;
  return formatDateParts({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

function dayNumber(date: string): number {
  const { year, month, day } = dateParts(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
