import { dirname } from 'node:path';
import type { FileHandle } from 'node:fs/promises';
import { syncDirectory } from '../fs/atomic-write';
import { writeAllAt, type FileSystem } from '../fs/file-system';
import type { LedgerTail } from './ledger-verify';

export interface AppendPlan {
  /** The file's size when it was last read; if it differs now, nothing is dropped. */
  expectedSize: number;
  tail: LedgerTail;
  /** Drop a torn final write before appending (false when the ledger is under suspicion). */
  dropTorn: boolean;
}

export interface AppendResult {
  /** Byte offset where the first appended line starts. */
  start: number;
  /** The file's size afterwards. */
  end: number;
  /** True when the file was not as last read, or kept a torn line: the caller should re-read. */
  reread: boolean;
}

/**
 * Appends one line (or several, joined by newlines) and waits until they are on disk. The cost
 * does not depend on the file size: open, write at the end, fsync, close.
 *
 * The final line of the file decides where the write starts. A torn write (a final line with no
 * newline that is not an entry) was never acknowledged, so it is overwritten; a complete entry
 * that only lost its newline gets one. If the write fails (a full disk), the file is cut back to
 * where the write began: nothing half-written stays behind.
 */
export async function appendDurableLines(
  fs: FileSystem,
  file: string,
  lines: string,
  plan: AppendPlan,
): Promise<AppendResult> {
  const { handle, created } = await openForWrite(fs, file);
  try {
    const { size } = await handle.stat();
    const asRead = size === plan.expectedSize;
    let prefix = '';
    let writeAt = size;
    if (asRead && plan.tail.kind === 'torn' && plan.dropTorn) writeAt = plan.tail.start;
    else if (size > 0 && (!asRead || plan.tail.kind !== 'newline')) {
      prefix = (await lastByte(handle, size)) === 0x0a ? '' : '\n';
    }
    const data = Buffer.from(`${prefix}${lines}\n`, 'utf8');
    try {
      await writeAllAt(handle, data, writeAt);
      const end = writeAt + data.length;
      if (end < size) await handle.truncate(end);
      await handle.sync();
      if (created) await syncDirectory(dirname(file), fs);
      const keptTorn = plan.tail.kind === 'torn' && writeAt === size;
      return { start: writeAt + prefix.length, end, reread: !asRead || keptTorn };
    } catch (error) {
      await undo(handle, writeAt);
      throw error;
    }
  } finally {
    await handle.close();
  }
}

async function openForWrite(
  fs: FileSystem,
  file: string,
): Promise<{ handle: FileHandle; created: boolean }> {
  try {
    // Not append mode: a write must be able to start over a torn tail.
    return { handle: await fs.open(file, 'r+'), created: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return { handle: await fs.open(file, 'wx', 0o600), created: true };
  }
}

async function lastByte(handle: FileHandle, size: number): Promise<number | undefined> {
  const one = Buffer.alloc(1);
  await handle.read(one, 0, 1, size - 1);
  return one[0];
}

/** Best effort: if even this fails, the partial line is a torn write the next open reports. */
async function undo(handle: FileHandle, size: number): Promise<void> {
  try {
    await handle.truncate(size);
    await handle.sync();
  } catch {
    // Nothing more can be done here; the caller reports the original error.
  }
}
