import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PRINT_FILE_LIFETIME_MS,
  removeStalePrintFiles,
} from '../../electron/services/certificates/print-folder';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'esafety-print-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function fileAged(name: string, ageMs: number, now: number) {
  const file = path.join(dir, name);
  await writeFile(file, 'pdf');
  const when = new Date(now - ageMs);
  await utimes(file, when, when);
}

describe('certificates opened for printing do not pile up on a shared device', () => {
  it('files older than the lifetime are removed, recent ones kept for the viewer', async () => {
    const now = Date.now();
    await fileAged('old.pdf', PRINT_FILE_LIFETIME_MS + 60_000, now);
    await fileAged('recent.pdf', 60_000, now);
    expect(await removeStalePrintFiles(dir, now)).toBe(1);
    expect(await readdir(dir)).toEqual(['recent.pdf']);
  });

  it('a missing print folder is simply nothing to clean', async () => {
    expect(await removeStalePrintFiles(path.join(dir, 'absent'), Date.now())).toBe(0);
  });
});
