import { readdir, readFile, rm } from 'node:fs/promises';
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
  for (const name of names.filter((n) => /^[0-9a-f]{64}\.json$/.test(n))) {
    const path = join(dir, name);
    try {
      const parsed = learnerProgressSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
      if (!parsed.success) continue;
      found.push({
        path,
        identifier: normaliseIdentifier(parsed.data.learner.identifier),
        progress: parsed.data,
      });
    } catch {
      // Unreadable now (being replaced, or damaged): the learner flow deals with it.
    }
  }
  return found;
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
