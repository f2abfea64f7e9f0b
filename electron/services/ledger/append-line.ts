import { open } from 'node:fs/promises';
import { syncDirectory } from '../fs/atomic-write';
import { dirname } from 'node:path';

/**
 * Appends one line (or several, joined by newlines) and waits until they are on disk. The cost does not depend on the file size:
 * open in append mode, write, fsync, close. If the file does not end with a newline (a torn
 * earlier write), the line starts with one, so the torn bytes stay on their own line as evidence.
 */
export async function appendDurableLine(file: string, line: string): Promise<void> {
  const handle = await open(file, 'a+');
  try {
    const { size } = await handle.stat();
    let prefix = '';
    if (size > 0) {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      if (last[0] !== 0x0a) prefix = '\n';
    }
    await handle.writeFile(`${prefix}${line}\n`);
    await handle.sync();
    // A newly created file also needs its directory entry made durable.
    if (size === 0) await syncDirectory(dirname(file));
  } finally {
    await handle.close();
  }
}
