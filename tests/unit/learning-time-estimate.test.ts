import { describe, expect, it } from 'vitest';
import { lessonPageCount } from '../../common/learning/lesson-pages';
import { estimateTime } from '../../common/learning/time-estimate';
import type { Module } from '../../common/content/content-schema';
import type { LearningTask } from '../../electron/services/learning/next-task';
import { buildAup, buildModule } from './fixtures/content/build-pack';

const modules = [1, 2, 3].map((m) => buildModule(m, 'en-GB'));
const pack = { modules, aup: buildAup('en-GB', 3) };
const plan = modules.map((m) => m.id);
const first = modules[0]!;

/** A module whose guidance is `factor` times as long: more to read takes longer. */
function wordier(module: Module, factor: number): Module {
  const longer = (text: string) => Array.from({ length: factor }, () => text).join(' ');
  return {
    ...module,
    dos: module.dos.map((d) => ({ ...d, text: longer(d.text) })),
    donts: module.donts.map((d) => ({ ...d, text: longer(d.text) })),
  };
}

const lesson = (page: number, module = first): LearningTask => ({
  kind: 'lesson',
  moduleId: module.id,
  page,
  pageCount: lessonPageCount(module),
});
const quiz = (scenarioIndex: number): LearningTask => ({
  kind: 'quiz',
  quiz: { kind: 'module', moduleId: first.id },
  attemptNumber: 1,
  scenarioId: 'topic-1-scn-1',
  stepId: 'topic-1-scn-1-s1',
  optionIds: [],
  scenarioIndex,
  scenarioCount: 3,
});

describe('the time a learner is told is left', () => {
  it('shrinks page by page and question by question, and still counts the signing at the end', () => {
    const steps = [
      ...Array.from({ length: lessonPageCount(first) }, (_, page) => lesson(page)),
      quiz(0),
      quiz(1),
      quiz(2),
    ];
    const only = { plan: [first.id], modules: {} };
    const left = steps.map((task) => estimateTime(only, task, pack).minutesLeft);
    for (let i = 1; i < left.length; i++) expect(left[i]).toBeLessThanOrEqual(left[i - 1]!);
    expect(left[0]).toBeGreaterThan(left.at(-1)!);
    const signingOnly = estimateTime({ plan: [], modules: {} }, { kind: 'complete' }, pack);
    expect(signingOnly.minutesLeft).toBeGreaterThanOrEqual(1);
    expect(signingOnly.minutesLeft).toBeLessThan(left.at(-1)!);
  });

  it('gives the current module its own length, and counts more words as more time', () => {
    const plain = estimateTime({ plan: [first.id], modules: {} }, lesson(0), pack);
    const long = wordier(first, 200);
    const wordy = estimateTime({ plan: [long.id], modules: {} }, lesson(0, long), {
      ...pack,
      modules: [long],
    });
    expect(plain.moduleMinutes).toBeGreaterThanOrEqual(1);
    expect(wordy.moduleMinutes).toBeGreaterThan(plain.moduleMinutes!);
    expect(wordy.minutesLeft).toBeGreaterThan(plain.minutesLeft);
  });

  it('leaves out modules already passed, and in the refresher check counts the situations left', () => {
    const passed = {
      [first.id]: {
        page: 9,
        sort: {},
        revealed: [],
        attempts: [
          {
            number: 1,
            scenarioIds: ['a'],
            answers: {},
            passed: true,
            acknowledged: true,
          },
        ],
      },
    };
    const second = modules[1]!;
    const all = estimateTime({ plan, modules: {} }, lesson(0, second), pack).minutesLeft;
    const fewer = estimateTime({ plan, modules: passed }, lesson(0, second), pack).minutesLeft;
    expect(fewer).toBeLessThan(all);

    const check = (scenarioIndex: number): LearningTask => ({
      kind: 'quiz',
      quiz: { kind: 'check' },
      attemptNumber: 1,
      scenarioId: 'topic-1-scn-1',
      stepId: 'topic-1-scn-1-s1',
      optionIds: [],
      scenarioIndex,
      scenarioCount: 10,
    });
    const start = estimateTime({ plan: [], modules: {} }, check(0), pack);
    const end = estimateTime({ plan: [], modules: {} }, check(9), pack);
    expect(start.moduleMinutes).toBeNull();
    expect(start.minutesLeft).toBeGreaterThan(end.minutesLeft);
  });
});
