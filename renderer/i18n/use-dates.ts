import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatCalendarDate,
  formatInstant,
  type DateStyle,
} from '../../common/calendar/format-date';
import { useAppState } from '../app/app-state';

export interface Dates {
  /** A day already on the organisation's calendar (an expiry or due date, YYYY-MM-DD). */
  day: (date: string) => string;
  /** An instant (signed, completed, created) on the organisation's calendar. */
  instant: (at: string) => string;
}

/**
 * The app's one date formatter (common/calendar/format-date.ts) in one style, bound to the
 * current language and the organisation's time zone, so a screen shows the same day the
 * certificate prints.
 */
export function useDates(style: DateStyle): Dates {
  const { t } = useTranslation('common');
  const { timeZone } = useAppState().settings;
  return useMemo(
    () => ({
      day: (date) => formatCalendarDate(t, date, style),
      instant: (at) => formatInstant(t, at, style, timeZone),
    }),
    [t, style, timeZone],
  );
}
