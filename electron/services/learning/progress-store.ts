import { mkdir, readdir, readFile, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';
import { learnerProgressSchema, type LearnerProgress } from './progress-schema';

/**
 * Progress files, one per learner at `<dataDir>/progress/<learnerKey>.json`. Each save replaces
 * the file atomically with fsync, so a power cut keeps every answer already given. A file that
 * fails validation is moved aside (`.corrupt-<time>.json`), never wiped, and the learner is told.
 */
export class ProgressStore {
  private readonly dir: string;
  /** sessionId → learnerKey, so each step finds its file without listing the folder. */
  private readonly keys = new Map<string, string>();
  /**
   * The progress last saved or read, with the file's identity then: the next step of the same
   * learner reuses it instead of reading and validating the file again. Any other change to the
   * file (erasure, a restore) gives it a new identity, and it is read afresh.
   */
  private readonly known = new Map<string, { stamp: string; progress: LearnerProgress }>();

  constructor(
    dataDir: string,
    private readonly now: () => Date,
  ) {
    this.dir = join(dataDir, 'progress');
  }

  async readByLearner(learnerKey: string): Promise<LearnerProgress | undefined> {
    if (!/^[0-9a-f]{64}$/.test(learnerKey)) return undefined;
    const file = join(this.dir, `${learnerKey}.json`);
    const stamp = await stampOf(file);
    if (stamp === null) {
      this.known.delete(learnerKey);
      return undefined;
    }
    const known = this.known.get(learnerKey);
    // A copy, so a change that fails half-way can never alter what is known to be on disk.
    if (known?.stamp === stamp) return structuredClone(known.progress);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const parsed = safeJson(text);
    const progress = learnerProgressSchema.safeParse(parsed);
    if (!progress.success || progress.data.learnerKey !== learnerKey) {
      const stamp = this.now().toISOString().replace(/[:.]/g, '-');
      await rename(file, join(this.dir, `${learnerKey}.corrupt-${stamp}.json`));
      throw new DomainError('learning-progress-damaged', 'errors.learning.progressDamaged');
    }
    this.keys.set(progress.data.sessionId, learnerKey);
    this.known.set(learnerKey, { stamp, progress: progress.data });
    return progress.data;
  }

  async readBySession(sessionId: string): Promise<LearnerProgress> {
    const key = this.keys.get(sessionId) ?? (await this.findKey(sessionId));
    const progress = key ? await this.readByLearner(key) : undefined;
    if (!progress || progress.sessionId !== sessionId) {
      throw new DomainError('learning-no-session', 'errors.learning.noSession');
    }
    return progress;
  }

  async save(progress: LearnerProgress): Promise<void> {
    const checked = learnerProgressSchema.parse(progress);
    const file = join(this.dir, `${checked.learnerKey}.json`);
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    // Compact: the file is read by this code, not by people, and is a third of the size.
    await writeFileAtomic(file, `${JSON.stringify(checked)}\n`);
    this.keys.set(checked.sessionId, checked.learnerKey);
    const stamp = await stampOf(file);
    if (stamp) this.known.set(checked.learnerKey, { stamp, progress: checked });
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

/** Which file is there now: a new inode, size or time means it was replaced or changed. */
async function stampOf(file: string): Promise<string | null> {
  try {
    const { ino, size, mtimeMs } = await stat(file);
    return `${ino}:${size}:${mtimeMs}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
