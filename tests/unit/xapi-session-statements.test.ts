import type { LearnerProgress } from '../../electron/services/learning/progress-schema';
import {
  sessionStatements,
  type SessionChange,
} from '../../electron/services/xapi/session-statements';

const OPTIONS = {
  homePage: 'https://charity.example.org',
  activityBase: 'https://charity.example.org/xapi/',
  moduleNames: { phones: { 'en-GB': 'Phones', cy: 'Ffonau' } },
};
const BASE = 'https://charity.example.org/xapi';
const ADL = 'http://adlnet.gov/expapi/verbs';
const SESSION = '0d6c2e4a-1b7c-4a8e-9f3b-2b1f7a0e5c1d';

function progress(overrides: Partial<LearnerProgress> = {}): LearnerProgress {
  return {
    version: 1,
    sessionId: SESSION,
    learnerKey: 'c'.repeat(64),
    learner: { fullName: 'Siân Example', role: 'volunteer', identifier: 'Sian@Example.org' },
    recordType: 'induction',
    locale: 'cy',
    plan: ['phones', 'gaming'],
    modules: {},
    startedAt: '2026-03-01T09:00:00Z',
    updatedAt: '2026-03-01T09:00:00Z',
    ...overrides,
  };
}

const attempt = (passed?: boolean) => ({
  number: 1,
  scenarioIds: ['s1'],
  answers: {},
  acknowledged: false,
  ...(passed === undefined
    ? {}
    : { finishedAt: '2026-03-01T09:20:00Z', passed, percent: passed ? 90 : 40 }),
});

const phones = (attempts: ReturnType<typeof attempt>[]) => ({
  modules: { phones: { page: 6, sort: {}, revealed: [], attempts } },
});

function one(change: SessionChange) {
  const statements = sessionStatements(change, OPTIONS);
  expect(statements).toHaveLength(1);
  return statements[0]!;
}

describe('xAPI statements for a learner’s session', () => {
  it('starting or resuming a session says the learner initialised the course, in both languages', () => {
    const at = '2026-03-01T09:00:05Z';
    const opened = one({ kind: 'opened', saved: progress(), at });
    expect(opened).toMatchObject({
      verb: { id: `${ADL}/initialized`, display: { 'en-GB': 'initialised', cy: 'wedi cychwyn' } },
      actor: { objectType: 'Agent', name: 'Siân Example', mbox: 'mailto:sian@example.org' },
      object: {
        objectType: 'Activity',
        id: `${BASE}/course`,
        definition: { name: { 'en-GB': 'E-safety induction', cy: 'Cyflwyniad e-ddiogelwch' } },
      },
      context: { registration: SESSION, language: 'cy' },
      timestamp: at,
      version: '1.0.3',
    });
    // The same opening saved twice is one statement; a later resume is another.
    expect(one({ kind: 'opened', saved: progress(), at }).id).toBe(opened.id);
    expect(opened.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-/);
    const later = one({ kind: 'opened', saved: progress(), at: '2026-03-02T10:00:00Z' });
    expect(later.id).not.toBe(opened.id);
  });

  it('reaching a module’s quiz for the first time says the learner experienced that module', () => {
    const before = progress({
      modules: { phones: { page: 5, sort: {}, revealed: [], attempts: [] } },
    });
    const saved = progress(phones([attempt()]));
    const experienced = one({ kind: 'saved', before, saved, at: '2026-03-01T09:10:00Z' });
    expect(experienced).toMatchObject({
      verb: { id: `${ADL}/experienced`, display: { 'en-GB': 'experienced', cy: 'wedi profi' } },
      object: {
        id: `${BASE}/modules/phones`,
        definition: {
          name: { 'en-GB': 'Phones', cy: 'Ffonau' },
          type: 'http://adlnet.gov/expapi/activities/module',
        },
      },
      context: { registration: SESSION, contextActivities: { parent: [{ id: `${BASE}/course` }] } },
    });
    expect(experienced.result).toBeUndefined();
    // A retake after a failed quiz reaches the same quiz again: nothing new.
    const retake = progress(phones([attempt(false), attempt()]));
    const afterFail = progress(phones([attempt(false)]));
    expect(
      sessionStatements({ kind: 'saved', before: afterFail, saved: retake, at: 'x' }, OPTIONS),
    ).toEqual([]);
  });

  it('passing a module says the learner completed it, with the score, once', () => {
    const before = progress(phones([attempt()]));
    const saved = progress(phones([attempt(true)]));
    const completed = one({ kind: 'saved', before, saved, at: '2026-03-01T09:20:01Z' });
    expect(completed).toMatchObject({
      verb: { id: `${ADL}/completed`, display: { 'en-GB': 'completed', cy: 'wedi cwblhau' } },
      object: { id: `${BASE}/modules/phones` },
      result: { completion: true, success: true, score: { scaled: 0.9, raw: 90 } },
      context: { registration: SESSION },
      timestamp: '2026-03-01T09:20:00Z',
    });
    // A failed quiz completes nothing; a later save of the passed module adds nothing.
    const failed = progress(phones([attempt(false)]));
    expect(sessionStatements({ kind: 'saved', before, saved: failed, at: 'x' }, OPTIONS)).toEqual(
      [],
    );
    expect(sessionStatements({ kind: 'saved', before: saved, saved, at: 'x' }, OPTIONS)).toEqual(
      [],
    );
  });

  it('saving and leaving says the learner terminated the session; leaving again at once is the same statement', () => {
    const saved = progress({ updatedAt: '2026-03-01T09:30:00Z' });
    const left = one({ kind: 'left', before: saved, saved, at: '2026-03-01T09:31:00Z' });
    expect(left).toMatchObject({
      verb: { id: `${ADL}/terminated`, display: { 'en-GB': 'terminated', cy: 'wedi terfynu' } },
      object: { id: `${BASE}/course` },
      context: { registration: SESSION },
      timestamp: '2026-03-01T09:31:00Z',
    });
    const again = one({ kind: 'left', before: saved, saved, at: '2026-03-01T09:32:00Z' });
    expect(again.id).toBe(left.id);
  });

  it('signing terminates the session once; leaving a signed session adds nothing', () => {
    const before = progress();
    const signed = progress({ signedRecordId: '2b1f7a0e-5c1d-4a8e-9f3b-0d6c2e4a1b7c' });
    const terminated = one({ kind: 'saved', before, saved: signed, at: '2026-03-01T09:40:00Z' });
    expect(terminated.verb.id).toBe(`${ADL}/terminated`);
    // A signing retried after a restart (the session not yet marked) names the same statement.
    expect(one({ kind: 'saved', before, saved: signed, at: '2026-03-01T09:45:00Z' }).id).toBe(
      terminated.id,
    );
    expect(sessionStatements({ kind: 'left', saved: signed, at: 'x' }, OPTIONS)).toEqual([]);
  });

  it('a learner known by a staff ID is an account under the organisation’s home page', () => {
    const saved = progress({
      learner: { fullName: 'Tom Evans', role: 'staff', identifier: 'T-1001' },
    });
    expect(one({ kind: 'opened', saved, at: '2026-03-01T09:00:00Z' }).actor).toEqual({
      objectType: 'Agent',
      name: 'Tom Evans',
      account: { homePage: 'https://charity.example.org', name: 'T-1001' },
    });
  });
});
