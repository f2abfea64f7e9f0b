import type { TFunction } from 'i18next';

export type DateStyle = 'long' | 'medium' | 'month-year' | 'month-year-short';

/**
 * Dates in the learner's language from our own translated month names. Chromium (and so
 * Electron) ships without Welsh date data: `Intl.DateTimeFormat('cy')` silently falls back to
 * American English ("March 2, 2026"), so the renderer cannot rely on it.
 *
 * `zone: 'utc'` is for calendar dates (an expiry day, stored as midnight UTC) so no time zone
 * moves them a day; instants (when something was signed) are shown in local time.
 */
export function formatDate(
  t: TFunction,
  value: string | Date,
  style: DateStyle,
  zone: 'utc' | 'local' = 'local',
): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  const utc = zone === 'utc';
  const day = utc ? date.getUTCDate() : date.getDate();
  const month = (utc ? date.getUTCMonth() : date.getMonth()) + 1;
  const year = utc ? date.getUTCFullYear() : date.getFullYear();
  const short = style === 'medium' || style === 'month-year-short';
  const monthName = t(`common:dates.${short ? 'monthsShort' : 'months'}.${month}`);
  // Chart labels are narrow: the short form writes the year with two digits ("Mar 26").
  if (style === 'month-year-short') {
    return t('common:dates.monthYear', { month: monthName, year: String(year).slice(-2) });
  }
  if (style === 'month-year') return t('common:dates.monthYear', { month: monthName, year });
  return t('common:dates.long', { day, month: monthName, year });
}

/** The same, shaped like an `Intl.DateTimeFormat` for code that formats many dates in a loop. */
export function dateFormatter(t: TFunction, style: DateStyle, zone: 'utc' | 'local' = 'local') {
  return { format: (date: Date) => formatDate(t, date, style, zone) };
}
