import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../common/content/content-schema';
import { pickCheckScenarios, selectAlternates } from '../../electron/services/learning/alternates';
import { orderedOptionIds, shuffleOptions } from '../../electron/services/learning/option-order';
import {
  isBestAnswer,
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

const a = (stepId: string, ...optionIds: string[]): StepAnswer => ({ stepId, optionIds });

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

describe('a multi-answer step is scored as a set: every best option chosen and no other', () => {
  const step = buildModule(1, 'en-GB').scenarios[3]!.steps[0]!; // a, b best; c, d not
  const id = (letter: string) => `topic-1-scn-4-s1-${letter}`;
  it.each([
    ['both best options', ['a', 'b'], true],
    ['both best options, in the other order', ['b', 'a'], true],
    ['only one of the best options', ['a'], false],
    ['both best options and a wrong one', ['a', 'b', 'c'], false],
    ['the wrong ones only', ['c', 'd'], false],
    ['the same best option twice', ['a', 'a'], false],
    ['nothing', [], false],
  ])('%s: %s', (_name, letters, best) => {
    expect(isBestAnswer(step, letters.map(id))).toBe(best);
  });

  it('a single-answer step counts only its one best option', () => {
    const single = buildModule(1, 'en-GB').scenarios[2]!.steps[0]!;
    expect(isBestAnswer(single, ['topic-1-scn-3-s1-a'])).toBe(true);
    expect(isBestAnswer(single, ['topic-1-scn-3-s1-b'])).toBe(false);
  });
});

describe('option order: shuffled per attempt from a seed, and kept', () => {
  const scenarios = buildModule(1, 'en-GB').scenarios;
  const authored = (s: number, step = 0) => scenarios[s]!.steps[step]!.options.map((o) => o.id);

  it('the same seed gives the same order for every step, holding every option once', () => {
    const order = shuffleOptions(scenarios, 'session:topic-1:1');
    expect(order).toEqual(shuffleOptions(scenarios, 'session:topic-1:1'));
    for (const [s, scenario] of scenarios.entries())
      for (const [t, step] of scenario.steps.entries())
        expect([...order[scenario.id]![step.id]!].sort()).toEqual(authored(s, t).sort());
  });

  it('the best option is not always where the writer put it', () => {
    const firsts = Array.from({ length: 40 }, (_, seed) => {
      const order = shuffleOptions(scenarios, `seed-${seed}`);
      return order['topic-1-scn-3']!['topic-1-scn-3-s1']![0];
    });
    expect(new Set(firsts).size).toBeGreaterThan(1);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'a retake (seed %i) never shows a step in the last order',
    (n) => {
      const previous = shuffleOptions(scenarios, `s:${n}`);
      const next = shuffleOptions(scenarios, `s:${n + 1}`, previous);
      for (const scenario of scenarios)
        for (const step of scenario.steps)
          expect(next[scenario.id]![step.id]).not.toEqual(previous[scenario.id]![step.id]);
    },
  );

  it('an order recorded before the content changed drops removed options and adds new ones last', () => {
    const step = scenarios[2]!.steps[0]!;
    const recorded = ['topic-1-scn-3-s1-c', 'gone', 'topic-1-scn-3-s1-a'];
    expect(orderedOptionIds(step, recorded)).toEqual([
      'topic-1-scn-3-s1-c',
      'topic-1-scn-3-s1-a',
      'topic-1-scn-3-s1-b',
      'topic-1-scn-3-s1-d',
    ]);
    expect(orderedOptionIds(step, undefined)).toEqual(authored(2));
  });
});
