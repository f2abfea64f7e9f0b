import { join } from 'node:path';
import { z } from 'zod';
import { KEY_ID_PATTERN, SEAL_PATTERN, type DeviceKey } from '../device-key/device-key';
import { writeFileAtomic } from '../fs/atomic-write';
import { readIfExists, type FileSystem } from '../fs/file-system';
import { canonicalJson } from './canonical-json';
import type { LedgerCheckpoint } from './ledger-checkpoint';
import type { LedgerProblem } from './ledger-problem';

export const CHECKPOINT_FILE_NAME = 'ledger-checkpoint.json';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const checkpointFileSchema = z
  .object({
    format: z.literal('esafety-ledger-checkpoint'),
    version: z.literal(1),
    entries: z.number().int().min(0),
    headHash: hex64,
    bytes: z.number().int().min(0),
    keyId: z.string().regex(KEY_ID_PATTERN),
    seal: z.string().regex(SEAL_PATTERN),
  })
  .strict();

/** What this device's own checkpoint file says, judged with the device key. */
export type DeviceCheckpoint =
  | { status: 'absent' }
  | { status: 'invalid'; reason: 'unreadable' | 'other-key' | 'seal-mismatch' }
  | { status: 'valid'; checkpoint: LedgerCheckpoint };

function sealText(checkpoint: LedgerCheckpoint, keyId: string): string {
  const { entries, headHash, bytes } = checkpoint;
  return canonicalJson({ entries, headHash, bytes, keyId });
}

export async function readDeviceCheckpoint(
  fs: FileSystem,
  dataDir: string,
  key: DeviceKey,
): Promise<DeviceCheckpoint> {
  const bytes = await readIfExists(fs, join(dataDir, CHECKPOINT_FILE_NAME));
  if (!bytes) return { status: 'absent' };
  let file: z.infer<typeof checkpointFileSchema>;
  try {
    file = checkpointFileSchema.parse(JSON.parse(bytes.toString('utf8')));
  } catch {
    return { status: 'invalid', reason: 'unreadable' };
  }
  const checkpoint = { entries: file.entries, headHash: file.headHash, bytes: file.bytes };
  if (file.keyId !== key.id) return { status: 'invalid', reason: 'other-key' };
  if (!key.verify('ledger-checkpoint', sealText(checkpoint, file.keyId), file.seal)) {
    return { status: 'invalid', reason: 'seal-mismatch' };
  }
  return { status: 'valid', checkpoint };
}

/**
 * Written after each append or erasure, once the ledger itself is on disk, so it can lag the
 * ledger (a crash in between) but never run ahead of it.
 */
export async function writeDeviceCheckpoint(
  fs: FileSystem,
  dataDir: string,
  key: DeviceKey,
  checkpoint: LedgerCheckpoint,
): Promise<void> {
  const { entries, headHash, bytes } = checkpoint;
  const file = {
    format: 'esafety-ledger-checkpoint',
    version: 1,
    entries,
    headHash,
    bytes,
    keyId: key.id,
    seal: key.seal('ledger-checkpoint', sealText(checkpoint, key.id)),
  };
  await writeFileAtomic(join(dataDir, CHECKPOINT_FILE_NAME), `${JSON.stringify(file)}\n`, fs);
}

/** Findings about the checkpoint file itself, reported at position 0 (the ledger as a whole). */
export function deviceCheckpointProblems(
  state: DeviceCheckpoint,
  ledgerHasLines: boolean,
): LedgerProblem[] {
  if (state.status === 'absent' && ledgerHasLines) {
    return [
      {
        position: 0,
        nature: 'checkpoint-missing',
        entries: null,
        message: 'The ledger has entries but its checkpoint file is missing.',
      },
    ];
  }
  if (state.status === 'invalid') {
    const why = {
      unreadable: 'cannot be read',
      'other-key': 'was sealed by another device key',
      'seal-mismatch': 'does not carry this device’s seal',
    }[state.reason];
    return [
      {
        position: 0,
        nature: 'checkpoint-invalid',
        entries: null,
        message: `The ledger’s checkpoint file ${why}.`,
      },
    ];
  }
  return [];
}
