import { DomainError } from '../errors';

/**
 * Calendar-date arithmetic on UTC dates written as YYYY-MM-DD. Everything here works on whole
 * days so a record signed late in the evening is never a day out because of the local timezone.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC calendar date of an instant (or of an ISO datetime string such as `signedAt`). */
export function utcDateOf(instant: Date | string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) {
    throw new DomainError('status-bad-date', 'errors.status.badDate', { value: String(instant) });
  }
  return date.toISOString().slice(0, 10);
}

function dayNumber(isoDate: string): number {
  const match = ISO_DATE.exec(isoDate);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  // Date.UTC rolls 2026-02-30 over to March; a round trip catches dates that do not exist.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== isoDate) {
    throw new DomainError('status-bad-date', 'errors.status.badDate', { value: isoDate });
  }
  return ms / DAY_MS;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Adds calendar months, keeping the day of the month where it exists and otherwise using the
 * month's last day: 31 January + 1 month is 28 (or 29) February; 29 February + 12 months is
 * 28 February. This matches how people read "valid for a year".
 */
export function addMonthsUtc(isoDate: string, months: number): string {
  const start = new Date(dayNumber(isoDate) * DAY_MS);
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(start.getUTCDate(), lastDay);
  return new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
}
