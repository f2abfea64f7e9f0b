import { DomainError } from '../errors';

/**
 * The calendar date (YYYY-MM-DD) `months` after the day the agreement was signed, in the given
 * time zone (the date on the signer's wall calendar, not in UTC). When the target month is
 * shorter, the date clamps to its last day: 31 January + 1 month is 28 (or 29) February, so a
 * certificate never runs past the month it is due in.
 */
export function expiryDate(
  signedAtIso: string,
  months: number,
  timeZone = 'Europe/London',
): string {
  if (!Number.isInteger(months) || months < 1 || months > 120) {
    throw new DomainError('EXPIRY_INVALID_MONTHS', 'errors.records.invalidRefresherMonths', {
      months: String(months),
    });
  }
  const signedAt = new Date(signedAtIso);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(signedAtIso) || Number.isNaN(signedAt.getTime())) {
    throw new DomainError('EXPIRY_INVALID_DATE', 'errors.records.invalidDate', {
      value: signedAtIso,
    });
  }
  const { year, month, day } = calendarDate(signedAt, timeZone);
  const monthIndex = month - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${targetYear}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}

function calendarDate(at: Date, timeZone: string): { year: number; month: number; day: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(at);
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
