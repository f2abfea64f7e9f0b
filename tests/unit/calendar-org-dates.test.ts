import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween } from '../../common/calendar/calendar-date';
import {
  dueStatus,
  expiryDate,
  hasExpired,
  issueDate,
  retentionReached,
  todayIn,
} from '../../common/calendar/org-calendar';
import { DomainError } from '../../common/errors/domain-error';

const LONDON = 'Europe/London';

describe('the day a record is issued on the organisation’s calendar', () => {
  it.each([
    // The clocks go forward at 01:00 UTC on the last Sunday of March (29 March 2026).
    ['2026-03-28T23:30:00Z', LONDON, '2026-03-28', 'the evening before the spring change (GMT)'],
    ['2026-03-29T00:30:00Z', LONDON, '2026-03-29', '00:30 GMT, half an hour before the change'],
    ['2026-03-29T01:30:00Z', LONDON, '2026-03-29', '02:30 BST, just after the change'],
    // The clocks go back at 01:00 UTC on the last Sunday of October (25 October 2026).
    ['2026-10-24T23:30:00Z', LONDON, '2026-10-25', '00:30 BST: still 24 October in UTC'],
    ['2026-10-25T00:30:00Z', LONDON, '2026-10-25', 'the first 01:30 (BST)'],
    ['2026-10-25T01:30:00Z', LONDON, '2026-10-25', 'the second 01:30 (GMT)'],
    ['2026-10-25T02:30:00Z', LONDON, '2026-10-25', '02:30 GMT, after the change'],
    // Midnight exactly belongs to the day it starts.
    ['2026-05-31T23:00:00.000Z', LONDON, '2026-06-01', 'midnight BST exactly'],
    ['2026-05-31T22:59:59.999Z', LONDON, '2026-05-31', 'a millisecond before midnight BST'],
    ['2027-01-01T00:00:00.000Z', LONDON, '2027-01-01', 'midnight GMT exactly'],
    // 23:30 UTC on New Year's Eve.
    ['2026-12-31T23:30:00Z', LONDON, '2026-12-31', 'London is on GMT in winter'],
    ['2026-12-31T23:30:00Z', 'Europe/Paris', '2027-01-01', 'Paris is already in the new year'],
    ['2026-12-31T23:30:00Z', 'UTC', '2026-12-31', 'UTC'],
    ['2026-06-30T23:30:00Z', 'America/New_York', '2026-06-30', 'a zone behind UTC'],
    ['2026-03-01T00:30:00+01:00', 'UTC', '2026-02-28', 'an instant written with an offset'],
  ])('%s in %s is issued on %s (%s)', (signedAt, zone, expected) => {
    expect(issueDate(signedAt, zone)).toBe(expected);
  });

  it('reads today in the same zone', () => {
    expect(todayIn(LONDON, new Date('2027-05-31T23:30:00Z'))).toBe('2027-06-01');
    expect(todayIn('UTC', new Date('2027-05-31T23:30:00Z'))).toBe('2027-05-31');
  });
});

describe('when a certificate expires and the refresher falls due', () => {
  it.each([
    ['2026-03-02T10:00:00Z', 12, 'UTC', '2027-03-02', 'a plain year'],
    ['2026-01-31T10:00:00Z', 1, 'UTC', '2026-02-28', '31 Jan + 1 month clamps to 28 Feb'],
    ['2027-01-31T10:00:00Z', 1, 'UTC', '2027-02-28', 'a non-leap February'],
    ['2028-01-31T10:00:00Z', 1, 'UTC', '2028-02-29', 'a leap-year February'],
    ['2028-02-29T10:00:00Z', 12, 'UTC', '2029-02-28', '29 Feb + 1 year clamps to 28 Feb'],
    ['2028-02-29T10:00:00Z', 48, 'UTC', '2032-02-29', '29 Feb + 4 years: leap day to leap day'],
    ['2026-08-31T10:00:00Z', 6, 'UTC', '2027-02-28', '31 Aug + 6 months crosses the year'],
    ['2026-03-31T10:00:00Z', 1, 'UTC', '2026-04-30', '31 Mar + 1 month clamps to 30 Apr'],
    ['2026-12-15T10:00:00Z', 1, 'UTC', '2027-01-15', 'December rolls into January'],
    ['2026-11-30T10:00:00Z', 24, 'UTC', '2028-11-30', 'two years'],
    ['2026-06-30T23:30:00Z', 12, LONDON, '2027-07-01', 'late evening UTC is next day in BST'],
    ['2026-06-30T23:30:00Z', 12, 'UTC', '2027-06-30', 'the same moment read in UTC'],
    ['2026-01-31T23:30:00Z', 1, LONDON, '2026-02-28', 'GMT in winter equals UTC'],
    ['2026-05-31T23:30:00Z', 12, LONDON, '2027-06-01', '00:30 BST on 1 June'],
    ['2028-02-28T23:30:00Z', 12, LONDON, '2029-02-28', '23:30 GMT on 28 Feb of a leap year'],
    ['2028-02-28T23:30:00Z', 12, 'Europe/Paris', '2029-02-28', '00:30 on 29 Feb in Paris'],
    ['2026-12-31T23:30:00Z', 12, 'Europe/Paris', '2028-01-01', 'New Year in Paris'],
    ['2026-10-24T23:30:00Z', 1, LONDON, '2026-11-25', 'signed in the hour before clocks go back'],
  ])('signed %s + %i months in %s expires %s (%s)', (signedAt, months, zone, expected) => {
    expect(expiryDate(signedAt, months, zone)).toBe(expected);
  });

  it.each([0, -1, 1.5, 121, Number.NaN])('refuses a refresher interval of %s months', (months) => {
    expect(() => expiryDate('2026-01-01T00:00:00Z', months, 'UTC')).toThrow(
      expect.objectContaining({ code: 'CALENDAR_INVALID_MONTHS' }),
    );
  });

  it.each(['', 'yesterday', '2026-13-45T00:00:00Z', '2026-03-02'])(
    'refuses the signing time %j',
    (signedAt) => {
      expect(() => expiryDate(signedAt, 12, 'UTC')).toThrow(
        expect.objectContaining({ code: 'CALENDAR_INVALID_DATE' }),
      );
    },
  );

  it('refuses a time zone the computer does not know, with a message for the lead', () => {
    expect(() => expiryDate('2026-01-01T00:00:00Z', 12, 'Mars/Olympus_Mons')).toThrow(
      expect.objectContaining({
        code: 'CALENDAR_INVALID_TIME_ZONE',
        i18nKey: 'errors.records.invalidTimeZone',
      }),
    );
  });
});

describe('adding calendar months to a day', () => {
  it.each([
    ['2025-03-15', 12, '2026-03-15', 'an ordinary date a year on'],
    ['2024-02-29', 12, '2025-02-28', 'a leap day lands on 28 February in a common year'],
    ['2024-02-29', 48, '2028-02-29', 'a leap day lands on a leap day four years on'],
    ['2026-01-31', 1, '2026-02-28', '31 January plus a month is the end of February'],
    ['2028-01-31', 1, '2028-02-29', '…or 29 February in a leap year'],
    ['2026-08-31', 6, '2027-02-28', 'a month end carries to a shorter month end'],
    ['2026-03-31', 1, '2026-04-30', '31 March plus a month is 30 April'],
    ['2026-12-15', 1, '2027-01-15', 'the year rolls over'],
    ['2026-11-30', 3, '2027-02-28', 'the year rolls over into a short month'],
    ['2026-01-01', 60, '2031-01-01', 'the longest interval the settings allow'],
    ['2026-03-15', -3, '2025-12-15', 'going back over the year'],
  ])('%s + %i months = %s (%s)', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });
});

describe('whole days between calendar dates', () => {
  it.each([
    ['2026-11-22', '2026-11-22', 0],
    ['2026-11-22', '2026-12-22', 30],
    ['2024-02-28', '2024-03-01', 2],
    ['2025-02-28', '2025-03-01', 1],
    ['2026-03-28', '2026-03-30', 2], // UK clocks change on 29 March 2026; still whole days
    ['2026-10-24', '2026-10-26', 2], // …and on 25 October
    ['2026-12-31', '2027-01-01', 1],
    ['2026-11-22', '2026-11-21', -1],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('refuses a date that does not exist', () => {
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow(DomainError);
    expect(() => daysBetween('2027-02-29', '2027-03-01')).toThrow(DomainError);
    expect(() => daysBetween('22/11/2026', '2026-03-01')).toThrow(DomainError);
  });
});

describe('status from the due date and today', () => {
  it.each([
    ['2027-01-01', '2026-11-22', 'current', 'due in 40 days'],
    ['2026-12-23', '2026-11-22', 'current', 'due in 31 days'],
    ['2026-12-22', '2026-11-22', 'due-soon', 'due in exactly 30 days'],
    ['2026-12-06', '2026-11-22', 'due-soon', 'due in 14 days'],
    ['2026-11-22', '2026-11-22', 'due-soon', 'due exactly today'],
    ['2026-11-21', '2026-11-22', 'overdue', 'due yesterday'],
    ['2025-11-22', '2026-11-22', 'overdue', 'due a year ago'],
    ['2024-03-30', '2024-02-29', 'due-soon', 'today is a leap day, due in 30 days'],
    ['2024-03-31', '2024-02-29', 'current', 'today is a leap day, due in 31 days'],
  ])('due %s, today %s → %s (%s)', (dueOn, today, expected) => {
    expect(dueStatus(dueOn, today)).toBe(expected);
  });

  it('a certificate is valid on its expiry day and expired the day after', () => {
    expect(hasExpired('2027-06-01', '2027-05-31')).toBe(false);
    expect(hasExpired('2027-06-01', '2027-06-01')).toBe(false);
    expect(hasExpired('2027-06-01', '2027-06-02')).toBe(true);
  });
});

describe('retention review', () => {
  it.each([
    ['2020-03-01T10:00:00Z', 5, '2025-02-28', false, 'the day before the anniversary'],
    ['2020-03-01T10:00:00Z', 5, '2025-03-01', true, 'on the anniversary'],
    ['2020-02-29T10:00:00Z', 1, '2021-02-28', true, 'a leap-day signing, a common year on'],
    // 00:30 BST on 1 June 2020 is 31 May in UTC: review starts 1 June, not 31 May.
    ['2020-05-31T23:30:00Z', 5, '2025-05-31', false, 'signed just after midnight BST'],
    ['2020-05-31T23:30:00Z', 5, '2025-06-01', true, 'signed just after midnight BST'],
  ])('signed %s, kept %i years, today %s → due for review: %s (%s)', (at, years, today, due) => {
    expect(retentionReached(at, years, today, LONDON)).toBe(due);
  });
});
