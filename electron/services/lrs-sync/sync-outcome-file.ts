import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { LrsSyncStatus } from '../../../common/lrs-sync/lrs-sync-status';
import { writeFileAtomic } from '../fs/atomic-write';

/**
 * The last success and the last error the lead's LRS panel shows, kept beside the outbox in
 * `<dataDir>/lrs-outbox.last-sync.json` so a restart does not blank them: "last sent three days
 * ago" is the clue that the LRS has been unreachable since. Replaced atomically.
 */
export const SYNC_OUTCOME_FILE = 'lrs-outbox.last-sync.json';

export type SyncOutcome = Pick<LrsSyncStatus, 'lastSuccessAt' | 'lastError'>;

const outcomeSchema = z.object({
  lastSuccessAt: z.string().nullable(),
  lastError: z
    .object({
      code: z.string(),
      i18nKey: z.string(),
      details: z.record(z.string(), z.union([z.string(), z.number()])),
      at: z.string(),
    })
    .nullable(),
});

export const NO_OUTCOME: SyncOutcome = { lastSuccessAt: null, lastError: null };

/** Nothing yet, or a file that does not read as one: the panel then says "never", as before. */
export async function readSyncOutcome(dataDir: string): Promise<SyncOutcome> {
  try {
    const text = await readFile(join(dataDir, SYNC_OUTCOME_FILE), 'utf8');
    const parsed = outcomeSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : NO_OUTCOME;
  } catch {
    return NO_OUTCOME;
  }
}

export function writeSyncOutcome(dataDir: string, outcome: SyncOutcome): Promise<void> {
  const { lastSuccessAt, lastError } = outcome;
  return writeFileAtomic(
    join(dataDir, SYNC_OUTCOME_FILE),
    JSON.stringify({ lastSuccessAt, lastError }),
  );
}
