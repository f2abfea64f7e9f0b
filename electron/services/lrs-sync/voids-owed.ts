import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { appendSynced, jsonLines, readText } from './jsonl-file';

/**
 * Statements erased (or removed at the end of retention) while no LRS was set up on this device,
 * in `<dataDir>/lrs-outbox.voids-owed.jsonl`: an LRS set up before may still hold them, and will
 * be asked to void them once one is set up again. Ids only, one a line (`{"id":…}`), so nothing
 * here names anyone; appended and fsynced, so a torn last line loses at most that one id.
 */
export const VOIDS_OWED_FILE = 'lrs-outbox.voids-owed.jsonl';

export async function oweVoids(dataDir: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const lines = ids.map((id) => JSON.stringify({ id }));
  await appendSynced(join(dataDir, VOIDS_OWED_FILE), lines.join('\n'));
}

export async function owedVoids(dataDir: string): Promise<string[]> {
  const values = jsonLines(await readText(join(dataDir, VOIDS_OWED_FILE)));
  const ids = values.flatMap((value) => {
    const id = (value as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? [id] : [];
  });
  return [...new Set(ids)];
}

/** Once their voids are in the outbox, which sends them from there. */
export async function clearOwedVoids(dataDir: string): Promise<void> {
  await rm(join(dataDir, VOIDS_OWED_FILE), { force: true });
}
