import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../electron/services/lead/dashboard';
import { RecordTable } from '../../electron/services/lead/record-table';
import { normaliseIdentifier } from '../../electron/services/status/learner-identifier';
import { ledgerIntegrity } from '../../electron/services/ledger/ledger-integrity';
import {
  hasEarlierCompletion,
  recordTypeChoices,
  refreshersWithoutEarlierCompletion,
} from '../../electron/services/learning/record-type-suggestion';
import { sampleRecord } from './fixtures/sample-record';

const person = (identifier: string, fullName = 'Jo Example') =>
  ({ fullName, role: 'volunteer', identifier }) as const;

describe('the refresher is only for people with an earlier completion', () => {
  const records = [sampleRecord({ learner: person('jo@example.org') })];
  // The agreement they signed is the one in force, and their training is current.
  const BASIS = {
    aupVersion: records[0]!.aupVersion,
    refresherMonths: 12,
    timeZone: 'Europe/London',
    today: new Date(records[0]!.signedAt),
  };

  it.each([
    ['jo@example.org', true],
    ['  JO@Example.ORG ', true],
    ['jo2@example.org', false],
    ['', false],
  ])('%j has an earlier completion: %s', (identifier, expected) => {
    expect(hasEarlierCompletion(records, identifier)).toBe(expected);
    expect(recordTypeChoices(records, identifier, BASIS)[0]).toBe(
      expected ? 'refresher' : 'induction',
    );
  });
});

describe("the lead's dashboard flags refresher records that break the rule", () => {
  const jo = person('jo@example.org');
  const induction = sampleRecord({ learner: jo, signedAt: '2025-03-01T10:00:00.000Z' });
  const joRefresher = sampleRecord({
    learner: { ...jo, identifier: 'JO@example.org' },
    recordType: 'refresher',
    signedAt: '2026-03-01T10:00:00.000Z',
  });
  // Sam took the refresher with no induction before it; the induction came later.
  const samRefresher = sampleRecord({
    learner: person('sam@example.org', 'Sam Skipper'),
    recordType: 'refresher',
    signedAt: '2026-01-10T09:00:00.000Z',
  });
  const samInduction = sampleRecord({
    learner: person('sam@example.org', 'Sam Skipper'),
    signedAt: '2026-02-10T09:00:00.000Z',
  });
  const lone = sampleRecord({
    learner: person('lee@example.org', 'Lee Alone'),
    recordType: 'refresher',
    signedAt: '2025-12-01T09:00:00.000Z',
  });

  it('a refresher with an induction before it is fine; one with none before it is flagged', () => {
    const flagged = refreshersWithoutEarlierCompletion([
      joRefresher,
      samInduction,
      induction,
      samRefresher,
      lone,
    ]);
    expect(flagged.map((r) => r.learner.fullName).sort()).toEqual(['Lee Alone', 'Sam Skipper']);
  });

  it('the dashboard lists each exception, oldest first, with who and when', () => {
    const records = [induction, joRefresher, samRefresher, samInduction, lone];
    const dashboard = buildDashboard({
      people: new RecordTable(
        records.map((record) => ({
          record,
          damage: null,
          recordId: record.recordId,
          identifier: record.learner.identifier,
        })),
        (record) => normaliseIdentifier(record.learner.identifier),
        { refresherMonths: 12, timeZone: 'Europe/London', now: new Date('2026-06-01T00:00:00Z') },
      ),
      started: [],
      answers: [],
      skippedAnswerLines: 0,
      inTraining: [],
      today: new Date('2026-06-01T00:00:00Z'),
      timeZone: 'Europe/London',
      content: null,
      ledgerProblems: 0,
      integrity: ledgerIntegrity([], 'os', false),
    });
    expect(dashboard.refresherExceptions).toEqual([
      {
        recordId: lone.recordId,
        fullName: 'Lee Alone',
        identifier: 'lee@example.org',
        signedAt: lone.signedAt,
      },
      {
        recordId: samRefresher.recordId,
        fullName: 'Sam Skipper',
        identifier: 'sam@example.org',
        signedAt: samRefresher.signedAt,
      },
    ]);
  });
});
