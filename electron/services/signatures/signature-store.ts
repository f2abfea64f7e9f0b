import { access, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';
import { sha256Hex } from '../ledger/canonical-json';
import { decodePngDataUrl } from './png-data-url';
import { checkText, PERSON_NAME } from '../../../common/text/text-policy';

/** A typed signature is a name, so it has the names' limit (common/text/text-policy.ts). */
export const MAX_TYPED_SIGNATURE_LENGTH = PERSON_NAME.maxLength;

export type StoredSignature =
  | { method: 'drawn'; sha256: string; png: Uint8Array }
  | { method: 'typed'; sha256: string; text: string };

/**
 * Signatures live beside the ledger as `<dataDir>/signatures/<sha256>.png|.txt`. Files are named
 * by their content hash, which is what the acceptance record stores, so a record always points
 * at exactly the signature that was given, and a changed file is detected on read.
 */
export class SignatureStore {
  private readonly dir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'signatures');
  }

  /** Saves a drawn signature (a `data:image/png;base64,…` URL) and returns its SHA-256. */
  async saveDrawn(dataUrl: string): Promise<string> {
    return this.save(decodePngDataUrl(dataUrl), 'png');
  }

  /** Saves a typed signature (the name as typed, trimmed) and returns its SHA-256. */
  async saveTyped(text: string): Promise<string> {
    // The one policy for names: no control, direction or invisible characters, none the
    // certificate cannot print, and stored cleaned (NFC, trimmed, single spaces).
    const typed = typeof text === 'string' ? checkText(text, PERSON_NAME) : null;
    if (!typed || typed.problem) {
      throw new DomainError('SIGNATURE_INVALID_TEXT', 'errors.signature.invalidText', {
        max: MAX_TYPED_SIGNATURE_LENGTH,
      });
    }
    return this.save(new TextEncoder().encode(typed.value), 'txt');
  }

  async read(sha256: string): Promise<StoredSignature> {
    assertHash(sha256);
    for (const extension of ['png', 'txt'] as const) {
      const bytes = await readIfExists(join(this.dir, `${sha256}.${extension}`));
      if (!bytes) continue;
      if (sha256Hex(bytes) !== sha256) {
        throw new DomainError('SIGNATURE_TAMPERED', 'errors.signature.tampered', { sha256 });
      }
      return extension === 'png'
        ? { method: 'drawn', sha256, png: new Uint8Array(bytes) }
        : { method: 'typed', sha256, text: new TextDecoder().decode(bytes) };
    }
    throw new DomainError('SIGNATURE_NOT_FOUND', 'errors.signature.notFound', { sha256 });
  }

  /** For erasure on request: the typed form of a signature is personal data too. */
  async remove(sha256: string): Promise<void> {
    assertHash(sha256);
    await Promise.all(
      (['png', 'txt'] as const).map((extension) =>
        rm(join(this.dir, `${sha256}.${extension}`), { force: true }),
      ),
    );
  }

  private async save(bytes: Uint8Array, extension: 'png' | 'txt'): Promise<string> {
    const sha256 = sha256Hex(bytes);
    const file = join(this.dir, `${sha256}.${extension}`);
    await mkdir(this.dir, { recursive: true });
    // Same content, same name: an existing file already holds exactly these bytes.
    if (!(await exists(file))) await writeFileAtomic(file, bytes);
    return sha256;
  }
}

function assertHash(sha256: string): void {
  // Also keeps the value from ever being read as a path (no '/', no '..').
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) {
    throw new DomainError('SIGNATURE_INVALID_HASH', 'errors.signature.invalidHash');
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
