import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { learnerKeyFor } from '../analytics/answer-event';
import { normaliseIdentifier } from '../status/learner-identifier';

/** Where a learner's unfinished training is saved, one JSON file per learner. */
export const PROGRESS_DIR = 'progress';

/**
 * The identifier inside a progress file. The learner flow owns the file's shape; we only need to
 * know whose it is, so both `identifier` and `learner.identifier` are accepted and anything else
 * is left alone (never deleted on a guess).
 */
function identifierIn(json: unknown): string | null {
  if (json === null || typeof json !== 'object') return null;
  const value = json as { identifier?: unknown; learner?: { identifier?: unknown } };
  const found = value.identifier ?? value.learner?.identifier;
  return typeof found === 'string' ? normaliseIdentifier(found) : null;
}

export interface ProgressFile {
  path: string;
  identifier: string;
}

export async function progressFiles(dataDir: string): Promise<ProgressFile[]> {
  const dir = join(dataDir, PROGRESS_DIR);
  const names = await readdir(dir).catch(() => [] as string[]);
  const found: ProgressFile[] = [];
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    const path = join(dir, name);
    try {
      const identifier = identifierIn(JSON.parse(await readFile(path, 'utf8')));
      if (identifier) found.push({ path, identifier });
    } catch {
      // Unreadable files belong to the learner flow to report; they are not ours to judge.
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
