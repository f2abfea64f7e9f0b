import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** How long a PDF handed to the system viewer is kept: long enough to print, then it goes. */
export const PRINT_FILE_LIFETIME_MS = 60 * 60 * 1000;

/**
 * Certificates opened for printing carry a learner's name, so they must not pile up on a shared
 * device. Each new print first removes the ones older than the lifetime (the viewer has long
 * since read them); a file that cannot be removed now is tried again next time.
 */
export async function removeStalePrintFiles(dir: string, now: number): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const file = join(dir, name);
    try {
      if (now - (await stat(file)).mtimeMs > PRINT_FILE_LIFETIME_MS) {
        await rm(file, { force: true });
        removed += 1;
      }
    } catch {
      // Still open in a viewer on some systems; the next print tries again.
    }
  }
  return removed;
}
