import { mkdir, open, readFile, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The line-per-record files beside the outbox: appended durably, read back forgivingly. */

/**
 * Appends lines and waits until they are on disk. A kill may have cut the last line short: that
 * line was never reported written, so it is cut off first, and no torn line is ever left between
 * whole ones, where a reader could not tell it from a damaged one.
 */
export async function appendSynced(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const handle = await open(path, 'a+', 0o600);
  try {
    const { size } = await handle.stat();
    const whole = await endOfLastWholeLine(handle, size);
    if (whole < size) await handle.truncate(whole);
    await handle.appendFile(`${text}\n`, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Where the last whole line ends (just after its newline), reading back from the end. */
async function endOfLastWholeLine(handle: FileHandle, size: number): Promise<number> {
  const chunk = Buffer.alloc(64 * 1024);
  for (let end = size; end > 0;) {
    const start = Math.max(0, end - chunk.length);
    const { bytesRead } = await handle.read(chunk, 0, end - start, start);
    const newline = chunk.subarray(0, bytesRead).lastIndexOf(0x0a);
    if (newline >= 0) return start + newline + 1;
    end = start;
  }
  return 0;
}

export async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function jsonLines(text: string): unknown[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(safeJson)
    .filter((value) => value !== null);
}
