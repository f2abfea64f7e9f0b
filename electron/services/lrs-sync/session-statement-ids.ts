import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import { appendSynced, jsonLines, readText } from './jsonl-file';

/**
 * The ids of the session statements queued for each learner (by their pseudonymous key, never
 * their name), in `<dataDir>/lrs-outbox.session-ids.jsonl`. A session's `initialized` and
 * `terminated` ids hold the moment they happened, which nothing else keeps; an erasure reads
 * them here to void what the LRS holds, then forgets the learner's lines.
 */
export const SESSION_IDS_FILE = 'lrs-outbox.session-ids.jsonl';

interface SessionIdLine {
  learnerKey: string;
  id: string;
}

/** Noted before the statements are queued, so any statement that may have left is named here. */
export async function noteSessionStatements(
  dataDir: string,
  learnerKey: string,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  const lines = ids.map((id) => JSON.stringify({ learnerKey, id } satisfies SessionIdLine));
  await appendSynced(join(dataDir, SESSION_IDS_FILE), lines.join('\n'));
}

export async function sessionStatementIds(
  dataDir: string,
  learnerKeys: ReadonlySet<string>,
): Promise<string[]> {
  const lines = await readLines(dataDir);
  return [...new Set(lines.filter((l) => learnerKeys.has(l.learnerKey)).map((l) => l.id))];
}

/** The learners' lines go (rewritten atomically); everyone else's stay. */
export async function forgetSessionStatements(
  dataDir: string,
  learnerKeys: ReadonlySet<string>,
): Promise<void> {
  const lines = await readLines(dataDir);
  const kept = lines.filter((line) => !learnerKeys.has(line.learnerKey));
  if (kept.length === lines.length) return;
  const text = kept.map((line) => `${JSON.stringify(line)}\n`).join('');
  await writeFileAtomic(join(dataDir, SESSION_IDS_FILE), text);
}

async function readLines(dataDir: string): Promise<SessionIdLine[]> {
  const values = jsonLines(await readText(join(dataDir, SESSION_IDS_FILE)));
  return values.filter((value): value is SessionIdLine => {
    const line = value as Partial<SessionIdLine>;
    return typeof line.learnerKey === 'string' && typeof line.id === 'string';
  });
}
