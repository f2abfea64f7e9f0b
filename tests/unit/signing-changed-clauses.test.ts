import { changedClauseIds, orderForSigning } from '../../electron/services/signing/changed-clauses';
import { latestRecordFor } from '../../electron/services/signing/signing-agreement';
import { sampleRecord } from './fixtures/sample-record';

const clauses = [
  { id: 'accounts', revision: 1 },
  { id: 'images', revision: 2 },
  { id: 'devices', revision: 1 },
  { id: 'gaming', revision: 3 },
];

describe('clauses changed since the learner last signed', () => {
  it.each<[string, Record<string, number> | undefined, string[]]>([
    ['a first signature has nothing marked as changed', undefined, []],
    [
      'the same revisions mean nothing changed',
      { accounts: 1, images: 2, devices: 1, gaming: 3 },
      [],
    ],
    [
      'a higher revision is a change',
      { accounts: 1, images: 1, devices: 1, gaming: 3 },
      ['images'],
    ],
    ['a clause new since then is a change', { accounts: 1, images: 2, gaming: 3 }, ['devices']],
    [
      'a lower current revision is not a change',
      { accounts: 2, images: 2, devices: 1, gaming: 3 },
      [],
    ],
    [
      'several changes keep policy order',
      { accounts: 1, images: 1 },
      ['images', 'devices', 'gaming'],
    ],
    [
      'a clause since removed does not matter',
      { accounts: 1, images: 2, devices: 1, gaming: 3, old: 1 },
      [],
    ],
  ])('%s', (_name, signed, expected) => {
    expect(changedClauseIds(signed, clauses)).toEqual(expected);
  });
});

it('changed clauses are shown first, each group in the policy’s own order', () => {
  const shown = orderForSigning(clauses, ['gaming', 'images']);
  expect(shown.map((c) => [c.id, c.changed])).toEqual([
    ['images', true],
    ['gaming', true],
    ['accounts', false],
    ['devices', false],
  ]);
});

it('the learner’s latest record is found whatever case or spacing their identifier was typed in', () => {
  const older = sampleRecord({ signedAt: '2025-01-01T10:00:00.000Z' });
  const newer = sampleRecord({
    signedAt: '2026-01-01T10:00:00.000Z',
    learner: { ...older.learner, identifier: ' SIAN@example.org' },
  });
  const someoneElse = sampleRecord({
    signedAt: '2026-06-01T10:00:00.000Z',
    learner: { ...older.learner, identifier: 'other@example.org' },
  });
  expect(latestRecordFor([newer, older, someoneElse], 'sian@EXAMPLE.org')?.recordId).toBe(
    newer.recordId,
  );
  expect(latestRecordFor([older], 'nobody@example.org')).toBeUndefined();
});
