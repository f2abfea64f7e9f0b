import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { syncDirectory, writeFileAtomic } from '../fs/atomic-write';
import { sha256Hex } from '../ledger/canonical-json';
import type { BackupSignature } from './backup-format';

/**
 * Signature images sit in `<dataDir>/signatures/`, named by the SHA-256 of their bytes plus an
 * optional extension (`<sha256>.png`). The name is the integrity check: a file whose bytes do not
 * hash to its name is not ours to copy.
 */
export const SIGNATURES_DIR = 'signatures';
const SIGNATURE_NAME = /^([0-9a-f]{64})(\.[a-z0-9]{1,8})?$/;

/** Verified signature files for the given digests; digests with no sound file are left out. */
export async function readSignatureFiles(
  dataDir: string,
  digests: ReadonlySet<string>,
): Promise<Record<string, BackupSignature>> {
  const dir = join(dataDir, SIGNATURES_DIR);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  const found: Record<string, BackupSignature> = {};
  for (const name of names.sort()) {
    const match = SIGNATURE_NAME.exec(name);
    const digest = match?.[1];
    if (!digest || !digests.has(digest) || found[digest]) continue;
    const bytes = await readFile(join(dir, name));
    if (sha256Hex(bytes) !== digest) continue;
    found[digest] = { ext: match[2] ?? '', data: bytes.toString('base64') };
  }
  return found;
}

/** The digests that already have a sound file here, whatever their extension. */
export async function localSignatureDigests(dataDir: string): Promise<Set<string>> {
  const dir = join(dataDir, SIGNATURES_DIR);
  const names = await readdir(dir).catch(() => [] as string[]);
  const digests = new Set<string>();
  for (const name of names) {
    const digest = SIGNATURE_NAME.exec(name)?.[1];
    if (digest && sha256Hex(await readFile(join(dir, name))) === digest) digests.add(digest);
  }
  return digests;
}

/**
 * Writes already-verified signatures. Names are rebuilt from the validated digest and
 * extension, never taken as a path, so nothing can land outside the signatures folder.
 */
export async function writeSignatureFiles(
  dataDir: string,
  files: ReadonlyMap<string, BackupSignature>,
): Promise<number> {
  if (files.size === 0) return 0;
  const dir = join(dataDir, SIGNATURES_DIR);
  await mkdir(dir, { recursive: true });
  for (const [digest, { ext, data }] of files) {
    if (!/^[0-9a-f]{64}$/.test(digest) || !/^(?:\.[a-z0-9]{1,8})?$/.test(ext)) {
      throw new TypeError('unverified signature name');
    }
    await writeFileAtomic(join(dir, `${digest}${ext}`), Buffer.from(data, 'base64'));
  }
  await syncDirectory(dir);
  return files.size;
}
