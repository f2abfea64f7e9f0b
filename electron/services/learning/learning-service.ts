import { randomUUID } from 'node:crypto';
import { appendAnswer } from '../analytics/answers-file';
import { learnerKeyFor } from '../analytics/answer-event';
import type { ContentPack, Locale } from '../../../common/content/content-schema';
import { DomainError } from '../errors';
import type { Ledger } from '../ledger/ledger';
import type { LearnerIdentity, RecordType } from '../../../common/records/acceptance-record';
import type { Settings } from '../../../common/settings/settings-schema';
import { pickCheckScenarios } from './alternates';
import { createCheckAttempt } from './quiz-attempt';
import { buildCompletionSummary, type CompletionSummary } from './completion-summary';
import { nextTask, scenarioLookup, type LearningTask } from './next-task';
import { ProgressStore } from './progress-store';
import type { LearnerProgress } from './progress-schema';
import { ensureAttempts } from './progress-updates';
import { suggestRecordType } from './record-type-suggestion';
import { seedFrom } from './seeded-shuffle';

export interface LearningServiceOptions {
  dataDir: string;
  /** The content's structure (ids, answers) in a locale; every locale shares the same ids. */
  content: (locale: Locale) => Promise<ContentPack>;
  settings: () => Settings;
  /** The app's one open ledger: past completions decide whether to suggest a refresher. */
  ledger: () => Promise<Ledger>;
  now: () => Date;
}

/** What the learner's screen renders from: their saved progress and what to show next. */
export interface SessionView {
  progress: LearnerProgress;
  task: LearningTask;
  passMarkPercent: number;
}

export type Change = (progress: LearnerProgress, pack: ContentPack) => LearnerProgress;

/**
 * Starting, resuming and saving a learner's journey. Every change is loaded, applied by a pure
 * function and saved before the answer is written to the analytics file, one at a time, so two
 * quick clicks cannot overwrite each other's step.
 */
export class LearningService {
  readonly store: ProgressStore;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: LearningServiceOptions) {
    this.store = new ProgressStore(options.dataDir, options.now);
  }

  async suggest(identifier: string): Promise<{ suggested: RecordType; inProgress: boolean }> {
    const ledger = await this.options.ledger();
    const progress = await this.store.readByLearner(learnerKeyFor(identifier));
    return {
      suggested: suggestRecordType(ledger.liveRecords(), identifier),
      inProgress: progress !== undefined && !progress.signedRecordId,
    };
  }

  start(learner: LearnerIdentity, recordType: RecordType): Promise<SessionView> {
    return this.serial(async () => {
      const settings = this.options.settings();
      if (!settings.setupComplete)
        throw new DomainError('learning-not-set-up', 'errors.learning.notSetUp');
      const learnerKey = learnerKeyFor(learner.identifier);
      const existing = await this.store.readByLearner(learnerKey);
      if (existing && !existing.signedRecordId) {
        throw new DomainError('learning-in-progress', 'errors.learning.inProgress');
      }
      const pack = await this.options.content(settings.locale);
      const sessionId = randomUUID();
      const at = this.options.now().toISOString();
      const check = pickCheckScenarios(pack.modules, seedFrom(sessionId));
      const progress: LearnerProgress = {
        version: 1,
        sessionId,
        learnerKey,
        learner,
        recordType,
        locale: settings.locale,
        plan: recordType === 'induction' ? pack.modules.map((m) => m.id) : [],
        modules: {},
        ...(recordType === 'refresher'
          ? {
              check: {
                moduleOf: Object.fromEntries(check.map((c) => [c.scenarioId, c.moduleId])),
                attempt: createCheckAttempt(
                  check.flatMap((c) => scenarioLookup(pack.modules)(c.scenarioId) ?? []),
                  sessionId,
                ),
              },
            }
          : {}),
        startedAt: at,
        updatedAt: at,
      };
      return this.save(progress, pack);
    });
  }

  resume(identifier: string): Promise<SessionView> {
    return this.serial(async () => {
      const progress = await this.store.readByLearner(learnerKeyFor(identifier));
      if (!progress || progress.signedRecordId) {
        throw new DomainError('learning-nothing-to-resume', 'errors.learning.nothingToResume');
      }
      return this.save(progress, await this.pack());
    });
  }

  view(sessionId: string): Promise<SessionView> {
    return this.update(sessionId, (progress) => progress);
  }

  /** Loads, applies `change`, saves; `after` runs once the progress is safely on disk. */
  update(
    sessionId: string,
    change: Change,
    after?: (saved: LearnerProgress) => Promise<void>,
  ): Promise<SessionView> {
    return this.serial(async () => {
      const pack = await this.pack();
      const view = await this.save(change(await this.store.readBySession(sessionId), pack), pack);
      await after?.(view.progress);
      return view;
    });
  }

  /** Records one answer for the lead's analytics: pseudonymous key, per step, first try or not. */
  recordAnswerEvent(event: Omit<Parameters<typeof appendAnswer>[1], 'at'>): Promise<void> {
    return appendAnswer(this.options.dataDir, { ...event, at: this.options.now().toISOString() });
  }

  async completionSummary(sessionId: string): Promise<CompletionSummary> {
    return buildCompletionSummary(await this.store.readBySession(sessionId));
  }

  async markSigned(sessionId: string, recordId: string): Promise<void> {
    await this.update(sessionId, (progress) => {
      buildCompletionSummary(progress); // throws unless the session is complete
      return { ...progress, signedRecordId: recordId };
    });
  }

  get passMarkPercent(): number {
    return this.options.settings().passMarkPercent;
  }

  private pack(): Promise<ContentPack> {
    return this.options.content(this.options.settings().locale);
  }

  private async save(progress: LearnerProgress, pack: ContentPack): Promise<SessionView> {
    const ready = ensureAttempts(progress, pack);
    const task = nextTask(ready, pack);
    const now = this.options.now().toISOString();
    const completedAt = ready.completedAt ?? (task.kind === 'complete' ? now : undefined);
    const saved: LearnerProgress = {
      ...ready,
      locale: this.options.settings().locale,
      updatedAt: now,
      ...(completedAt ? { completedAt } : {}),
    };
    await this.store.save(saved);
    return { progress: saved, task, passMarkPercent: this.passMarkPercent };
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
