import type { TFunction } from 'i18next';
import { dateParts } from './calendar-date';
import { dateInZone } from './time-zone';

export type DateStyle = 'long' | 'medium' | 'month-year' | 'month-year-short';

/**
 * Dates in words, the same in main (certificates, PDFs) and in the renderer, from our own month
 * names (`common:dates.*` in common/locales) through i18next's `t`. Never `Intl` for names:
 * Chromium, and so Electron, ships without Welsh date data, and `Intl.DateTimeFormat('cy')`
 * quietly answers in American English ("March 2, 2026"). Which day an instant falls on comes
 * from the organisation's time zone (`dateInZone`), which needs only Intl's time-zone data.
 *
 * Anything unreadable formats as '' rather than "Invalid Date".
 */
export function formatCalendarDate(t: TFunction, date: string, style: DateStyle): string {
  let parts;
  try {
    parts = dateParts(date);
  } catch {
    return '';
  }
  const { year, month, day } = parts;
  const short = style === 'medium' || style === 'month-year-short';
  const monthName = t(`common:dates.${short ? 'monthsShort' : 'months'}.${month}`);
  // Chart labels are narrow: the short form writes the year with two digits ("Mar 26").
  if (style === 'month-year-short') {
    return t('common:dates.monthYear', { month: monthName, year: String(year).slice(-2) });
  }
  if (style === 'month-year') return t('common:dates.monthYear', { month: monthName, year });
  return t('common:dates.long', { day, month: monthName, year });
}

/** An instant (when something was signed or completed) on the organisation's calendar. */
export function formatInstant(
  t: TFunction,
  instant: string | Date,
  style: DateStyle,
  timeZone: string,
): string {
  let date;
  try {
    date = dateInZone(instant, timeZone);
  } catch {
    return '';
  }
  return formatCalendarDate(t, date, style);
}
