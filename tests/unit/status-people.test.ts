import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AcceptanceRecord } from '../../common/records/acceptance-record';
import { countStatuses, personStatuses } from '../../electron/services/status/learner-status';

function record(identifier: string, signedAt: string, fullName = 'Test Learner'): AcceptanceRecord {
  return {
    recordId: randomUUID(),
    learner: { fullName, role: 'volunteer', identifier },
    recordType: 'induction',
    aupVersion: '2026.1',
    aupTextSha256: 'a'.repeat(64),
    aupClauseRevisions: { c1: 1 },
    locale: 'en-GB',
    moduleScores: [{ moduleId: 'why-esafety-matters', percent: 100, attempts: 1 }],
    overallPercent: 100,
    startedAt: signedAt,
    completedAt: signedAt,
    signedAt,
    deviceId: 'device-1',
    signatureMethod: 'typed',
    signatureSha256: 'b'.repeat(64),
    certificateCode: 'ABCD-EFGH-JKLM-NPQR',
    expiresOn: '2099-01-01',
    organisationName: 'Test Org',
  };
}

const LONDON = 'Europe/London';
const today = new Date('2026-11-22T10:00:00.000Z');

describe('who is current, due soon, overdue or never finished', () => {
  it('groups records by identifier regardless of case and spaces, using the latest signing', () => {
    const rows = personStatuses({
      records: [
        record('Sam@Example.org ', '2025-06-01T10:00:00.000Z'),
        record('sam@example.org', '2026-06-01T10:00:00.000Z', 'Sam Newer'),
        record('  SAM@EXAMPLE.ORG', '2024-06-01T10:00:00.000Z'),
      ],
      refresherMonths: 12,
      timeZone: LONDON,
      today,
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      identifier: 'sam@example.org',
      status: 'current',
      dueOn: '2027-06-01',
    });
    expect(rows[0]?.latest?.learner.fullName).toBe('Sam Newer');
  });

  it('uses the refresher interval set now, not the one printed on the old record', () => {
    const records = [record('ali', '2025-10-01T10:00:00.000Z')];
    const yearly = personStatuses({ records, refresherMonths: 12, timeZone: LONDON, today });
    const twoYearly = personStatuses({ records, refresherMonths: 24, timeZone: LONDON, today });
    expect(yearly[0]?.status).toBe('overdue');
    expect(twoYearly[0]?.status).toBe('current');
  });

  it('places a record signed late on a winter evening on that day (GMT is UTC)', () => {
    // Signed 23:30 GMT on 22 Dec 2025 → due 22 Dec 2026, exactly 30 days from 22 Nov.
    const rows = personStatuses({
      records: [record('kim', '2025-12-22T23:30:00.000Z')],
      refresherMonths: 12,
      timeZone: LONDON,
      today: new Date('2026-11-22T23:59:00.000Z'),
    });
    expect(rows[0]).toMatchObject({ status: 'due-soon', daysLeft: 30 });
  });

  it.each([
    ['2027-05-31T23:30:00.000Z', 'due-soon', 0, '00:30 BST on 1 June: due today'],
    ['2027-06-01T22:59:59.000Z', 'due-soon', 0, 'the last moment of 1 June'],
    ['2027-06-01T23:00:00.000Z', 'overdue', -1, 'midnight BST: 2 June, due yesterday'],
  ])(
    'a record signed at 00:30 BST on 1 June 2026 is due on 1 June 2027: at %s it is %s',
    (now, status, daysLeft) => {
      // 00:30 BST is 23:30 UTC the day before; UTC would make it due (and overdue) a day early.
      const rows = personStatuses({
        records: [record('june', '2026-05-31T23:30:00.000Z')],
        refresherMonths: 12,
        timeZone: LONDON,
        today: new Date(now),
      });
      expect(rows[0]).toMatchObject({ dueOn: '2027-06-01', status, daysLeft });
    },
  );

  it('shows known learners without a completion as never, but not those who completed', () => {
    const rows = personStatuses({
      records: [record('done@example.org', '2026-11-01T09:00:00.000Z')],
      knownLearners: ['Done@Example.org', 'started@example.org', ' STARTED@example.org', '  '],
      refresherMonths: 12,
      timeZone: LONDON,
      today,
    });
    expect(rows.map((r) => [r.identifier, r.status])).toEqual([
      ['done@example.org', 'current'],
      ['started@example.org', 'never'],
    ]);
    expect(rows[1]).toMatchObject({ latest: null, dueOn: null, daysLeft: null });
  });

  it('counts each status for the dashboard', () => {
    const rows = personStatuses({
      records: [
        record('current-1', '2026-10-01T09:00:00.000Z'),
        record('current-2', '2026-01-01T09:00:00.000Z'),
        record('soon', '2025-12-10T09:00:00.000Z'),
        record('today', '2025-11-22T09:00:00.000Z'),
        record('overdue', '2025-11-21T09:00:00.000Z'),
      ],
      knownLearners: ['new-starter'],
      refresherMonths: 12,
      timeZone: LONDON,
      today,
    });
    expect(countStatuses(rows)).toEqual({
      current: 2,
      'due-soon': 2,
      overdue: 1,
      never: 1,
      total: 6,
    });
  });

  it('has nothing to count when there are no learners', () => {
    const rows = personStatuses({ records: [], refresherMonths: 12, timeZone: LONDON, today });
    expect(countStatuses(rows)).toEqual({
      current: 0,
      'due-soon': 0,
      overdue: 0,
      never: 0,
      total: 0,
    });
  });
});
