import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { nodeFileSystem, writeAllAt, type FileSystem } from './file-system';

/**
 * Replaces `filePath` with `data` so that a crash, power cut or full disk leaves either the old
 * file or the new one, never a half-written mix: write a sibling temp file, fsync it, rename over
 * the target, then fsync the folder so the rename itself is durable. A failed write removes the
 * temp file.
 */
export async function writeFileAtomic(
  filePath: string,
  data: string | Uint8Array,
  fs: FileSystem = nodeFileSystem,
): Promise<void> {
  const tempPath = join(
    dirname(filePath),
    `.${basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    const handle = await fs.open(tempPath, 'wx', 0o600);
    try {
      await writeAllAt(handle, typeof data === 'string' ? Buffer.from(data, 'utf8') : data, 0);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tempPath, filePath);
  } catch (error) {
    await fs.rm(tempPath, { force: true });
    throw error;
  }
  await syncDirectory(dirname(filePath), fs);
}

/** Best effort: some platforms (Windows) cannot open a folder for fsync, and that is fine there. */
export async function syncDirectory(
  dirPath: string,
  fs: FileSystem = nodeFileSystem,
): Promise<void> {
  try {
    const handle = await fs.open(dirPath, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The data itself is already synced; only the rename's durability is weaker here.
  }
}
