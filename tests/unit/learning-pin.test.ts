import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { learnerKeyFor } from '../../electron/services/analytics/answer-event';
import type { ContentPack } from '../../common/content/content-schema';
import { SCRYPT_FLOOR, type ScryptParams } from '../../electron/services/lead-auth/scrypt-hash';
import { Ledger } from '../../electron/services/ledger/ledger';
import { learnerSteps } from '../../electron/services/learning/learner-steps';
import { LearningService } from '../../electron/services/learning/learning-service';
import { LEARNING_SETTINGS } from './fixtures/learning-settings';
import { buildAup, buildModule } from './fixtures/content/build-pack';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';
import { TEST_LEDGER } from '../support/test-device-key';

const pack: ContentPack = {
  locale: 'en-GB',
  modules: [1, 2].map((m) => buildModule(m, 'en-GB')),
  aup: buildAup('en-GB', 2),
};
const settings = LEARNING_SETTINGS;
/** The lowest cost the stored-hash schema accepts: quick enough for tests. */
const CHEAP: ScryptParams = SCRYPT_FLOOR;
const ana = { fullName: 'Ana Learner', role: 'staff', identifier: 'ana@example.org' } as const;
const ben = { fullName: 'Ben Learner', role: 'volunteer', identifier: 'ben@example.org' } as const;

let dir: string;
let cleanup: () => Promise<void>;
let clock: Date;
let ledger: Ledger;
/** A fresh service on the same folder is what the app is after a restart. */
const open = () =>
  new LearningService({
    dataDir: dir,
    content: async () => pack,
    settings: () => settings,
    ledger: async () => ledger,
    now: () => clock,
    scrypt: CHEAP,
  });
let service: LearningService;

beforeEach(async () => {
  ({ dir, cleanup } = await withTempDir());
  clock = new Date('2026-11-22T10:00:00Z');
  ledger = await Ledger.open(dir, TEST_LEDGER);
  service = open();
});
afterEach(() => cleanup());

const later = (seconds: number) => {
  clock = new Date(clock.getTime() + seconds * 1000);
};
const progressFile = (identifier: string) =>
  path.join(dir, 'progress', `${learnerKeyFor(identifier)}.json`);

describe('who may take the refresher, decided in main', () => {
  it('a new person cannot start the refresher, whatever the screen sends', async () => {
    await expect(service.start(ana, 'refresher', '4821')).rejects.toMatchObject({
      code: 'learning-refresher-not-allowed',
      i18nKey: 'errors.learning.refresherNeedsEarlierCompletion',
    });
    expect((await service.suggest(ana.identifier)).inProgress).toBe(false);
  });

  it('someone with an earlier completion (here or imported) may, however their email is typed', async () => {
    await ledger.appendCompletion(sampleRecord({ learner: { ...ana } }));
    const view = await service.start(
      { ...ana, identifier: '  ANA@example.org ' },
      'refresher',
      '4821',
    );
    expect(view.progress.recordType).toBe('refresher');
  });
});

describe("a learner's PIN", () => {
  it('must be 4 to 8 digits, and the learner is told so in their language', async () => {
    for (const pin of ['123', '123456789', '12a4', ' 1234', '١٢٣٤', '']) {
      await expect(service.start(ana, 'induction', pin)).rejects.toMatchObject({
        code: 'learning-pin-format',
        i18nKey: 'errors.learning.pinFormat',
        details: { min: 4, max: 8 },
      });
    }
    await expect(service.start(ana, 'induction', '00001234')).resolves.toBeDefined();
  });

  it('is kept only as a salted scrypt hash: two learners with the same PIN store different hashes', async () => {
    await service.start(ana, 'induction', '4821');
    await service.start(ben, 'induction', '4821');
    const texts = await Promise.all(
      [ana, ben].map((l) => readFile(progressFile(l.identifier), 'utf8')),
    );
    const pins = texts.map((text) => JSON.parse(text).pin);
    for (const [index, text] of texts.entries()) {
      expect(text).not.toContain('4821');
      expect(pins[index].hash).toMatchObject({ algorithm: 'scrypt', N: CHEAP.N });
    }
    expect(pins[0].hash.salt).not.toBe(pins[1].hash.salt);
    expect(pins[0].hash.hash).not.toBe(pins[1].hash.hash);
  });

  it('the screen never receives the name, the email or the PIN hash', async () => {
    const view = await service.start(ana, 'induction', '4821');
    const sent = JSON.stringify(view);
    expect(sent).not.toContain(ana.fullName);
    expect(sent).not.toContain(ana.identifier);
    expect(sent).not.toContain('scrypt');
    expect(view.progress).not.toHaveProperty('learnerKey');
  });

  it('a colleague who knows the email cannot resume without the PIN', async () => {
    await service.start(ana, 'induction', '4821');
    await expect(service.resume(ana.identifier, '1111')).rejects.toMatchObject({
      code: 'learning-wrong-pin',
      details: { attemptsLeft: 4 },
    });
    await expect(service.resume(ana.identifier, '')).rejects.toMatchObject({
      code: 'learning-wrong-pin',
      details: { attemptsLeft: 3 },
    });
    const view = await service.resume(ana.identifier, '4821');
    expect(view.task).toMatchObject({ kind: 'lesson', moduleId: 'topic-1', page: 0 });
  });

  it('five wrong PINs pause resuming, even with the right PIN, for a time that grows; a restart does not reset it', async () => {
    await service.start(ana, 'induction', '4821');
    for (let i = 0; i < 4; i++) {
      await expect(service.resume(ana.identifier, '0000')).rejects.toMatchObject({
        code: 'learning-wrong-pin',
      });
    }
    await expect(service.resume(ana.identifier, '0000')).rejects.toMatchObject({
      code: 'learning-pin-locked',
      details: { retryAfterSeconds: 30 },
    });
    service = open();
    await expect(service.resume(ana.identifier, '4821')).rejects.toMatchObject({
      code: 'learning-pin-locked',
    });
    later(31);
    // After a pause, one more wrong PIN pauses again for twice as long.
    await expect(service.resume(ana.identifier, '0000')).rejects.toMatchObject({
      code: 'learning-pin-locked',
      details: { retryAfterSeconds: 60 },
    });
    later(61);
    await expect(service.resume(ana.identifier, '4821')).resolves.toBeDefined();
    // A right PIN starts the count afresh.
    await expect(service.resume(ana.identifier, '0000')).rejects.toMatchObject({
      details: { attemptsLeft: 4 },
    });
  });

  it('wrong tries do not count as the learner being active', async () => {
    await service.start(ana, 'induction', '4821');
    const before = JSON.parse(await readFile(progressFile(ana.identifier), 'utf8')).updatedAt;
    later(600);
    await expect(service.resume(ana.identifier, '0000')).rejects.toBeDefined();
    expect(JSON.parse(await readFile(progressFile(ana.identifier), 'utf8')).updatedAt).toBe(before);
  });
});

describe('an open session, only while the learner is there', () => {
  it('after save and leave, the session answers nobody until the PIN is given again', async () => {
    const steps = learnerSteps(service, () => clock);
    const { progress } = await service.start(ana, 'induction', '4821');
    await steps.setPage(progress.sessionId, 'topic-1', 2);
    service.leave(progress.sessionId);
    for (const call of [
      () => service.view(progress.sessionId),
      () => steps.setPage(progress.sessionId, 'topic-1', 3),
      () => service.completionSummary(progress.sessionId),
    ]) {
      await expect(call()).rejects.toMatchObject({ code: 'learning-session-closed' });
    }
    const resumed = await service.resume(ana.identifier, '4821');
    expect(resumed.progress.sessionId).toBe(progress.sessionId);
    expect(resumed.task).toMatchObject({ kind: 'lesson', page: 2 });
    await expect(service.view(progress.sessionId)).resolves.toBeDefined();
  });

  it('after a restart every session is closed', async () => {
    const { progress } = await service.start(ana, 'induction', '4821');
    await expect(open().view(progress.sessionId)).rejects.toMatchObject({
      code: 'learning-session-closed',
    });
  });
});

describe('a forgotten PIN, reset by the e-safety lead', () => {
  it('closes the session; the learner then chooses a new PIN, and the old one no longer works', async () => {
    const { progress } = await service.start(ana, 'induction', '4821');
    await expect(service.chooseNewPin(ana.identifier, '5555')).rejects.toMatchObject({
      code: 'learning-pin-already-set',
    });
    await service.resetPin(' ANA@example.org');
    await expect(service.view(progress.sessionId)).rejects.toMatchObject({
      code: 'learning-session-closed',
    });
    await expect(service.resume(ana.identifier, '4821')).rejects.toMatchObject({
      code: 'learning-pin-reset',
    });
    await expect(service.chooseNewPin(ana.identifier, '12')).rejects.toMatchObject({
      code: 'learning-pin-format',
    });
    const view = await service.chooseNewPin(ana.identifier, '97531');
    expect(view.progress.sessionId).toBe(progress.sessionId);
    service.leave(progress.sessionId);
    await expect(service.resume(ana.identifier, '4821')).rejects.toMatchObject({
      code: 'learning-wrong-pin',
    });
    await expect(service.resume(ana.identifier, '97531')).resolves.toBeDefined();
  });

  it('there is nothing to reset for someone with no unfinished training', async () => {
    await expect(service.resetPin(ben.identifier)).rejects.toMatchObject({
      code: 'learning-nothing-to-reset',
    });
  });
});
