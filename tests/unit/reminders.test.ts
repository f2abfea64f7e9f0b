import { describe, expect, it } from 'vitest';
import { addDays } from '../../common/calendar/calendar-date';
import { expiryDate, todayIn } from '../../common/calendar/org-calendar';
import { reminderReason } from '../../common/calendar/reminder-window';
import { buildReminderList } from '../../electron/services/reminders/reminder-list';
import {
  batchReminders,
  emailOf,
  personalReminder,
} from '../../electron/services/reminders/reminder-mail';
import { isSafeMailtoUrl } from '../../electron/security/url-rules';
import { sampleRecord } from './fixtures/sample-record';

const TZ = 'Europe/London';
// 00:30 in London on 1 June 2027 is still 31 May in UTC: the calendar, not UTC, decides.
const NOW = new Date('2027-05-31T23:30:00Z');
const today = todayIn(TZ, NOW);
const sender = { orgName: 'Riverside Youth Club', leadName: 'Morgan', leadContact: 'ext 201' };

/** A record signed so that, with a 12-month refresher, it falls due `days` from today. */
function dueIn(days: number, name: string, extra: Parameters<typeof sampleRecord>[0] = {}) {
  const signedOn = addDays(today, days);
  // Signed a year before the due day, at noon London time, so the signing day is that day.
  const signedAt = `${String(Number(signedOn.slice(0, 4)) - 1)}${signedOn.slice(4)}T11:00:00.000Z`;
  expect(expiryDate(signedAt, 12, TZ)).toBe(signedOn);
  return sampleRecord({
    learner: { fullName: name, role: 'volunteer', identifier: `${name.toLowerCase()}@example.org` },
    startedAt: signedAt,
    completedAt: signedAt,
    signedAt,
    ...extra,
  });
}

describe('who is on the reminder list', () => {
  it.each([
    ['due today', 0, 'due'],
    ['due tomorrow', 1, 'due'],
    ['due on the last day of the window', 30, 'due'],
    ['due the day after the window', 31, null],
    ['overdue since yesterday', -1, 'overdue'],
    ['overdue for a year', -365, 'overdue'],
  ] as const)('someone %s: %s', (_label, days, expected) => {
    expect(today).toBe('2027-06-01');
    expect(reminderReason(addDays(today, days), today, 30)).toBe(expected);
  });

  it('lists, per role, everyone overdue and everyone due within the window, soonest first', () => {
    const list = buildReminderList({
      records: [
        dueIn(1, 'Tomorrow'),
        dueIn(0, 'Today'),
        dueIn(-1, 'Yesterday'),
        dueIn(31, 'Later'),
        dueIn(5, 'Staff', {
          learner: { fullName: 'Staff', role: 'staff', identifier: 'staff@example.org' },
        }),
      ],
      refresherMonths: 12,
      timeZone: TZ,
      now: NOW,
      windowDays: 30,
    });
    expect(list.total).toBe(4);
    expect(list.byRole.map((g) => [g.role, g.rows.map((r) => [r.fullName, r.daysLeft])])).toEqual([
      ['staff', [['Staff', 5]]],
      [
        'volunteer',
        [
          ['Yesterday', -1],
          ['Today', 0],
          ['Tomorrow', 1],
        ],
      ],
    ]);
  });

  it('a wider window brings in the person due in 31 days', () => {
    const list = buildReminderList({
      records: [dueIn(31, 'Later')],
      refresherMonths: 12,
      timeZone: TZ,
      now: NOW,
      windowDays: 31,
    });
    expect(list.total).toBe(1);
  });
});

describe('reminder emails', () => {
  const welsh = dueIn(-1, 'Sian', {
    locale: 'cy',
    learner: { fullName: 'Siân', role: 'volunteer', identifier: 'sian@example.org' },
  });

  it('one person’s reminder is drafted in their own language and passes the link rule', () => {
    const [row] = buildReminderList({
      records: [welsh],
      refresherMonths: 12,
      timeZone: TZ,
      now: NOW,
      windowDays: 30,
    }).byRole[0]!.rows;
    const link = personalReminder(row!, sender);
    expect(link).not.toBeNull();
    expect(isSafeMailtoUrl(link!)).toBe(true);
    const url = new URL(link!);
    expect(url.pathname).toBe('sian@example.org');
    expect(url.searchParams.get('subject')).toBe(
      'Roedd y cwrs gloywi e-ddiogelwch yn ddyledus ar 31 Mai 2027',
    );
    expect(url.searchParams.get('body')).toContain('Annwyl Siân,');
  });

  it('a staff ID or an address a link would have to escape gets no email link', () => {
    expect(emailOf('STAFF-0042')).toBeNull();
    expect(emailOf('a&b@example.org')).toBeNull();
    expect(emailOf('ana?cc=boss@example.org')).toBeNull();
    expect(emailOf('ana@example.org')).toBe('ana@example.org');
  });

  it('the BCC batch is one email per language, split to stay within what mail clients take', () => {
    const rows = Array.from({ length: 120 }, (_, i) => ({
      fullName: `P${i}`,
      identifier: `person.number.${i}@example.org`,
      role: 'volunteer' as const,
      locale: i % 3 === 0 ? ('cy' as const) : ('en-GB' as const),
      dueOn: today,
      daysLeft: 0,
      reason: 'due' as const,
    }));
    const batches = batchReminders(rows, sender);
    expect(batches.reduce((n, b) => n + b.recipients, 0)).toBe(120);
    expect(new Set(batches.map((b) => b.locale))).toEqual(new Set(['cy', 'en-GB']));
    expect(batches.length).toBeGreaterThan(2);
    for (const batch of batches) {
      expect(isSafeMailtoUrl(batch.mailto)).toBe(true);
      expect(new URL(batch.mailto).searchParams.get('bcc')?.split(',')).toHaveLength(
        batch.recipients,
      );
    }
  });
});
