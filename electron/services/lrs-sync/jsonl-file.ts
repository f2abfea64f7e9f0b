import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The line-per-record files beside the outbox: appended durably, read back forgivingly. */

/** Appends lines and waits until they are on disk; a torn last line costs only that line. */
export async function appendSynced(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const handle = await open(path, 'a+', 0o600);
  try {
    // A kill may have cut the last line short: start on a fresh line so only that line is lost.
    const { size } = await handle.stat();
    const last = Buffer.alloc(1);
    if (size > 0) await handle.read(last, 0, 1, size - 1);
    const lead = size > 0 && last[0] !== 0x0a ? '\n' : '';
    await handle.appendFile(`${lead}${text}\n`, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
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
