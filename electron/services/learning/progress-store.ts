import { mkdir, readdir, readFile, rename } from 'node:fs/promises';
import { fileStamp, readTextIfExists } from '../fs/file-system';
import { join } from 'node:path';
import { DomainError } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';
import { deepFreeze } from './deep-freeze';
import {
  checkStep,
  digestOf,
  Journal,
  JOURNAL_SUFFIX,
  journalLine,
  replaySteps,
  stepBetween,
} from './progress-journal';
import { learnerProgressSchema, type LearnerProgress } from './progress-schema';

/**
 * Steps saved as journal lines before the progress file is rewritten: the file (which the lead
 * area reads) is then at most this many steps, or `FILE_AGE_MS`, behind a learner at work.
 */
const MAX_JOURNAL_STEPS = 32;
const FILE_AGE_MS = 60_000;

/** What this store last wrote or read of one learner, and where their next step goes. */
interface Known {
  /** The progress file's identity then: anything else means it was changed from outside. */
  stamp: string;
  /** The digest of the progress file's text: journal lines count only on top of it. */
  base: string;
  /** The newest progress: the file's, or the last journal line's. */
  progress: LearnerProgress;
  journal: Journal;
  steps: number;
  /** When the file was written (monotonic clock, never the app's settable one). */
  writtenAt: number;
}

/**
 * Progress, one file per learner at `<dataDir>/progress/<learnerKey>.json`, and the steps since
 * it was written in `<learnerKey>.steps.jsonl` (see progress-journal.ts). A step is a journal
 * line appended and synced (a power cut keeps every answer already given); the file is replaced
 * atomically, with fsync, when training starts, resumes, is signed or left, and every 32 steps
 * or a minute. Reading after a restart takes the file plus its newest valid line, and writes
 * that back as the file. A file that fails validation is moved aside (`.corrupt-<time>.json`),
 * never wiped, and the learner is told.
 */
export class ProgressStore {
  private readonly dir: string;
  private dirMade = false;
  /** sessionId → learnerKey, so each step finds its file without listing the folder. */
  private readonly keys = new Map<string, string>();
  private readonly known = new Map<string, Known>();

  constructor(
    dataDir: string,
    private readonly now: () => Date,
  ) {
    this.dir = join(dataDir, 'progress');
  }

  async readByLearner(learnerKey: string): Promise<LearnerProgress | undefined> {
    if (!/^[0-9a-f]{64}$/.test(learnerKey)) return undefined;
    const file = this.fileOf(learnerKey);
    // One stat a step: an erasure (or a restore) changes the file's identity, and is then seen.
    const stamp = await fileStamp(file);
    const known = this.known.get(learnerKey);
    // Frozen, so a change that fails half-way can never alter what is known to be on disk;
    // changes are pure and share what they leave alone, which is how a step finds what changed.
    if (stamp !== null && known?.stamp === stamp) return known.progress;
    await this.forget(learnerKey);
    if (stamp === null) return undefined;
    return this.load(learnerKey, file, stamp);
  }

  async readBySession(sessionId: string): Promise<LearnerProgress> {
    const key = this.keys.get(sessionId) ?? (await this.findKey(sessionId));
    const progress = key ? await this.readByLearner(key) : undefined;
    if (!progress || progress.sessionId !== sessionId) {
      throw new DomainError('learning-no-session', 'errors.learning.noSession');
    }
    return progress;
  }

  /** Replaces the progress file (and empties the journal): for starting, resuming, signing. */
  async save(progress: LearnerProgress): Promise<void> {
    const checked = deepFreeze(learnerProgressSchema.parse(progress));
    const key = checked.learnerKey;
    const file = this.fileOf(key);
    if (!this.dirMade) {
      await mkdir(this.dir, { recursive: true, mode: 0o700 });
      this.dirMade = true;
    }
    // Compact: the file is read by this code, not by people, and is a third of the size.
    const text = `${JSON.stringify(checked)}\n`;
    await writeFileAtomic(file, text);
    this.keys.set(checked.sessionId, key);
    const known = this.known.get(key);
    const journal = known?.journal ?? (await Journal.open(this.journalOf(key)));
    // Older lines are void now (they follow the previous file), so emptying need not be synced.
    await journal.clear();
    const stamp = await fileStamp(file);
    if (stamp === null) {
      await this.forget(key);
      return;
    }
    this.known.set(key, {
      stamp,
      base: digestOf(text),
      progress: checked,
      journal,
      steps: 0,
      writtenAt: performance.now(),
    });
  }

  /**
   * One step of a learner whose progress was just read: a synced journal line, or the whole file
   * when the journal is long or the file old (so the lead's view of it is never far behind).
   */
  async saveStep(progress: LearnerProgress): Promise<void> {
    const known = this.known.get(progress.learnerKey);
    if (
      !known ||
      known.steps >= MAX_JOURNAL_STEPS ||
      performance.now() - known.writtenAt > FILE_AGE_MS
    ) {
      return this.save(progress);
    }
    // Kept as it is (not the schema's copy), so unchanged modules keep their identity.
    const step = stepBetween(known.progress, progress);
    checkStep(step);
    const checked = deepFreeze(progress);
    try {
      await known.journal.append(journalLine(known.base, step));
    } catch (error) {
      // Whatever the journal holds now, the next read takes it from the disk afresh.
      await this.forget(checked.learnerKey);
      throw error;
    }
    this.keys.set(checked.sessionId, checked.learnerKey);
    known.progress = checked;
    known.steps += 1;
  }

  /** The learner left: their file takes in the journal, and nothing of theirs is held open. */
  async settle(learnerKey: string): Promise<void> {
    const known = this.known.get(learnerKey);
    if (!known) return;
    if (known.steps > 0 && (await fileStamp(this.fileOf(learnerKey))) === known.stamp) {
      await this.save(known.progress);
    }
    await this.forget(learnerKey);
  }

  private async load(
    learnerKey: string,
    file: string,
    stamp: string,
  ): Promise<LearnerProgress | undefined> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const progress = learnerProgressSchema.safeParse(safeJson(text));
    if (!progress.success || progress.data.learnerKey !== learnerKey) {
      const at = this.now().toISOString().replace(/[:.]/g, '-');
      await rename(file, join(this.dir, `${learnerKey}.corrupt-${at}.json`));
      throw new DomainError('learning-progress-damaged', 'errors.learning.progressDamaged');
    }
    const base = digestOf(text);
    const journal = await readTextIfExists(this.journalOf(learnerKey));
    const steps = replaySteps(journal, base, progress.data);
    this.known.set(learnerKey, {
      stamp,
      base,
      progress: deepFreeze(progress.data),
      journal: await Journal.open(this.journalOf(learnerKey)),
      steps: 0,
      writtenAt: performance.now(),
    });
    this.keys.set(progress.data.sessionId, learnerKey);
    // Steps saved after the file (the app closed or crashed mid-training): the file takes them in.
    if (steps) await this.save(steps);
    else await this.known.get(learnerKey)?.journal.clear();
    return this.known.get(learnerKey)?.progress;
  }

  private async forget(learnerKey: string): Promise<void> {
    const known = this.known.get(learnerKey);
    if (!known) return;
    this.known.delete(learnerKey);
    await known.journal.close().catch(() => undefined);
  }

  private fileOf(learnerKey: string): string {
    return join(this.dir, `${learnerKey}.json`);
  }

  private journalOf(learnerKey: string): string {
    return join(this.dir, `${learnerKey}${JOURNAL_SUFFIX}`);
  }

  /** After a restart the map is empty: look through the files (few, one per learner) once. */
  private async findKey(sessionId: string): Promise<string | undefined> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return undefined;
    }
    for (const name of names) {
      const match = /^([0-9a-f]{64})\.json$/.exec(name);
      if (!match?.[1]) continue;
      const json = safeJson(await readFile(join(this.dir, name), 'utf8'));
      const parsed = learnerProgressSchema.safeParse(json);
      if (parsed.success && parsed.data.sessionId === sessionId) return match[1];
    }
    return undefined;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
