import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces `filePath` with `data` so that a crash or power cut leaves either the old file or the
 * new one, never a half-written mix: write a sibling temp file, fsync it, rename over the target,
 * then fsync the folder so the rename itself is durable.
 */
export async function writeFileAtomic(filePath: string, data: string | Uint8Array): Promise<void> {
  const tempPath = join(
    dirname(filePath),
    `.${basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    const handle = await open(tempPath, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tempPath, filePath);
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  }
  await syncDirectory(dirname(filePath));
}

/** Best effort: some platforms (Windows) cannot open a folder for fsync, and that is fine there. */
export async function syncDirectory(dirPath: string): Promise<void> {
  try {
    const handle = await open(dirPath, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The data itself is already synced; only the rename's durability is weaker here.
  }
}
