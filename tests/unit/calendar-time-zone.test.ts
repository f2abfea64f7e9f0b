import { describe, expect, it } from 'vitest';
import { dayRange, withinDayRange } from '../../common/calendar/org-calendar';
import {
  dateInZone,
  isKnownTimeZone,
  startOfDayInZone,
  timeZoneChoices,
} from '../../common/calendar/time-zone';

const DAY_MS = 86_400_000;
const ZONES = Intl.supportedValuesOf('timeZone');

/** Node's full ICU as the independent reference (the code under test reads numbers only). */
const references = new Map<string, { date: Intl.DateTimeFormat; offset: Intl.DateTimeFormat }>();
function reference(timeZone: string) {
  let formats = references.get(timeZone);
  if (!formats) {
    formats = {
      date: new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }),
      offset: new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }),
    };
    references.set(timeZone, formats);
  }
  return formats;
}

function referenceDate(ms: number, timeZone: string): string {
  return reference(timeZone).date.format(ms);
}

function referenceOffset(ms: number, timeZone: string): string {
  const parts = reference(timeZone).offset.formatToParts(ms);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
}

describe('the first moment of a day in a time zone', () => {
  it.each([
    ['2026-06-01', 'Europe/London', '2026-05-31T23:00:00.000Z', 'midnight BST'],
    ['2026-01-15', 'Europe/London', '2026-01-15T00:00:00.000Z', 'midnight GMT'],
    ['2026-03-29', 'Europe/London', '2026-03-29T00:00:00.000Z', 'the day clocks go forward'],
    ['2026-03-30', 'Europe/London', '2026-03-29T23:00:00.000Z', 'the day after'],
    ['2026-10-25', 'Europe/London', '2026-10-24T23:00:00.000Z', 'the day clocks go back'],
    ['2026-10-26', 'Europe/London', '2026-10-26T00:00:00.000Z', 'the day after'],
    ['2018-11-04', 'America/Sao_Paulo', '2018-11-04T03:00:00.000Z', 'midnight skipped: 01:00'],
    ['2024-11-03', 'America/Havana', '2024-11-03T04:00:00.000Z', 'midnight twice: the first'],
    ['2026-10-04', 'Australia/Lord_Howe', '2026-10-03T13:30:00.000Z', 'a half-hour change'],
  ])('%s in %s begins at %s (%s)', (date, zone, expected) => {
    expect(new Date(startOfDayInZone(date, zone)).toISOString()).toBe(expected);
  });

  it('is, in every zone, the earliest instant that falls on that day', () => {
    // The 1st and the 28th of every month of 2026.
    const days = Array.from({ length: 24 }, (_, i) => {
      const month = String(Math.floor(i / 2) + 1).padStart(2, '0');
      return `2026-${month}-${i % 2 ? '28' : '01'}`;
    });
    const wrong: string[] = [];
    for (const zone of ZONES) {
      for (const day of days) {
        const start = startOfDayInZone(day, zone);
        if (referenceDate(start, zone) !== day || referenceDate(start - 1, zone) === day) {
          wrong.push(`${zone} ${day}: ${new Date(start).toISOString()}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('the day an instant falls on', () => {
  it('agrees with the full ICU reference in every zone, across every clock change of 2026', () => {
    const year = Date.UTC(2026, 0, 1);
    const wrong: string[] = [];
    for (const zone of ZONES) {
      const instants: number[] = [];
      const offsets = Array.from({ length: 367 }, (_, day) =>
        referenceOffset(year + day * DAY_MS, zone),
      );
      for (let day = 0; day < 366; day += 1) {
        const midnight = year + day * DAY_MS;
        if (offsets[day] !== offsets[day + 1]) {
          // A day the clocks change: every 17 minutes from an hour before to two hours after.
          for (let minute = -60; minute < 26 * 60; minute += 17) {
            instants.push(midnight + minute * 60_000);
          }
        } else if (day % 37 === 0) {
          instants.push(midnight + 13 * 3_600_000 + 7 * 60_000);
        }
      }
      for (const ms of instants) {
        const date = dateInZone(new Date(ms), zone);
        if (date !== referenceDate(ms, zone)) {
          wrong.push(`${zone} ${new Date(ms).toISOString()}: ${date}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses an unreadable moment with a clear error', () => {
    expect(() => dateInZone('not a date', 'UTC')).toThrow(
      expect.objectContaining({ code: 'CALENDAR_INVALID_DATE' }),
    );
  });
});

describe('which zones the settings accept and offer', () => {
  it.each(['Europe/London', 'UTC', 'America/New_York', 'Pacific/Auckland'])('%s is known', (z) => {
    expect(isKnownTimeZone(z)).toBe(true);
  });

  it.each(['', 'Mars/Olympus_Mons', 'GMT+25', 'Europe/London; rm -rf'])('%j is not', (zone) => {
    expect(isKnownTimeZone(zone)).toBe(false);
  });

  it('offers every zone, UTC and the one in use, once each, sorted', () => {
    const choices = timeZoneChoices('Europe/London');
    expect(choices).toContain('UTC');
    expect(choices.filter((zone) => zone === 'Europe/London')).toHaveLength(1);
    expect(choices).toEqual([...choices].sort());
    expect(timeZoneChoices('Etc/GMT-3')).toContain('Etc/GMT-3');
  });
});

describe('a range of days, as the records filter reads it', () => {
  const juneFirst = dayRange('2026-06-01', '2026-06-01', 'Europe/London');

  it.each([
    ['2026-05-31T22:59:59.999Z', false, 'a moment before midnight BST'],
    ['2026-05-31T23:00:00.000Z', true, 'midnight BST exactly'],
    ['2026-05-31T23:30:00.000Z', true, '00:30 BST, still 31 May in UTC'],
    ['2026-06-01T22:59:59.999Z', true, 'the last moment of 1 June'],
    ['2026-06-01T23:00:00.000Z', false, 'midnight at the end of 1 June'],
  ])('%s is within 1 June in London: %s (%s)', (at, within) => {
    expect(withinDayRange(at, juneFirst)).toBe(within);
  });

  it('leaves an open end open', () => {
    const from = dayRange('2026-06-01', undefined, 'UTC');
    expect(withinDayRange('2099-01-01T00:00:00Z', from)).toBe(true);
    const to = dayRange(undefined, '2026-06-01', 'UTC');
    expect(withinDayRange('1999-01-01T00:00:00Z', to)).toBe(true);
    expect(withinDayRange('2026-06-02T00:00:00Z', to)).toBe(false);
  });
});
