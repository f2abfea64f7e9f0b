import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../common/content/content-schema';
import { pickCheckScenarios, selectAlternates } from '../../electron/services/learning/alternates';
import {
  isScenarioCorrect,
  isScenarioFinished,
  wholePercent,
  type StepAnswer,
} from '../../electron/services/learning/scoring';
import { newOrder, seededShuffle } from '../../electron/services/learning/seeded-shuffle';
import { buildModule } from './fixtures/content/build-pack';

/** A branching scenario: s1-a (best) → s2, s1-b (not best) → s3; s2 and s3 end it. */
const branching: Scenario = {
  id: 'scn',
  title: 'Branching',
  steps: [
    {
      id: 's1',
      prompt: 'First?',
      options: [
        { id: 's1-a', text: 'A', feedback: 'f', best: true, next: 's2' },
        { id: 's1-b', text: 'B', feedback: 'f', best: false, next: 's3' },
      ],
    },
    {
      id: 's2',
      prompt: 'Then?',
      options: [
        { id: 's2-a', text: 'A', feedback: 'f', best: true },
        { id: 's2-b', text: 'B', feedback: 'f', best: false },
      ],
    },
    {
      id: 's3',
      prompt: 'Recover?',
      options: [
        { id: 's3-a', text: 'A', feedback: 'f', best: true },
        { id: 's3-b', text: 'B', feedback: 'f', best: false },
      ],
    },
  ],
};

const a = (stepId: string, optionId: string): StepAnswer => ({ stepId, optionId });

describe('a scenario counts as correct only when every step on the path chose a best option', () => {
  it.each([
    ['best all the way', [a('s1', 's1-a'), a('s2', 's2-a')], true, true],
    ['best first, then not best', [a('s1', 's1-a'), a('s2', 's2-b')], true, false],
    [
      'a wrong turn recovered later still counts as wrong',
      [a('s1', 's1-b'), a('s3', 's3-a')],
      true,
      false,
    ],
    ['only the first step answered is not finished', [a('s1', 's1-a')], false, false],
    ['an answer off the path is ignored', [a('s1', 's1-a'), a('s3', 's3-a')], false, false],
    ['nothing answered', [], false, false],
  ])('%s', (_name, answers, finished, correct) => {
    expect(isScenarioFinished(branching, answers)).toBe(finished);
    expect(isScenarioCorrect(branching, answers)).toBe(correct);
  });
});

describe('scores are whole percentages rounded down, so nobody is lifted over the pass mark', () => {
  it.each([
    [3, 3, 100],
    [2, 3, 66],
    [4, 5, 80],
    [79, 100, 79],
    [799, 1000, 79],
    [0, 4, 0],
    [0, 0, 0],
  ])('%i of %i is %i%%', (correct, total, percent) => {
    expect(wholePercent(correct, total)).toBe(percent);
  });
});

describe('question order', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  it('the same seed always gives the same order, and keeps every question', () => {
    expect(seededShuffle(ids, 42)).toEqual(seededShuffle(ids, 42));
    expect([...seededShuffle(ids, 42)].sort()).toEqual(ids);
  });
  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])(
    'a retake (seed %i) never repeats the last order',
    (seed) => {
      const previous = seededShuffle(['x', 'y', 'z'], seed);
      expect(newOrder(['x', 'y', 'z'], seed, previous)).not.toEqual(previous);
    },
  );
  it('a single question cannot be reordered and is still asked', () => {
    expect(newOrder(['only'], 3, ['only'])).toEqual(['only']);
  });
});

describe('alternates: one scenario per group per attempt, rotating on retake', () => {
  const pool = buildModule(1, 'en-GB').scenarios; // scenarios 3 and 4 share a group
  it.each([
    [0, ['topic-1-scn-1', 'topic-1-scn-2', 'topic-1-scn-3']],
    [1, ['topic-1-scn-1', 'topic-1-scn-2', 'topic-1-scn-4']],
    [2, ['topic-1-scn-1', 'topic-1-scn-2', 'topic-1-scn-3']],
    [-1, ['topic-1-scn-1', 'topic-1-scn-2', 'topic-1-scn-4']],
  ])('rotation %i presents %j', (rotation, expected) => {
    expect(selectAlternates(pool, rotation).map((s) => s.id)).toEqual(expected);
  });

  it('the refresher check takes exactly one scenario from each module', () => {
    const modules = [1, 2, 3].map((m) => buildModule(m, 'en-GB'));
    const picked = pickCheckScenarios(modules, 7);
    expect(picked.map((p) => p.moduleId)).toEqual(['topic-1', 'topic-2', 'topic-3']);
    for (const p of picked) expect(p.scenarioId.startsWith(`${p.moduleId}-scn-`)).toBe(true);
  });
});
