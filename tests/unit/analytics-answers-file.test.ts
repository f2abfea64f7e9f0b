import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { learnerKeyFor, type AnswerEvent } from '../../electron/services/analytics/answer-event';
import {
  answersPath,
  appendAnswer,
  readAnswers,
  removeAnswersFor,
} from '../../electron/services/analytics/answers-file';
import { DomainError } from '../../electron/services/errors';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'answers-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

function answer(
  identifier: string,
  stepId: string,
  overrides: Partial<AnswerEvent> = {},
): AnswerEvent {
  return {
    learnerKey: learnerKeyFor(identifier),
    attemptId: 'attempt-1',
    moduleId: 'privacy-and-presence',
    scenarioId: 'tagged-photo',
    stepId,
    optionIds: ['ask-to-remove'],
    best: true,
    firstTry: true,
    at: '2026-11-22T10:00:00.000Z',
    ...overrides,
  };
}

describe('the answers file', () => {
  it('is empty before anyone has answered', async () => {
    expect(await readAnswers(dataDir)).toEqual({ events: [], skipped: [] });
  });

  it('reads back every answer in the order given', async () => {
    const events = [answer('a@x.org', 's1'), answer('b@x.org', 's2', { best: false })];
    for (const event of events) await appendAnswer(dataDir, event);
    expect(await readAnswers(dataDir)).toEqual({ events, skipped: [] });
  });

  it('keeps answers written at the same moment', async () => {
    const events = Array.from({ length: 20 }, (_, i) => answer('a@x.org', `s${String(i)}`));
    await Promise.all(events.map((event) => appendAnswer(dataDir, event)));
    expect((await readAnswers(dataDir)).events).toHaveLength(20);
  });

  it('holds no names or identifiers, only a hash of the identifier', async () => {
    await appendAnswer(dataDir, answer('Sam.Jones@Example.org', 's1'));
    const text = await readFile(answersPath(dataDir), 'utf8');
    expect(text.toLowerCase()).not.toContain('sam.jones');
    expect(learnerKeyFor(' sam.jones@example.ORG ')).toBe(learnerKeyFor('Sam.Jones@Example.org'));
  });

  it('refuses a malformed answer and writes nothing', async () => {
    const bad = { ...answer('a@x.org', 's1'), learnerKey: 'Sam Jones' };
    await expect(appendAnswer(dataDir, bad)).rejects.toBeInstanceOf(DomainError);
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('reads an answer written before multi-answer steps, with one optionId, as a one-option answer', async () => {
    const event = answer('a@x.org', 's1', { optionIds: ['old'] });
    const line = JSON.stringify({ ...event, optionIds: undefined, optionId: 'old' });
    await appendFile(answersPath(dataDir), `${line}\n`);
    expect((await readAnswers(dataDir)).events).toEqual([event]);
  });

  it('skips and reports damaged lines but still reads the good ones', async () => {
    await appendAnswer(dataDir, answer('a@x.org', 's1'));
    await appendFile(answersPath(dataDir), '{"learnerKey": "cut short by a power c');
    // The next answer starts on a new line, so only the damaged line is lost.
    await appendAnswer(dataDir, answer('a@x.org', 's2'));
    await appendFile(answersPath(dataDir), '{"valid": "json", "but": "not an answer"}\n');
    const { events, skipped } = await readAnswers(dataDir);
    expect(events.map((e) => e.stepId)).toEqual(['s1', 's2']);
    expect(skipped).toEqual([
      { lineNumber: 2, reason: 'not-json' },
      { lineNumber: 4, reason: 'invalid-event' },
    ]);
  });
});

describe('erasing a learner from the answers', () => {
  it("removes only that learner's answers and leaves no temporary files", async () => {
    await appendAnswer(dataDir, answer('a@x.org', 's1'));
    await appendAnswer(dataDir, answer('b@x.org', 's1'));
    await appendAnswer(dataDir, answer('a@x.org', 's2'));
    expect(await removeAnswersFor(dataDir, learnerKeyFor('A@x.org'))).toBe(2);
    const { events } = await readAnswers(dataDir);
    expect(events.map((e) => e.learnerKey)).toEqual([learnerKeyFor('b@x.org')]);
    expect(await readdir(dataDir)).toEqual(['answers.jsonl']);
  });

  it('also removes a damaged line that carries the learner key, but keeps other damage', async () => {
    const key = learnerKeyFor('a@x.org');
    await writeFile(answersPath(dataDir), `{"learnerKey":"${key}","attem\nnot json at all\n`);
    await appendAnswer(dataDir, answer('b@x.org', 's1'));
    expect(await removeAnswersFor(dataDir, key)).toBe(1);
    const text = await readFile(answersPath(dataDir), 'utf8');
    expect(text).not.toContain(key);
    expect(text).toContain('not json at all');
  });

  it('changes nothing when the learner has no answers', async () => {
    expect(await removeAnswersFor(dataDir, learnerKeyFor('nobody'))).toBe(0);
    await appendAnswer(dataDir, answer('b@x.org', 's1'));
    const before = await readFile(answersPath(dataDir), 'utf8');
    expect(await removeAnswersFor(dataDir, learnerKeyFor('nobody'))).toBe(0);
    expect(await readFile(answersPath(dataDir), 'utf8')).toBe(before);
  });

  it('refuses something that is not a learner key rather than guessing', async () => {
    await appendAnswer(dataDir, answer('b@x.org', 's1'));
    await expect(removeAnswersFor(dataDir, 'b@x.org')).rejects.toBeInstanceOf(DomainError);
    expect((await readAnswers(dataDir)).events).toHaveLength(1);
  });
});

describe('the answers file read on every visit to the dashboard', () => {
  it('is read again after a learner answers, an erasure, and a change made from outside', async () => {
    await appendAnswer(dataDir, answer('ann@example.org', 'step-1'));
    const first = await readAnswers(dataDir);
    // Nothing changed: the same reading, not a second parse.
    expect(await readAnswers(dataDir)).toBe(first);

    await appendAnswer(dataDir, answer('bea@example.org', 'step-2'));
    expect((await readAnswers(dataDir)).events.map((e) => e.stepId)).toEqual(['step-1', 'step-2']);

    await removeAnswersFor(dataDir, learnerKeyFor('ann@example.org'));
    expect((await readAnswers(dataDir)).events.map((e) => e.stepId)).toEqual(['step-2']);

    // Replaced from outside with a line of the same length.
    const text = await readFile(answersPath(dataDir), 'utf8');
    await writeFile(answersPath(dataDir), text.replace('step-2', 'step-3'));
    expect((await readAnswers(dataDir)).events.map((e) => e.stepId)).toEqual(['step-3']);
  });

  it('hands out a reading nobody can change for the next reader', async () => {
    await appendAnswer(dataDir, answer('ann@example.org', 'step-1'));
    const { events } = await readAnswers(dataDir);
    expect(() => (events as AnswerEvent[]).pop()).toThrow(TypeError);
    expect((await readAnswers(dataDir)).events).toHaveLength(1);
  });
});
