import { unzipSync, zipSync, type Zippable } from 'fflate';
import { DomainError } from '../errors';

/**
 * The zip container of an evidence pack (fflate: small, pure JS, no native code). Reading is
 * bounded before anything is inflated: a pack is a file someone hands back to us, so a crafted
 * zip must not be able to exhaust memory (a "zip bomb") or smuggle paths outside the pack.
 */
export const MAX_PACK_FILES = 10_000;
export const MAX_PACK_UNZIPPED_BYTES = 1024 * 1024 * 1024;

/** Same bytes in, same zip out: a fixed time stamp keeps the container reproducible. */
const FIXED_MTIME = new Date('2000-01-01T00:00:00Z');

export function zipPack(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  for (const [path, bytes] of files) zippable[path] = [bytes, { mtime: FIXED_MTIME }];
  return zipSync(zippable, { level: 6 });
}

function unreadable(reason: string): DomainError {
  return new DomainError('evidence-pack-unreadable', 'errors.evidence.unreadable', { reason });
}

/** A safe name: relative, forward slashes, no `..`, no drive letter or control characters. */
export function isSafePackPath(name: string): boolean {
  // Other zip tools add folder entries ("aup/"): the folder is judged by its name.
  const path = name.endsWith('/') ? name.slice(0, -1) : name;
  if (path.length === 0 || path.length > 300 || path.startsWith('/')) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\\:]/.test(path)) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

export function unzipPack(bytes: Uint8Array): Map<string, Uint8Array> {
  let files = 0;
  let total = 0;
  let unzipped: Record<string, Uint8Array>;
  try {
    unzipped = unzipSync(bytes, {
      filter: (file) => {
        files += 1;
        total += file.originalSize;
        if (files > MAX_PACK_FILES) throw unreadable('too-many-files');
        if (total > MAX_PACK_UNZIPPED_BYTES) throw unreadable('too-large');
        if (!isSafePackPath(file.name)) throw unreadable('bad-path');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw unreadable('not-a-zip');
  }
  const result = new Map<string, Uint8Array>();
  for (const [path, content] of Object.entries(unzipped)) {
    // Folder entries carry no bytes and no evidence.
    if (!path.endsWith('/')) result.set(path, content);
  }
  return result;
}
