import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';

export const QUEUED_MARKER_FILE = 'lrs-outbox.last-record.json';

/**
 * The id of the last completion record whose statements were queued. A record is appended to
 * the ledger first and queued just after; if the app dies between the two, the record is in the
 * ledger and not in the outbox. At the next start, the records this device made after the marked
 * one are queued (see LrsSyncService.start), so that gap closes without re-sending everything.
 */
/** Null: no marker (no LRS set up yet). `FROM_START`: set up when the device had no records. */
export const FROM_START = '';

export async function readQueuedMarker(dataDir: string): Promise<string | null> {
  try {
    const parsed = JSON.parse(await readFile(join(dataDir, QUEUED_MARKER_FILE), 'utf8')) as {
      recordId?: unknown;
    };
    return typeof parsed.recordId === 'string' ? parsed.recordId : null;
  } catch {
    return null;
  }
}

export function writeQueuedMarker(dataDir: string, recordId: string): Promise<void> {
  return writeFileAtomic(join(dataDir, QUEUED_MARKER_FILE), JSON.stringify({ recordId }));
}
