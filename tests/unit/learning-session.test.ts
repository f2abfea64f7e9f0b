import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { learnerKeyFor } from '../../electron/services/analytics/answer-event';
import { readAnswers } from '../../electron/services/analytics/answers-file';
import type { ContentPack } from '../../common/content/content-schema';
import { DomainError } from '../../electron/services/errors';
import { Ledger } from '../../electron/services/ledger/ledger';
import { learnerSteps } from '../../electron/services/learning/learner-steps';
import {
  LearningService,
  type SessionView,
} from '../../electron/services/learning/learning-service';
import { ProgressStore } from '../../electron/services/learning/progress-store';
import { lessonPageCount } from '../../common/learning/lesson-pages';
import { LEARNING_SETTINGS } from './fixtures/learning-settings';
import { buildModule, buildAup } from './fixtures/content/build-pack';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';
import { TEST_LEDGER } from '../support/test-device-key';
import { SCRYPT_FLOOR, type ScryptParams } from '../../electron/services/lead-auth/scrypt-hash';

// readFile counts its calls here, so a test can see which steps went back to the disk.
vi.mock('node:fs/promises', async (original) => {
  const actual = await original<typeof FsPromises>();
  return { ...actual, readFile: vi.fn(actual.readFile) };
});

const pack: ContentPack = {
  locale: 'en-GB',
  modules: [1, 2, 3].map((m) => buildModule(m, 'en-GB')),
  aup: buildAup('en-GB', 3),
};
const settings = LEARNING_SETTINGS;
/** The lowest cost the stored-hash schema accepts: quick enough for tests. */
const CHEAP: ScryptParams = SCRYPT_FLOOR;
const PIN = '4821';
const learner = {
  fullName: 'Alex Learner',
  role: 'volunteer',
  identifier: 'Alex@Example.org',
} as const;

let dir: string;
let cleanup: () => Promise<void>;
let service: LearningService;
let steps: ReturnType<typeof learnerSteps>;
beforeEach(async () => {
  ({ dir, cleanup } = await withTempDir());
  const now = () => new Date('2026-11-22T10:00:00Z');
  service = new LearningService({
    dataDir: dir,
    content: async () => pack,
    settings: () => settings,
    ledger: () => Ledger.open(dir, TEST_LEDGER),
    now,
    scrypt: CHEAP,
  });
  steps = learnerSteps(service, now);
});
afterEach(() => cleanup());

/** Answers the waiting step with its best options (or its first not-best option). */
async function answer(view: SessionView, best: boolean): Promise<SessionView> {
  const { task } = view;
  if (task.kind !== 'quiz') throw new Error(`expected a quiz, got ${task.kind}`);
  const step = pack.modules
    .flatMap((m) => m.scenarios)
    .find((s) => s.id === task.scenarioId)
    ?.steps.find((s) => s.id === task.stepId);
  const chosen = best
    ? (step?.options.filter((o) => o.best) ?? [])
    : (step?.options.filter((o) => !o.best).slice(0, 1) ?? []);
  return (
    await steps.answer(view.progress.sessionId, {
      quiz: task.quiz,
      scenarioId: task.scenarioId,
      stepId: task.stepId,
      optionIds: chosen.map((o) => o.id),
    })
  ).view;
}

/**
 * The progress file as the app would find it after a restart: the file plus the steps journaled
 * since, which that reading writes back into the file (so a test may then change it).
 */
async function savedProgress(identifier: string) {
  const store = new ProgressStore(dir, () => new Date());
  const key = learnerKeyFor(identifier);
  await store.readByLearner(key);
  await store.settle(key);
  const file = path.join(dir, 'progress', `${key}.json`);
  return { file, saved: JSON.parse(await readFile(file, 'utf8')) };
}

/** The same data folder opened by a new service, as after the app was closed or crashed. */
function restarted(): LearningService {
  return new LearningService({
    dataDir: dir,
    content: async () => pack,
    settings: () => settings,
    ledger: () => Ledger.open(dir, TEST_LEDGER),
    now: () => new Date('2026-11-22T10:05:00Z'),
    scrypt: CHEAP,
  });
}

async function toQuiz(view: SessionView, moduleIndex = 0): Promise<SessionView> {
  const module = pack.modules[moduleIndex]!;
  return steps.setPage(view.progress.sessionId, module.id, lessonPageCount(module));
}

describe('a learner session on disk', () => {
  it('progress is saved after every step and resumes by the same email, however it is typed', async () => {
    const started = await service.start(learner, 'induction', PIN);
    await steps.sort(started.progress.sessionId, 'topic-1', 'topic-1-sort-1-s1', 'do');
    await steps.setPage(started.progress.sessionId, 'topic-1', 3);
    const { file, saved } = await savedProgress('alex@example.org');
    expect(saved.modules['topic-1']).toMatchObject({
      page: 3,
      sort: { 'topic-1-sort-1-s1': 'do' },
    });
    expect((await readdir(path.dirname(file))).filter((n) => n.endsWith('.tmp'))).toEqual([]);

    const resumed = await new LearningService({
      dataDir: dir,
      content: async () => pack,
      settings: () => settings,
      ledger: () => Ledger.open(dir, TEST_LEDGER),
      now: () => new Date(),
      scrypt: CHEAP,
    }).resume('  alex@EXAMPLE.org ', PIN);
    expect(resumed.task).toEqual({ kind: 'lesson', moduleId: 'topic-1', page: 3, pageCount: 5 });
  });

  it('nobody can start before setup, or start twice over unfinished training', async () => {
    const notSetUp = new LearningService({
      dataDir: dir,
      content: async () => pack,
      settings: () => ({ ...settings, setupComplete: false }),
      ledger: () => Ledger.open(dir, TEST_LEDGER),
      now: () => new Date(),
      scrypt: CHEAP,
    });
    await expect(notSetUp.start(learner, 'induction', PIN)).rejects.toMatchObject({
      code: 'learning-not-set-up',
    });
    await service.start(learner, 'induction', PIN);
    await expect(service.start(learner, 'induction', PIN)).rejects.toMatchObject({
      code: 'learning-in-progress',
    });
    expect(await service.suggest('alex@example.org')).toEqual({
      suggested: 'induction',
      choices: ['induction'],
      inProgress: true,
    });
  });

  it('a damaged progress file is kept aside, not wiped, and the learner is told', async () => {
    await service.start(learner, 'induction', PIN);
    const file = path.join(dir, 'progress', `${learnerKeyFor(learner.identifier)}.json`);
    await writeFile(file, '{ "version": 1, "broken');
    await expect(service.resume(learner.identifier, PIN)).rejects.toBeInstanceOf(DomainError);
    const names = await readdir(path.dirname(file));
    expect(names.some((n) => n.includes('.corrupt-'))).toBe(true);
  });

  it('a failed quiz is retaken with the other alternate, and the pass is scored on the retake', async () => {
    let view = await toQuiz(await service.start(learner, 'induction', PIN));
    const first = view.progress.modules['topic-1']!.attempts[0]!;
    while (view.task.kind === 'quiz') view = await answer(view, false);
    expect(view.task).toMatchObject({ kind: 'results', attemptNumber: 1 });
    expect(view.progress.modules['topic-1']!.attempts[0]).toMatchObject({
      percent: 0,
      passed: false,
    });

    view = await steps.retake(view.progress.sessionId, 'topic-1', false);
    const second = view.progress.modules['topic-1']!.attempts[1]!;
    const alternate = (a: typeof first) => a.scenarioIds.find((id) => /scn-[34]$/.test(id));
    expect(alternate(second)).not.toEqual(alternate(first));
    while (view.task.kind === 'quiz') view = await answer(view, true);
    expect(view.progress.modules['topic-1']!.attempts[1]).toMatchObject({
      percent: 100,
      passed: true,
    });

    const { events } = await readAnswers(dir);
    const s1 = events.filter((e) => e.stepId === 'topic-1-scn-1-s1');
    expect(s1.map((e) => [e.best, e.firstTry])).toEqual([
      [false, true],
      [true, false],
    ]);
  });

  it('the refresher assigns only the modules answered badly in the check, and summarises all', async () => {
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    await ledger.appendCompletion(sampleRecord({ learner: { ...learner } }));
    let view = await service.start(learner, 'refresher', PIN);
    expect(view.task).toMatchObject({ kind: 'quiz', quiz: { kind: 'check' }, scenarioCount: 3 });
    let question = 0;
    while (view.task.kind === 'quiz') {
      const inFirst = view.progress.check!.moduleOf[view.task.scenarioId] === 'topic-2';
      view = await answer(view, !inFirst);
      question++;
    }
    view = await steps.acknowledge(view.progress.sessionId, { kind: 'check' });
    expect(view.progress.plan).toEqual(['topic-2']);
    expect(view.task).toMatchObject({ kind: 'lesson', moduleId: 'topic-2', page: 0 });
    await expect(service.completionSummary(view.progress.sessionId)).rejects.toMatchObject({
      code: 'learning-not-complete',
    });

    view = await toQuiz(view, 1);
    while (view.task.kind === 'quiz') view = await answer(view, true);
    view = await steps.acknowledge(view.progress.sessionId, {
      kind: 'module',
      moduleId: 'topic-2',
    });
    expect(view.task).toEqual({ kind: 'complete' });
    const summary = await service.completionSummary(view.progress.sessionId);
    expect(summary.recordType).toBe('refresher');
    expect(summary.moduleScores).toEqual([
      { moduleId: 'topic-1', percent: 100, attempts: 1 },
      { moduleId: 'topic-2', percent: 100, attempts: 2 },
      { moduleId: 'topic-3', percent: 100, attempts: 1 },
    ]);
    expect(question).toBeGreaterThanOrEqual(3);

    await service.markSigned(view.progress.sessionId, 'record-1');
    expect(await service.suggest(learner.identifier)).toMatchObject({ inProgress: false });
    await expect(service.resume(learner.identifier, PIN)).rejects.toMatchObject({
      code: 'learning-nothing-to-resume',
    });
  });

  it('an answer to a step that is not waiting is refused and changes nothing', async () => {
    const view = await toQuiz(await service.start(learner, 'induction', PIN));
    const choice = {
      quiz: { kind: 'module', moduleId: 'topic-1' } as const,
      scenarioId: 'topic-1-scn-1',
      stepId: 'topic-1-scn-1-s2',
      optionIds: ['topic-1-scn-1-s2-a'],
    };
    await expect(steps.answer(view.progress.sessionId, choice)).rejects.toMatchObject({
      code: 'learning-not-current-step',
    });
    expect(
      (await service.view(view.progress.sessionId)).progress.modules['topic-1']!.attempts[0]!
        .answers,
    ).toEqual({});
  });

  it('options come in the order recorded for the attempt: the same after resuming, new on a retake', async () => {
    let view = await toQuiz(await service.start(learner, 'induction', PIN));
    if (view.task.kind !== 'quiz') throw new Error('expected a quiz');
    const attempt = view.progress.modules['topic-1']!.attempts[0]!;
    const { scenarioId, stepId } = view.task;
    expect(view.task.optionIds).toEqual(attempt.optionOrder?.[scenarioId]?.[stepId]);

    const { saved } = await savedProgress(learner.identifier);
    expect(saved.modules['topic-1'].attempts[0].optionOrder).toEqual(attempt.optionOrder);
    const resumed = await service.resume(learner.identifier, PIN);
    expect(resumed.task).toMatchObject({ kind: 'quiz', optionIds: view.task.optionIds });

    while (view.task.kind === 'quiz') view = await answer(view, false);
    expect(view.task).toMatchObject({ kind: 'results' });
    view = await steps.retake(view.progress.sessionId, 'topic-1', false);
    const second = view.progress.modules['topic-1']!.attempts[1]!;
    for (const [id, steps] of Object.entries(second.optionOrder ?? {}))
      for (const [step, order] of Object.entries(steps)) {
        const before = attempt.optionOrder?.[id]?.[step];
        if (before) expect(order).not.toEqual(before);
      }
  });

  it('a multi-answer step takes several options and scores only the exact set of best ones', async () => {
    let view = await toQuiz(await service.start(learner, 'induction', PIN));
    // Answer until the multi-answer step (scenario 3 or 4 is in the attempt; retake to reach 4).
    const attempt = () => view.progress.modules['topic-1']!.attempts.at(-1)!;
    if (!attempt().scenarioIds.includes('topic-1-scn-4')) {
      while (view.task.kind === 'quiz') view = await answer(view, false);
      view = await steps.retake(view.progress.sessionId, 'topic-1', false);
    }
    while (view.task.kind === 'quiz' && view.task.scenarioId !== 'topic-1-scn-4')
      view = await answer(view, true);
    if (view.task.kind !== 'quiz') throw new Error('expected the multi-answer step');
    const choice = {
      quiz: view.task.quiz,
      scenarioId: 'topic-1-scn-4',
      stepId: 'topic-1-scn-4-s1',
    };
    const sessionId = view.progress.sessionId;
    await expect(steps.answer(sessionId, { ...choice, optionIds: [] })).rejects.toMatchObject({
      code: 'learning-not-current-step',
    });
    await expect(
      steps.answer(sessionId, {
        ...choice,
        optionIds: ['topic-1-scn-4-s1-a', 'topic-1-scn-4-s1-a'],
      }),
    ).rejects.toMatchObject({ code: 'learning-not-current-step' });
    const result = await steps.answer(sessionId, {
      ...choice,
      optionIds: ['topic-1-scn-4-s1-b', 'topic-1-scn-4-s1-a'],
    });
    expect(result.best).toBe(true);
    expect(
      result.view.progress.modules['topic-1']!.attempts.at(-1)!.answers['topic-1-scn-4'],
    ).toEqual([
      { stepId: 'topic-1-scn-4-s1', optionIds: ['topic-1-scn-4-s1-b', 'topic-1-scn-4-s1-a'] },
    ]);
    const { events } = await readAnswers(dir);
    expect(events.at(-1)).toMatchObject({
      stepId: 'topic-1-scn-4-s1',
      optionIds: ['topic-1-scn-4-s1-b', 'topic-1-scn-4-s1-a'],
      best: true,
    });
  });

  it('a single-answer step refuses two options at once', async () => {
    let view = await toQuiz(await service.start(learner, 'induction', PIN));
    const stepOf = (task: SessionView['task']) =>
      task.kind === 'quiz'
        ? pack.modules
            .flatMap((m) => m.scenarios)
            .find((s) => s.id === task.scenarioId)
            ?.steps.find((s) => s.id === task.stepId)
        : undefined;
    // The attempt may open with the multi-answer step: answer it, then meet a one-answer step.
    while (stepOf(view.task)?.multiAnswer) view = await answer(view, true);
    const { task } = view;
    if (task.kind !== 'quiz') throw new Error('expected a quiz');
    await expect(
      steps.answer(view.progress.sessionId, {
        quiz: task.quiz,
        scenarioId: task.scenarioId,
        stepId: task.stepId,
        optionIds: (stepOf(task)?.options ?? []).slice(0, 2).map((o) => o.id),
      }),
    ).rejects.toMatchObject({ code: 'learning-not-current-step' });
  });

  it('progress saved before options were shuffled still resumes, and the attempt gets its order once', async () => {
    const view = await toQuiz(await service.start(learner, 'induction', PIN));
    if (view.task.kind !== 'quiz') throw new Error('expected a quiz');
    const { file, saved: old } = await savedProgress(learner.identifier);
    const first = old.modules['topic-1'].attempts[0];
    delete first.optionOrder;
    const firstId = first.scenarioIds[0];
    const firstStep = `${firstId}-s1`;
    first.answers = { [firstId]: [{ stepId: firstStep, optionId: `${firstStep}-a` }] };
    await writeFile(file, JSON.stringify(old));

    const resumed = await service.resume(learner.identifier, PIN);
    const attempt = resumed.progress.modules['topic-1']!.attempts[0]!;
    expect(attempt.answers[firstId]).toEqual([
      { stepId: firstStep, optionIds: [`${firstStep}-a`] },
    ]);
    expect(attempt.optionOrder).toBeDefined();
    const again = await service.resume(learner.identifier, PIN);
    expect(again.progress.modules['topic-1']!.attempts[0]!.optionOrder).toEqual(
      attempt.optionOrder,
    );
  });
});

describe('saving progress quickly and safely', () => {
  it('a progress file is written compactly, on one line', async () => {
    const started = await service.start(learner, 'induction', PIN);
    const file = path.join(dir, 'progress', `${learnerKeyFor(learner.identifier)}.json`);
    const text = await readFile(file, 'utf8');
    expect(text.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(text).sessionId).toBe(started.progress.sessionId);
  });

  it('each step reads the file only when something else has changed it', async () => {
    const started = await service.start(learner, 'induction', PIN);
    const file = path.join(dir, 'progress', `${learnerKeyFor(learner.identifier)}.json`);
    const reads = vi.mocked(readFile);
    reads.mockClear();
    await steps.setPage(started.progress.sessionId, 'topic-1', 2);
    await steps.setPage(started.progress.sessionId, 'topic-1', 3);
    expect(reads.mock.calls.filter(([f]) => f === file)).toEqual([]);
    // Changed from outside (say, a restore): the next step reads what is there now.
    const { saved } = await savedProgress(learner.identifier);
    saved.modules['topic-1'].sort = { 'topic-1-sort-1-s1': 'do' };
    await writeFile(file, JSON.stringify(saved));
    reads.mockClear();
    const view = await steps.setPage(started.progress.sessionId, 'topic-1', 4);
    expect(reads.mock.calls.filter(([f]) => f === file)).toHaveLength(1);
    expect(view.progress.modules['topic-1']?.sort).toEqual({ 'topic-1-sort-1-s1': 'do' });
  });

  it('a step cut short by a crash is dropped, and every step before it is resumed', async () => {
    const started = await service.start(learner, 'induction', PIN);
    await steps.setPage(started.progress.sessionId, 'topic-1', 2);
    await steps.setPage(started.progress.sessionId, 'topic-1', 3);
    const key = learnerKeyFor(learner.identifier);
    const journal = path.join(dir, 'progress', `${key}.steps.jsonl`);
    const lines = (await readFile(journal, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    // The power went while a third step was being written.
    await writeFile(journal, `${lines.join('\n')}\n${lines[1]!.slice(0, 40)}`);
    const resumed = await restarted().resume(learner.identifier, PIN);
    expect(resumed.task).toMatchObject({ kind: 'lesson', moduleId: 'topic-1', page: 3 });
  });

  it('steps saved before the progress file was replaced from outside never override it', async () => {
    const started = await service.start(learner, 'induction', PIN);
    const file = path.join(dir, 'progress', `${learnerKeyFor(learner.identifier)}.json`);
    const restored = JSON.parse(await readFile(file, 'utf8'));
    await steps.setPage(started.progress.sessionId, 'topic-1', 3);
    restored.modules['topic-1'] = { page: 1, sort: {}, revealed: [], attempts: [] };
    await writeFile(file, JSON.stringify(restored));
    const resumed = await restarted().resume(learner.identifier, PIN);
    expect(resumed.task).toMatchObject({ kind: 'lesson', moduleId: 'topic-1', page: 1 });
  });

  it("a learner's progress erased by the lead is not brought back by their next step", async () => {
    const started = await service.start(learner, 'induction', PIN);
    const file = path.join(dir, 'progress', `${learnerKeyFor(learner.identifier)}.json`);
    await rm(file);
    await expect(steps.setPage(started.progress.sessionId, 'topic-1', 1)).rejects.toMatchObject({
      code: 'learning-no-session',
    });
    await expect(readFile(file)).rejects.toThrow();
  });
});
