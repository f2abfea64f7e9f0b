import { describe, expect, it } from 'vitest';
import type { RecordType } from '../../common/records/record-kinds';
import type { AnswerEvent } from '../../electron/services/analytics/answer-event';
import { completionsPerMonth } from '../../electron/services/analytics/completions-per-month';
import { hardestQuestions } from '../../electron/services/analytics/hardest-questions';
import { DomainError } from '../../electron/services/errors';

function answer(stepId: string, best: boolean, firstTry = true): AnswerEvent {
  return {
    learnerKey: 'c'.repeat(64),
    attemptId: 'attempt-1',
    moduleId: 'm1',
    scenarioId: 'sc1',
    stepId,
    optionIds: [best ? 'good' : 'poor'],
    best,
    firstTry,
    at: '2026-11-22T10:00:00.000Z',
  };
}

describe('the hardest questions', () => {
  const events = [
    // easy: 3 of 3 best first time
    answer('easy', true),
    answer('easy', true),
    answer('easy', true),
    // hard: 1 of 4 best first time, then retries that were best
    answer('hard', false),
    answer('hard', true, false),
    answer('hard', false),
    answer('hard', false),
    answer('hard', true),
    // middling: 1 of 2
    answer('middling', true),
    answer('middling', false),
    // only retries: no first-try evidence at all
    answer('retry-only', false, false),
  ];

  it('lists the lowest first-try best rate first, with the counts behind it', () => {
    const result = hardestQuestions(events, 10);
    expect(result.map((q) => q.stepId)).toEqual(['hard', 'middling', 'easy']);
    expect(result[0]).toEqual({
      moduleId: 'm1',
      scenarioId: 'sc1',
      stepId: 'hard',
      firstTries: 4,
      firstTriesBest: 1,
      firstTryBestRate: 0.25,
      answers: 5,
    });
  });

  it('shows only as many as asked for', () => {
    expect(hardestQuestions(events, 1).map((q) => q.stepId)).toEqual(['hard']);
    expect(hardestQuestions(events, 0)).toEqual([]);
  });

  it('puts the question with more answers first when rates tie', () => {
    const tied = [answer('few', false), answer('many', false), answer('many', false)];
    expect(hardestQuestions(tied, 5).map((q) => q.stepId)).toEqual(['many', 'few']);
  });

  it('keeps the same step id in different scenarios apart', () => {
    const other = { ...answer('s1', true), scenarioId: 'sc2' };
    expect(hardestQuestions([answer('s1', false), other], 5)).toHaveLength(2);
  });
});

describe('completions per month', () => {
  const done = (completedAt: string, recordType: RecordType = 'induction') => ({
    completedAt,
    recordType,
  });

  it('counts each month, includes empty months and ends with the current month', () => {
    const result = completionsPerMonth(
      [
        done('2026-09-03T10:00:00.000Z'),
        done('2026-09-30T23:59:59.000Z'),
        done('2026-11-01T00:00:00.000Z'),
        done('2026-11-02T00:00:00.000Z', 'refresher'),
        done('2026-11-03T00:00:00.000Z', 'resign'), // signing a changed agreement: no training
        done('2026-06-30T10:00:00.000Z'), // before the window
        done('2026-12-01T10:00:00.000Z'), // after today
      ],
      4,
      'UTC',
      new Date('2026-11-22T12:00:00.000Z'),
    );
    expect(result).toEqual([
      { month: '2026-08', count: 0 },
      { month: '2026-09', count: 2 },
      { month: '2026-10', count: 0 },
      { month: '2026-11', count: 2 },
    ]);
  });

  it('runs back across a year boundary', () => {
    const result = completionsPerMonth(
      [done('2025-12-31T23:00:00.000Z')],
      3,
      'UTC',
      new Date('2026-02-28T12:00:00.000Z'),
    );
    expect(result).toEqual([
      { month: '2025-12', count: 1 },
      { month: '2026-01', count: 0 },
      { month: '2026-02', count: 0 },
    ]);
  });

  it.each([
    ['UTC', 1, 0],
    ['Europe/London', 0, 1],
  ])(
    'counts a completion at 00:30 BST on 1 October in that month in London (%s)',
    (zone, september, october) => {
      const result = completionsPerMonth(
        [done('2026-09-30T23:30:00.000Z')], // 00:30 BST on 1 October
        3,
        zone,
        new Date('2026-11-15T12:00:00.000Z'),
      );
      expect(result).toEqual([
        { month: '2026-09', count: september },
        { month: '2026-10', count: october },
        { month: '2026-11', count: 0 },
      ]);
    },
  );

  it('starts this month on the organisation’s calendar, not UTC’s', () => {
    // 00:30 BST on 1 June: June already in London, still May in UTC.
    const now = new Date('2026-05-31T23:30:00.000Z');
    expect(completionsPerMonth([], 1, 'Europe/London', now)).toEqual([
      { month: '2026-06', count: 0 },
    ]);
    expect(completionsPerMonth([], 1, 'UTC', now)).toEqual([{ month: '2026-05', count: 0 }]);
  });

  it('refuses a nonsense range', () => {
    expect(() => completionsPerMonth([], 0, 'UTC', new Date())).toThrow(DomainError);
    expect(() => completionsPerMonth([], 1.5, 'UTC', new Date())).toThrow(DomainError);
  });
});
