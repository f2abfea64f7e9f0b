import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { syncDirectory } from '../fs/atomic-write';
import {
  learnerProgressSchema,
  moduleProgressSchema,
  type LearnerProgress,
} from './progress-schema';

/**
 * A learner's steps since their progress file was last written, one line per step
 * (`progress/<learnerKey>.steps.jsonl`): the progress after the step, less the modules the step
 * left as they were, and the digest of the progress file the lines follow. Appending a line of a
 * few KB and syncing it costs a fraction of replacing the file atomically (a new file, its fsync,
 * a rename and the folder's fsync), so a step is saved as a line and the file is rewritten only
 * now and then (see ProgressStore).
 *
 * Why the digest: lines count only on top of the very file they followed. A file written later
 * (the journal then emptied, or the emptying lost in a crash) or replaced from outside makes
 * every older line void, so an old step can never override newer progress.
 */
export const JOURNAL_SUFFIX = '.steps.jsonl';

interface JournalLine {
  base: string;
  /** The progress without its modules. */
  top: Omit<LearnerProgress, 'modules'>;
  /** The modules this step changed (by identity: a pure change keeps the others as they were). */
  changed: LearnerProgress['modules'];
  /** Every module id, in order, so the line says the whole of `modules` with `changed`. */
  ids: string[];
}

export function digestOf(fileText: string): string {
  return createHash('sha256').update(fileText).digest('hex');
}

/** What one step changed: everything but the modules, and the modules it made anew. */
export type Step = Omit<JournalLine, 'base'>;

export function stepBetween(before: LearnerProgress, after: LearnerProgress): Step {
  const { modules, ...top } = after;
  const changed = Object.fromEntries(
    Object.entries(modules).filter(([id, module]) => before.modules[id] !== module),
  );
  return { top, changed, ids: Object.keys(modules) };
}

/**
 * Checks a step as the whole progress would be checked, but only the parts it made: the rest
 * was checked when it was saved.
 */
export function checkStep(step: Step): void {
  stepTopSchema.parse(step.top);
  for (const module of Object.values(step.changed)) moduleProgressSchema.parse(module);
}
const stepTopSchema = learnerProgressSchema.omit({ modules: true });

export function journalLine(base: string, step: Step): string {
  return `${JSON.stringify({ base, ...step } satisfies JournalLine)}\n`;
}

/**
 * The progress after every step in `text` that follows the file with digest `base`, replayed on
 * `file` (that file's progress), or undefined when no step does. Replay stops at the first line
 * that cannot be read (a line cut short by a crash was never acknowledged to the learner) and
 * keeps the newest state the schema accepts.
 */
export function replaySteps(
  text: string,
  base: string,
  file: LearnerProgress,
): LearnerProgress | undefined {
  let state = file;
  let newest: LearnerProgress | undefined;
  for (const line of text.split('\n')) {
    if (line === '') continue;
    let step: Partial<JournalLine>;
    try {
      step = JSON.parse(line) as Partial<JournalLine>;
    } catch {
      break;
    }
    if (step.base !== base) continue;
    const { top, changed, ids } = step;
    if (!top || !changed || !Array.isArray(ids)) break;
    const modules = Object.fromEntries(ids.map((id) => [id, changed[id] ?? state.modules[id]]));
    const next = learnerProgressSchema.safeParse({ ...top, modules });
    if (!next.success || next.data.learnerKey !== file.learnerKey) break;
    state = next.data;
    newest = next.data;
  }
  return newest;
}

/** The open journal of one learner: appends go to its end, each synced before it counts. */
export class Journal {
  private constructor(
    private readonly handle: FileHandle,
    private size: number,
  ) {}

  static async open(path: string): Promise<Journal> {
    const handle = await open(path, 'a', 0o600);
    try {
      const { size } = await handle.stat();
      // A journal just made must stay in its folder through a power cut, or the steps synced
      // into it would be lost with it: once per learner's visit, not per step.
      if (size === 0) await syncDirectory(dirname(path));
      return new Journal(handle, size);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /** Appends and syncs one line; a failed write is cut off again so no half line stays. */
  async append(line: string): Promise<void> {
    const bytes = Buffer.from(line, 'utf8');
    try {
      let written = 0;
      while (written < bytes.length) {
        const { bytesWritten } = await this.handle.write(bytes, written);
        if (bytesWritten === 0) throw Object.assign(new Error('no progress'), { code: 'EIO' });
        written += bytesWritten;
      }
      // fdatasync also makes the new size durable: it is needed to read the data back.
      await this.handle.datasync();
    } catch (error) {
      await this.handle.truncate(this.size).catch(() => undefined);
      throw error;
    }
    this.size += bytes.length;
  }

  /** Emptied once the progress file holds everything; not synced, since older lines are void. */
  async clear(): Promise<void> {
    if (this.size === 0) return;
    await this.handle.truncate(0);
    this.size = 0;
  }

  get bytes(): number {
    return this.size;
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}
