// @vitest-environment jsdom
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../renderer/i18n/format-date';
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

describe('dates in the learner’s language, whatever the browser’s date data', () => {
  it.each([
    ['en-GB', 'long', '2 March 2026'],
    ['en-GB', 'medium', '2 Mar 2026'],
    ['en-GB', 'month-year', 'March 2026'],
    ['cy', 'long', '2 Mawrth 2026'],
    ['cy', 'medium', '2 Maw 2026'],
    ['cy', 'month-year', 'Mawrth 2026'],
    ['cy', 'month-year-short', 'Maw 26'],
  ] as const)('%s %s → %s', async (locale, style, expected) => {
    await i18n.changeLanguage(locale);
    expect(formatDate(i18n.t, '2026-03-02T00:00:00Z', style, 'utc')).toBe(expected);
  });

  it('a calendar date at midnight UTC stays on its day in UTC', async () => {
    await i18n.changeLanguage('en-GB');
    expect(formatDate(i18n.t, '2027-12-31T00:00:00Z', 'long', 'utc')).toBe('31 December 2027');
  });

  it('an unreadable date shows nothing rather than "Invalid Date"', () => {
    expect(formatDate(i18n.t, 'not a date', 'long')).toBe('');
  });
});
