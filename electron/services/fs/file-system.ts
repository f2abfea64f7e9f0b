import { mkdir, open, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { DomainError } from '../errors';

/**
 * The file operations the ledger, its checkpoint, the device key and backups use. Real code
 * passes `nodeFileSystem`; tests pass one that fails the way a real disk can (ENOSPC midway
 * through a write), to prove nothing half-written is left behind.
 */
export interface FileSystem {
  open(path: string, flags: string, mode?: number): Promise<FileHandle>;
  readFile(path: string): Promise<Buffer>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
}

export const nodeFileSystem: FileSystem = {
  open: (path, flags, mode) => open(path, flags, mode),
  readFile: (path) => readFile(path),
  rename,
  rm,
  mkdir,
};

/** The file's bytes, or null when it does not exist. */
export async function readIfExists(fs: FileSystem, path: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Which file is there now, or null when none is: a new inode (a replacement), size (an append)
 * or time means it changed, so whatever was read from it must be read again.
 */
export async function fileStamp(path: string): Promise<string | null> {
  try {
    const { ino, size, mtimeMs } = await stat(path);
    return `${ino}:${size}:${mtimeMs}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The file as UTF-8 text, or '' when it does not exist (a journal or log not yet begun). */
export async function readTextIfExists(path: string): Promise<string> {
  return (await readIfExists(nodeFileSystem, path))?.toString('utf8') ?? '';
}

/** Writes all of `data` at `position`: a single write may stop short, so loop until done. */
export async function writeAllAt(
  handle: FileHandle,
  data: Uint8Array,
  position: number,
): Promise<void> {
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(
      data,
      offset,
      data.length - offset,
      position + offset,
    );
    if (bytesWritten === 0)
      throw Object.assign(new Error('write made no progress'), { code: 'EIO' });
    offset += bytesWritten;
  }
}

const FULL_CODES = new Set(['ENOSPC', 'EDQUOT']);

/**
 * A full disk (or quota) becomes a typed, translated error; anything else is passed on as it is.
 * The caller has already undone its partial write, so the message can say nothing was saved.
 */
export function diskFullOr(error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && FULL_CODES.has(code)) {
    return new DomainError('STORAGE_DISK_FULL', 'errors.storage.diskFull', { reason: code });
  }
  return error;
}
