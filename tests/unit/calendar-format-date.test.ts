import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatCalendarDate, formatInstant } from '../../common/calendar/format-date';
import cyCommon from '../../common/locales/cy/common.json';
import enCommon from '../../common/locales/en-GB/common.json';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'en-GB',
    resources: { 'en-GB': { common: enCommon }, cy: { common: cyCommon } },
    interpolation: { escapeValue: false },
  });
});

describe('dates in the reader’s language, whatever the runtime’s date data', () => {
  it.each([
    ['en-GB', 'long', '2 March 2026'],
    ['en-GB', 'medium', '2 Mar 2026'],
    ['en-GB', 'month-year', 'March 2026'],
    ['en-GB', 'month-year-short', 'Mar 26'],
    ['cy', 'long', '2 Mawrth 2026'],
    ['cy', 'medium', '2 Maw 2026'],
    ['cy', 'month-year', 'Mawrth 2026'],
    ['cy', 'month-year-short', 'Maw 26'],
  ] as const)('%s %s → %s', async (locale, style, expected) => {
    await i18n.changeLanguage(locale);
    expect(formatCalendarDate(i18n.t, '2026-03-02', style)).toBe(expected);
  });

  it('a day is printed as it is, never moved by a time zone', async () => {
    await i18n.changeLanguage('en-GB');
    expect(formatCalendarDate(i18n.t, '2027-12-31', 'long')).toBe('31 December 2027');
  });

  it.each([
    ['2026-05-31T23:30:00Z', 'Europe/London', '1 June 2026', '00:30 BST'],
    ['2026-05-31T23:30:00Z', 'UTC', '31 May 2026', 'the same moment in UTC'],
    ['2026-12-31T23:30:00Z', 'Europe/London', '31 December 2026', 'GMT on New Year’s Eve'],
  ])('%s in %s is written %s (%s)', async (at, zone, expected) => {
    await i18n.changeLanguage('en-GB');
    expect(formatInstant(i18n.t, at, 'long', zone)).toBe(expected);
  });

  it.each(['not a date', '2026-02-30', ''])('an unreadable day %j shows nothing', (value) => {
    expect(formatCalendarDate(i18n.t, value, 'long')).toBe('');
    expect(formatInstant(i18n.t, value, 'long', 'Europe/London')).toBe('');
  });

  it('an unknown time zone shows nothing rather than throwing in a screen', () => {
    expect(formatInstant(i18n.t, '2026-03-02T10:00:00Z', 'long', 'Mars/Olympus_Mons')).toBe('');
  });
});
