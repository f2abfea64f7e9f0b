import { DomainError } from '../errors/domain-error';
import { DUE_SOON_DAYS, type PersonStatus } from '../status/person-status';
import { addDays, addMonths, daysBetween } from './calendar-date';
import { dateInZone, instantMs, startOfDayInZone } from './time-zone';

/**
 * The organisation's calendar: every date rule of the app, in one place, for every caller (signing,
 * certificates, the lead's status board, record filters, retention, verification). All of them
 * read instants on the wall calendar of ONE time zone, the `timeZone` setting, so a record signed
 * at 00:30 on 1 June in London is issued on 1 June, expires on 1 June, and is due (not overdue)
 * on 1 June, whatever zone the computer or UTC says.
 */

/** The longest interval a certificate may run for; settings allow less (see settings-schema). */
export const MAX_EXPIRY_MONTHS = 120;

/** The day something happened (a signing, a completion) on the organisation's calendar. */
export function issueDate(at: string, timeZone: string): string {
  return dateInZone(at, timeZone);
}

/** Today on the organisation's calendar. */
export function todayIn(timeZone: string, now: Date): string {
  return dateInZone(now, timeZone);
}

/**
 * The day a certificate expires and the refresher falls due: `months` calendar months after the
 * day it was signed (see `addMonths` for 31 January and 29 February).
 */
export function expiryDate(signedAt: string, months: number, timeZone: string): string {
  if (!Number.isInteger(months) || months < 1 || months > MAX_EXPIRY_MONTHS) {
    throw new DomainError('CALENDAR_INVALID_MONTHS', 'errors.records.invalidRefresherMonths', {
      months: String(months),
    });
  }
  return addMonths(issueDate(signedAt, timeZone), months);
}

export type DueStatus = Exclude<PersonStatus, 'never'>;

/** Due today counts as due soon; overdue starts the day after. */
export function dueStatus(dueOn: string, today: string): DueStatus {
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'current';
}

/** A certificate is valid through its expiry day and expired from the day after. */
export function hasExpired(expiresOn: string, today: string): boolean {
  return daysBetween(today, expiresOn) < 0;
}

/**
 * Retention: a record signed on 1 March 2020 with 5 years' retention is due for review from
 * 1 March 2025 inclusive.
 */
export function retentionReached(
  signedAt: string,
  years: number,
  today: string,
  timeZone: string,
): boolean {
  return daysBetween(addMonths(issueDate(signedAt, timeZone), years * 12), today) >= 0;
}

/**
 * The instants an inclusive range of calendar days covers, as [start, end) in epoch ms, so a
 * filter compares each record once with two numbers instead of converting every record's time.
 */
export function dayRange(
  from: string | undefined,
  to: string | undefined,
  timeZone: string,
): { start: number; end: number } {
  return {
    start: from ? startOfDayInZone(from, timeZone) : -Infinity,
    end: to ? startOfDayInZone(addDays(to, 1), timeZone) : Infinity,
  };
}

/** True when the instant falls within the range from `dayRange`. */
export function withinDayRange(at: string, range: { start: number; end: number }): boolean {
  const ms = instantMs(at);
  return ms >= range.start && ms < range.end;
}
