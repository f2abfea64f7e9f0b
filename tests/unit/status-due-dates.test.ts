import { describe, expect, it } from 'vitest';
import { DomainError } from '../../electron/services/errors';
import { statusFor } from '../../electron/services/status/learner-status';
import { addMonthsUtc, daysBetween, utcDateOf } from '../../electron/services/status/utc-dates';

describe('adding the refresher interval to a signing date', () => {
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
    ['2026-01-01', 60, '2031-01-01', 'the longest allowed interval'],
  ])('%s + %i months = %s (%s)', (from, months, expected) => {
    expect(addMonthsUtc(from, months)).toBe(expected);
  });
});

describe('whole days between calendar dates', () => {
  it.each([
    ['2026-11-22', '2026-11-22', 0],
    ['2026-11-22', '2026-12-22', 30],
    ['2024-02-28', '2024-03-01', 2],
    ['2025-02-28', '2025-03-01', 1],
    ['2026-03-28', '2026-03-30', 2], // UK clocks change on 29 March 2026; still whole days
    ['2026-12-31', '2027-01-01', 1],
    ['2026-11-22', '2026-11-21', -1],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('rejects a date that does not exist', () => {
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow(DomainError);
    expect(() => daysBetween('22/11/2026', '2026-03-01')).toThrow(DomainError);
  });
});

describe('the calendar date of a moment is the UTC date', () => {
  it.each([
    ['2026-11-22T23:59:59.999Z', '2026-11-22'],
    ['2026-11-23T00:00:00.000Z', '2026-11-23'],
    // 00:30 on 1 March in UTC+1 is still 28 February in UTC.
    ['2026-03-01T00:30:00+01:00', '2026-02-28'],
    // 23:30 on 31 December in UTC-5 is already New Year's Day in UTC.
    ['2026-12-31T23:30:00-05:00', '2027-01-01'],
  ])('%s falls on %s', (instant, expected) => {
    expect(utcDateOf(new Date(instant))).toBe(expected);
    expect(utcDateOf(instant)).toBe(expected);
  });

  it('rejects an unreadable moment with a clear error', () => {
    expect(() => utcDateOf('not a date')).toThrow(DomainError);
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
    expect(statusFor(dueOn, today)).toBe(expected);
  });
});
