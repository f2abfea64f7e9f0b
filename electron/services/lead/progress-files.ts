import { readdir, readFile, rm } from 'node:fs/promises';
import { fileStamp } from '../fs/file-system';
import { join } from 'node:path';
import { learnerKeyFor } from '../analytics/answer-event';
import { learnerProgressSchema, type LearnerProgress } from '../learning/progress-schema';
import { normaliseIdentifier } from '../status/learner-identifier';

/** Where a learner's unfinished training is saved, one JSON file per learner. */
export const PROGRESS_DIR = 'progress';

export interface ProgressFile {
  path: string;
  identifier: string;
  progress: LearnerProgress;
}

/**
 * Every learner's saved training, read with the learner flow's own schema. A file that does not
 * pass is the learner flow's to report (it keeps it aside when the learner resumes); it is never
 * counted or deleted here on a guess.
 */
export async function progressFiles(dataDir: string): Promise<ProgressFile[]> {
  const dir = join(dataDir, PROGRESS_DIR);
  const names = await readdir(dir).catch(() => [] as string[]);
  const found: ProgressFile[] = [];
  const seen = new Set<string>();
  for (const name of names.filter((n) => /^[0-9a-f]{64}\.json$/.test(n))) {
    const path = join(dir, name);
    seen.add(path);
    const file = await progressFile(path);
    if (file) found.push(file);
  }
  for (const path of lastRead.keys())
    if (path.startsWith(dir) && !seen.has(path)) lastRead.delete(path);
  return found;
}

/**
 * Learners whose saved training cannot be read and who have not started again since: a file the
 * learner flow kept aside when they came back (`<key>.corrupt-<time>.json`), or one that fails
 * now and waits for them. Counted by learner key, so the lead is told rather than seeing them
 * quietly drop out of "in training"; once they start again they show there instead.
 */
export async function unreadableProgress(dataDir: string): Promise<number> {
  const dir = join(dataDir, PROGRESS_DIR);
  const names = await readdir(dir).catch(() => [] as string[]);
  const unreadable = new Set<string>();
  const readable = new Set<string>();
  for (const name of names) {
    const [, key, aside] = /^([0-9a-f]{64})\.(corrupt-[^/]*\.)?json$/.exec(name) ?? [];
    if (!key) continue;
    if (!aside && (await progressFile(join(dir, name)))) readable.add(key);
    else unreadable.add(key);
  }
  return [...unreadable].filter((key) => !readable.has(key)).length;
}

/**
 * Each progress file as last read, with its identity, size and time then: the dashboard reads
 * every one on each visit, but a file changes only when its learner answers or finishes.
 */
const lastRead = new Map<string, { stamp: string; file: ProgressFile | null }>();

async function progressFile(path: string): Promise<ProgressFile | null> {
  const stamp = await fileStamp(path).catch(() => null);
  if (stamp === null) return null;
  const kept = lastRead.get(path);
  if (kept?.stamp === stamp) return kept.file;
  let file: ProgressFile | null = null;
  try {
    const parsed = learnerProgressSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    if (parsed.success) {
      file = {
        path,
        identifier: normaliseIdentifier(parsed.data.learner.identifier),
        progress: parsed.data,
      };
    }
  } catch {
    // Unreadable now (being replaced, or damaged): the learner flow deals with it.
    return null;
  }
  lastRead.set(path, { stamp, file });
  return file;
}

/**
 * Erasure on request: removes the person's saved progress, found by their learner key (the
 * progress file is `<key>.json`), including any damaged copy the learner flow kept aside as
 * `<key>.corrupt-<time>.json`, which cannot be parsed but still holds their name.
 */
export async function removeProgressFor(dataDir: string, identifier: string): Promise<number> {
  const dir = join(dataDir, PROGRESS_DIR);
  const prefix = `${learnerKeyFor(identifier)}.`;
  const names = await readdir(dir).catch(() => [] as string[]);
  const theirs = names.filter((name) => name.startsWith(prefix));
  for (const name of theirs) await rm(join(dir, name), { force: true });
  return theirs.length;
}
