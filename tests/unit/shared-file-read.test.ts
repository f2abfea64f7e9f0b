import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { SharedFileRead } from '../../electron/services/ledger/shared-file-read';
import { withTempDir } from './fixtures/temp-dir';

describe('reading the ledger file into memory shared with the worker', () => {
  it('hands over the file a piece at a time, in order, and whole at the end', async () => {
    const { dir, cleanup } = await withTempDir();
    try {
      const file = join(dir, 'ledger.jsonl');
      // Larger than the first read and than one read after it, so it arrives in three or more.
      const content = randomBytes(9 * 1024 * 1024 + 123);
      await writeFile(file, content);
      const read = await SharedFileRead.start(file);
      expect(read.bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
      const seen: number[] = [];
      do {
        const view = read.view();
        seen.push(view.length);
        expect(view.equals(content.subarray(0, view.length))).toBe(true);
      } while (await read.more());
      expect(seen.length).toBeGreaterThanOrEqual(3);
      expect(seen[0]).toBeLessThan(content.length);
      expect((await read.all()).equals(content)).toBe(true);
    } finally {
      await cleanup();
    }
  });

  it('reads a missing ledger as an empty one', async () => {
    const { dir, cleanup } = await withTempDir();
    try {
      const read = await SharedFileRead.start(join(dir, 'none.jsonl'));
      expect((await read.all()).length).toBe(0);
      expect(await read.more()).toBe(false);
    } finally {
      await cleanup();
    }
  });
});
