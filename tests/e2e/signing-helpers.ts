import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, type Page } from '@playwright/test';
import { learnerKeyFor } from '../../electron/services/analytics/answer-event';
import type { AppServices } from '../../electron/services/app-services';
import type {
  LearnerProgress,
  QuizAttempt,
} from '../../electron/services/learning/progress-schema';
import type { LearnerIdentity, RecordType } from '../../common/records/acceptance-record';

export const SIAN: LearnerIdentity = {
  fullName: 'Siân Llŵyd',
  role: 'volunteer',
  identifier: 'sian@example.org',
};

const COMPLETED_AT = '2026-03-02T10:15:00.000Z';

/** The PIN the arranged learners chose at the start. */
export const PIN = '2580';

function passed(scenarioIds: string[]): QuizAttempt {
  return {
    number: 1,
    scenarioIds,
    answers: {},
    finishedAt: COMPLETED_AT,
    correctIds: scenarioIds,
    percent: 100,
    passed: true,
    acknowledged: true,
  };
}

/**
 * A learner who has finished every module (or the refresher's check) and not yet signed,
 * arranged through the learning service's own start and progress store, as if they had worked
 * through the course.
 */
export async function arrangeCompletedSession(
  services: AppServices,
  recordType: RecordType = 'induction',
  learner: LearnerIdentity = SIAN,
): Promise<LearnerProgress> {
  services.settings.update({
    setupComplete: true,
    organisation: { ...services.settings.get().organisation, orgName: 'Riverside Youth Club' },
  });
  await services.learning.start(learner, recordType, PIN);
  const progress = await services.learning.store.readByLearner(learnerKeyFor(learner.identifier));
  if (!progress) throw new Error('the arranged session was not saved');
  const pack = await services.content.rawPack(progress.locale);
  const modules = Object.fromEntries(
    progress.plan.map((moduleId) => {
      const module = pack.modules.find((m) => m.id === moduleId);
      const ids = (module?.scenarios ?? []).slice(0, 3).map((s) => s.id);
      return [moduleId, { page: 99, sort: {}, revealed: [], attempts: [passed(ids)] }];
    }),
  );
  const check = progress.check && {
    ...progress.check,
    attempt: passed(progress.check.attempt.scenarioIds),
  };
  const completed: LearnerProgress = {
    ...progress,
    modules,
    ...(check ? { check } : {}),
    completedAt: COMPLETED_AT,
  };
  await services.learning.store.save(completed);
  return completed;
}

/** From the welcome screen to the agreement, through the learner's own resume with their PIN. */
export async function resumeToSigning(app: Page, identifier: string): Promise<void> {
  await app.getByRole('button', { name: 'Start or resume my training' }).click();
  const resume = app.getByRole('form', { name: 'Carry on where you left off' });
  await resume.getByLabel('Email or staff ID').fill(identifier);
  await resume.getByLabel('Your PIN').fill(PIN);
  await resume.getByRole('button', { name: 'Resume my training' }).click();
  await app.getByRole('button', { name: 'Continue to the agreement' }).click();
  await expect(app.getByRole('heading', { level: 1 })).toBeFocused();
}

export async function pdfText(file: string): Promise<string> {
  const { stdout } = await promisify(execFile)('pdftotext', ['-layout', file, '-']);
  return stdout;
}

/** Dates as the certificate prints them (long form, in the record's locale). */
export function longDate(iso: string, locale = 'en-GB', timeZone = 'Europe/London'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(new Date(iso));
}

/** The one acknowledgement under each group of clauses (what changed, then each topic). */
export const groupBoxes = (app: Page) => app.locator('.clause-ack input[type="checkbox"]');

/** Ticks every group, the statement and "this is my signature" (the signature as pre-filled). */
export async function acknowledgeAll(app: Page) {
  const boxes = groupBoxes(app);
  for (let i = 0; i < (await boxes.count()); i += 1) await boxes.nth(i).check();
  await app.locator('#statement').check();
  await app.locator('#signature-confirm').check();
}
