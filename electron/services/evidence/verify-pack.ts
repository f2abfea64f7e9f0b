import Papa from 'papaparse';
import { DomainError } from '../errors';
import { readCheckpointRow } from '../exports/csv-checkpoint-row';
import type { CheckpointClaim } from '../ledger/ledger-checkpoint';
import type { LedgerProblem } from '../ledger/ledger-problem';
import { MANIFEST_NAME, packManifestSchema, sha256Of, type PackManifest } from './pack-manifest';
import { PACK_FILES } from './pack-files';
import { unzipPack } from './pack-zip';

export type PackFileState = 'matches' | 'changed' | 'missing';

export interface PackFileCheck {
  path: string;
  state: PackFileState;
}

/**
 * - matches: the ledger still holds every entry the pack's checkpoint covered, unchanged;
 * - ledger-changed: it does not (entries cut off, or the past rewritten): see `problems`;
 * - other-device: the pack was made on another device, whose ledger is not here to compare;
 * - inconsistent: the files of the pack disagree about the checkpoint (the CSV's closing row or
 *   ledger-verification.json is not the manifest's).
 */
export type PackCheckpointState = 'matches' | 'ledger-changed' | 'other-device' | 'inconsistent';

/**
 * Who vouches for the manifest: this device's key (`this-device`), a key this device does not
 * hold (`other-device`), nobody (`unsealed`: the seal file is gone), or a seal that does not
 * match its bytes (`mismatch`: the manifest was edited, digests and all).
 */
export type PackSealState = 'this-device' | 'other-device' | 'unsealed' | 'mismatch';

export interface PackVerification {
  /**
   * True only when every file matches, nothing is extra, this device's seal vouches for the
   * manifest and the checkpoint matches the ledger.
   */
  ok: boolean;
  seal: PackSealState;
  manifest: Pick<PackManifest, 'organisation' | 'createdAt' | 'period' | 'roles' | 'deviceId'> & {
    checkpoint: CheckpointClaim;
  };
  files: PackFileCheck[];
  /** Files in the zip that the manifest does not list (added after the pack was made). */
  extra: string[];
  checkpoint: { state: PackCheckpointState; problems: LedgerProblem[] };
}

export interface LedgerToCompare {
  deviceId: string;
  checkAgainst(claim: CheckpointClaim, origin: string): LedgerProblem[];
  /** This device's key: its id, and a check of an `evidence-pack` seal over some text. */
  keyId: string;
  verifySeal(text: string, seal: string): boolean;
}

/**
 * Checks a pack on its own and against this device's ledger: every file's SHA-256 against the
 * manifest (naming each file that differs or is gone), files nobody listed, and the checkpoint
 * against the ledger. A pack that cannot be read at all (not a zip, no manifest) is refused
 * with a reason instead of a list.
 */
export function verifyPack(bytes: Uint8Array, ledger: LedgerToCompare): PackVerification {
  const files = unzipPack(bytes);
  const manifestBytes = files.get(MANIFEST_NAME);
  const manifest = readManifest(manifestBytes);
  const seal = sealState(manifestBytes!, files.get(PACK_FILES.seal), ledger);
  // The seal file vouches for the manifest, so the manifest does not list it.
  const listed = new Set([...manifest.files.map((f) => f.path), PACK_FILES.seal]);
  const checks: PackFileCheck[] = manifest.files.map((file) => {
    const content = files.get(file.path);
    if (!content) return { path: file.path, state: 'missing' };
    return { path: file.path, state: sha256Of(content) === file.sha256 ? 'matches' : 'changed' };
  });
  const extra = [...files.keys()].filter((path) => path !== MANIFEST_NAME && !listed.has(path));
  const checkpoint = compareCheckpoint(manifest, files, ledger);
  return {
    ok:
      checks.every((c) => c.state === 'matches') &&
      extra.length === 0 &&
      seal === 'this-device' &&
      checkpoint.state === 'matches',
    seal,
    manifest: {
      organisation: manifest.organisation,
      createdAt: manifest.createdAt,
      period: manifest.period,
      roles: manifest.roles,
      deviceId: manifest.deviceId,
      checkpoint: manifest.checkpoint,
    },
    files: checks,
    extra,
    checkpoint,
  };
}

function readManifest(bytes: Uint8Array | undefined): PackManifest {
  const fail = () => new DomainError('evidence-pack-no-manifest', 'errors.evidence.noManifest');
  if (!bytes) throw fail();
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw fail();
  }
  const result = packManifestSchema.safeParse(parsed);
  if (!result.success) throw fail();
  return result.data;
}

function sealState(
  manifest: Uint8Array,
  sealFile: Uint8Array | undefined,
  key: LedgerToCompare,
): PackSealState {
  const found = sealFile ? readJson(sealFile) : null;
  const { keyId, seal } = (found ?? {}) as { keyId?: unknown; seal?: unknown };
  if (typeof keyId !== 'string' || typeof seal !== 'string') return 'unsealed';
  if (keyId !== key.keyId) return 'other-device';
  const text = new TextDecoder().decode(manifest);
  return key.verifySeal(text, seal) ? 'this-device' : 'mismatch';
}

function readJson(bytes: Uint8Array): unknown {
  const json = text(bytes);
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}

function sameClaim(a: CheckpointClaim | null, b: CheckpointClaim): boolean {
  return a !== null && a.entries === b.entries && a.headHash === b.headHash;
}

function compareCheckpoint(
  manifest: PackManifest,
  files: ReadonlyMap<string, Uint8Array>,
  ledger: LedgerToCompare,
): PackVerification['checkpoint'] {
  const claim = manifest.checkpoint;
  if (!sameClaim(csvClaim(files.get(PACK_FILES.csv)), claim)) {
    return { state: 'inconsistent', problems: [] };
  }
  if (!sameClaim(ledgerFileClaim(files.get(PACK_FILES.ledger)), claim)) {
    return { state: 'inconsistent', problems: [] };
  }
  if (manifest.deviceId !== ledger.deviceId) return { state: 'other-device', problems: [] };
  const problems = ledger.checkAgainst(claim, 'The evidence pack');
  return { state: problems.length === 0 ? 'matches' : 'ledger-changed', problems };
}

function text(bytes: Uint8Array | undefined): string | null {
  if (!bytes) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function csvClaim(bytes: Uint8Array | undefined): CheckpointClaim | null {
  const csv = text(bytes);
  if (csv === null) return null;
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  return readCheckpointRow(parsed.data);
}

function ledgerFileClaim(bytes: Uint8Array | undefined): CheckpointClaim | null {
  const value = bytes ? readJson(bytes) : null;
  const { checkpoint } = (value ?? {}) as {
    checkpoint?: { entries?: unknown; headHash?: unknown };
  };
  const { entries, headHash } = checkpoint ?? {};
  return typeof entries === 'number' && typeof headHash === 'string' ? { entries, headHash } : null;
}
