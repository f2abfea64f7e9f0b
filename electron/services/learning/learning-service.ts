import { randomUUID } from 'node:crypto';
import { appendAnswer } from '../analytics/answers-file';
import { learnerKeyFor, type AnswerEvent } from '../analytics/answer-event';
import type { ContentPack, Locale } from '../../../common/content/content-schema';
import { DomainError } from '../errors';
import { OWASP_SCRYPT, type ScryptParams } from '../lead-auth/scrypt-hash';
import type { Ledger } from '../ledger/ledger';
import type { LearnerIdentity, RecordType } from '../../../common/records/acceptance-record';
import type { Settings } from '../../../common/settings/settings-schema';
import type { RecordTypeSuggestion } from '../../../common/ipc/operations/learning-operations';
import { inductionPlan, modulesFor } from '../../../common/policy/module-plan';
import type { SessionChange } from '../xapi/session-statements';
import { pickCheckScenarios } from './alternates';
import { createCheckAttempt } from './quiz-attempt';
import { buildCompletionSummary, type CompletionSummary } from './completion-summary';
import { nextTask, scenarioLookup, type LearningTask } from './next-task';
import { OpenSessions } from './open-sessions';
import { assertPinShape, checkPin, newPin } from './pin-check';
import { recordIndexOf } from '../records/record-index';
import { ProgressStore } from './progress-store';
import type { LearnerProgress, LearnerProgressView } from './progress-schema';
import { ensureAttempts } from './progress-updates';
import { recordTypeChoices } from './record-type-suggestion';
import { seedFrom } from './seeded-shuffle';

export interface LearningServiceOptions {
  dataDir: string;
  /** The content's structure (ids, answers) in a locale; every locale shares the same ids. */
  content: (locale: Locale) => Promise<ContentPack>;
  settings: () => Settings;
  /** The app's one open ledger: past completions decide whether to suggest a refresher. */
  ledger: () => Promise<Ledger>;
  now: () => Date;
  /** Cost of hashing learners' PINs; defaults to OWASP's, tests pass cheaper ones. */
  scrypt?: ScryptParams;
  /** Queues the answer's statement for the LRS, once the answer is on disk. */
  onAnswered?: (learner: LearnerIdentity, event: AnswerEvent, locale: Locale) => Promise<void>;
  /** Queues what a saved change made of the session (opened, a module reached or passed, left). */
  onSession?: (change: SessionChange) => Promise<void>;
}

/** What the learner's screen renders from: their saved progress and what to show next. */
export interface SessionView {
  progress: LearnerProgressView;
  task: LearningTask;
  passMarkPercent: number;
}

export type Change = (progress: LearnerProgress, pack: ContentPack) => LearnerProgress;

/**
 * Starting, resuming and saving a learner's journey. Every change is loaded, applied by a pure
 * function and saved before the answer is written to the analytics file, one at a time, so two
 * quick clicks cannot overwrite each other's step. A session answers only while it is open:
 * from its start, or a resume with the learner's PIN, until they save and leave.
 */
export class LearningService {
  readonly store: ProgressStore;
  private readonly sessions = new OpenSessions();
  private readonly scrypt: ScryptParams;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: LearningServiceOptions) {
    this.store = new ProgressStore(options.dataDir, options.now);
    this.scrypt = options.scrypt ?? OWASP_SCRYPT;
  }

  async suggest(identifier: string): Promise<RecordTypeSuggestion> {
    const progress = await this.store.readByLearner(learnerKeyFor(identifier));
    const choices = await this.choicesFor(identifier);
    return {
      suggested: choices[0] ?? 'induction',
      choices,
      inProgress: progress !== undefined && !progress.signedRecordId,
    };
  }

  /** Only this person's records, found through the index: flat however long the ledger. */
  private async choicesFor(identifier: string): Promise<RecordType[]> {
    const settings = this.options.settings();
    const [ledger, pack] = await Promise.all([
      this.options.ledger(),
      this.options.content(settings.locale),
    ]);
    return recordTypeChoices(recordIndexOf(ledger).recordsOf(identifier), identifier, {
      aupVersion: pack.aup.version,
      refresherMonths: settings.refresherMonths,
      timeZone: settings.timeZone,
      today: this.options.now(),
    });
  }

  /** Starts new training, protected by the PIN the learner chose; opens the session. */
  start(
    learner: LearnerIdentity,
    recordType: RecordType,
    pin: string,
    /** Optional modules (for the learner's role) they chose to take as well; induction only. */
    optionalModules: readonly string[] = [],
  ): Promise<SessionView> {
    return this.serial(async () => {
      const settings = this.options.settings();
      if (!settings.setupComplete)
        throw new DomainError('learning-not-set-up', 'errors.learning.notSetUp');
      assertPinShape(pin);
      // The refresher certifies someone already trained: nobody skips the induction by choosing
      // it; and only someone who signed an older agreement signs the changes alone.
      if (!(await this.choicesFor(learner.identifier)).includes(recordType)) {
        throw recordType === 'resign'
          ? new DomainError('learning-resign-not-needed', 'errors.learning.resignNotNeeded')
          : new DomainError(
              'learning-refresher-not-allowed',
              'errors.learning.refresherNeedsEarlierCompletion',
            );
      }
      const learnerKey = learnerKeyFor(learner.identifier);
      const existing = await this.store.readByLearner(learnerKey);
      if (existing && !existing.signedRecordId) {
        throw new DomainError('learning-in-progress', 'errors.learning.inProgress');
      }
      const pack = await this.options.content(settings.locale);
      const sessionId = randomUUID();
      const at = this.options.now().toISOString();
      // The organisation's policy decides which modules this role takes (all, by default), and
      // which it may choose to take as well.
      const modules = modulesFor(pack.modules, learner.role, pack.tailoring);
      const induction = inductionPlan(pack.modules, learner.role, pack.tailoring, optionalModules);
      if (induction.refused.length > 0 || (recordType !== 'induction' && optionalModules.length)) {
        throw new DomainError('learning-not-optional', 'errors.learning.notOptional');
      }
      const check = pickCheckScenarios(modules, seedFrom(sessionId));
      const progress: LearnerProgress = {
        version: 1,
        sessionId,
        learnerKey,
        learner,
        pin: await newPin(pin, this.scrypt),
        recordType,
        locale: settings.locale,
        // A re-sign has no modules and no check: it goes straight to the agreement.
        plan: recordType === 'induction' ? induction.plan : [],
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
      const { saved, view } = await this.persist(progress, pack);
      this.sessions.open(sessionId);
      await this.tell('opened', saved);
      return view;
    });
  }

  /**
   * Resumes unfinished training with the learner's email or staff ID and their PIN. A wrong PIN
   * is counted in their progress file before the refusal, so a restart does not reset the count.
   */
  resume(identifier: string, pin: string): Promise<SessionView> {
    return this.serial(async () => {
      const progress = await this.unfinished(identifier);
      if (!progress.pin) throw new DomainError('learning-pin-reset', 'errors.learning.pinReset');
      const outcome = await checkPin(progress.pin, pin, this.options.now());
      if (!outcome.ok) {
        // Not a step of the learner's: the file keeps its "last active" time.
        await this.store.save({ ...progress, pin: outcome.pin });
        throw outcome.error;
      }
      const { saved, view } = await this.persist(
        { ...progress, pin: outcome.pin },
        await this.pack(),
      );
      this.sessions.open(progress.sessionId);
      await this.tell('opened', saved, progress);
      return view;
    });
  }

  /** After the lead reset a forgotten PIN, the learner chooses a new one and carries on. */
  chooseNewPin(identifier: string, pin: string): Promise<SessionView> {
    return this.serial(async () => {
      assertPinShape(pin);
      const progress = await this.unfinished(identifier);
      if (progress.pin) {
        throw new DomainError('learning-pin-already-set', 'errors.learning.pinAlreadySet');
      }
      const { saved, view } = await this.persist(
        { ...progress, pin: await newPin(pin, this.scrypt) },
        await this.pack(),
      );
      this.sessions.open(progress.sessionId);
      await this.tell('opened', saved, progress);
      return view;
    });
  }

  /**
   * The lead's reset of a forgotten PIN (the caller checks lead access). It also closes the
   * session if it is open, since whoever is at the screen may not be the learner.
   */
  resetPin(identifier: string): Promise<void> {
    return this.serial(async () => {
      const progress = await this.store.readByLearner(learnerKeyFor(identifier));
      if (!progress || progress.signedRecordId) {
        throw new DomainError('learning-nothing-to-reset', 'errors.learning.nothingToReset');
      }
      await this.store.save({ ...progress, pin: undefined });
      this.sessions.close(progress.sessionId);
    });
  }

  /** Save and leave (or the screen timed out): every step is already saved, so this only closes. */
  leave(sessionId: string): Promise<void> {
    this.sessions.close(sessionId);
    return this.serial(async () => {
      const saved = await this.store.readBySession(sessionId).catch(() => undefined);
      if (!saved) return;
      await this.store.settle(saved.learnerKey);
      await this.tell('left', saved, saved, this.options.now().toISOString());
    });
  }

  view(sessionId: string): Promise<SessionView> {
    return this.update(sessionId, (progress) => progress);
  }

  /**
   * Loads, applies `change`, saves; `after` runs once the progress is safely on disk. A step is
   * saved as a journal line; `wholeFile` rewrites the progress file itself (signing, where the
   * lead area must see the training finished at once).
   */
  update(
    sessionId: string,
    change: Change,
    after?: (saved: LearnerProgress) => Promise<void>,
    wholeFile = false,
  ): Promise<SessionView> {
    return this.serial(async () => {
      const current = await this.store.readBySession(sessionId);
      this.sessions.require(sessionId);
      const pack = await this.pack();
      const { saved, view } = await this.persist(
        change(current, pack),
        pack,
        wholeFile ? 'file' : 'step',
      );
      await after?.(saved);
      await this.tell('saved', saved, current);
      return view;
    });
  }

  /** Records one answer for the lead's analytics: pseudonymous key, per step, first try or not. */
  async recordAnswerEvent(
    event: Omit<AnswerEvent, 'at'>,
    learner?: { identity: LearnerIdentity; locale: Locale },
  ): Promise<void> {
    const full: AnswerEvent = { ...event, at: this.options.now().toISOString() };
    await appendAnswer(this.options.dataDir, full);
    if (learner) await this.options.onAnswered?.(learner.identity, full, learner.locale);
  }

  async completionSummary(sessionId: string): Promise<CompletionSummary> {
    const progress = await this.store.readBySession(sessionId);
    this.sessions.require(sessionId);
    return buildCompletionSummary(progress);
  }

  /** A signed session cannot be resumed; it stays open only until the app closes. */
  async markSigned(sessionId: string, recordId: string): Promise<void> {
    await this.update(
      sessionId,
      (progress) => {
        buildCompletionSummary(progress); // throws unless the session is complete
        return { ...progress, signedRecordId: recordId };
      },
      // The file now holds everything and no step can follow: its journal is closed, not kept
      // open until the app closes (one open file per learner signed today).
      (saved) => this.store.settle(saved.learnerKey),
      true,
    );
  }

  get passMarkPercent(): number {
    return this.options.settings().passMarkPercent;
  }

  private pack(): Promise<ContentPack> {
    return this.options.content(this.options.settings().locale);
  }

  private async unfinished(identifier: string): Promise<LearnerProgress> {
    const progress = await this.store.readByLearner(learnerKeyFor(identifier));
    if (!progress || progress.signedRecordId) {
      throw new DomainError('learning-nothing-to-resume', 'errors.learning.nothingToResume');
    }
    return progress;
  }

  private async persist(
    progress: LearnerProgress,
    pack: ContentPack,
    as: 'file' | 'step' = 'file',
  ): Promise<{ saved: LearnerProgress; view: SessionView }> {
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
    await (as === 'step' ? this.store.saveStep(saved) : this.store.save(saved));
    return {
      saved,
      view: { progress: forScreen(saved), task, passMarkPercent: this.passMarkPercent },
    };
  }

  /** The LRS hook, once the change is on disk. */
  private async tell(
    kind: SessionChange['kind'],
    saved: LearnerProgress,
    before?: LearnerProgress,
    at = saved.updatedAt,
  ): Promise<void> {
    await this.options.onSession?.({ kind, before, saved, at });
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** What the learner's screen may see of their progress: no name, email, key or PIN hash. */
function forScreen(progress: LearnerProgress): LearnerProgressView {
  const view: Partial<LearnerProgress> = { ...progress };
  delete view.learner;
  delete view.pin;
  delete view.learnerKey;
  return view as LearnerProgressView;
}
