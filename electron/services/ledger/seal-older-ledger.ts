import { join } from 'node:path';
import type { DeviceKey } from '../device-key/device-key';
import { writeFileAtomic } from '../fs/atomic-write';
import { nodeFileSystem, readIfExists, type FileSystem } from '../fs/file-system';
import { CHECKPOINT_FILE_NAME, writeDeviceCheckpoint } from './checkpoint-file';
import { checkpointOf } from './ledger-checkpoint';
import { entrySealText } from './ledger-entry';
import { ledgerLines } from './ledger-lines';
import { scanLedger } from './ledger-verify';
import { LEDGER_FILE_NAME } from './ledger';

export type OlderLedgerOutcome =
  | { sealed: false }
  | { sealed: true; entries: number; checkpoint: { entries: number; headHash: string } };

/**
 * Upgrading from a version that wrote no seals: the ledger's entries carry none, and from now on
 * every unsealed entry is reported as damage, so every completion on the device would lose its
 * certificate at once. Called only when the device key has just been made (there was none
 * before), this seals those entries once, in one atomic rewrite, and writes the first checkpoint.
 *
 * It does so only when the file is exactly what an older version leaves: no checkpoint yet,
 * every entry intact and chained, and none sealed. Anything else (an edit, a broken chain, a
 * single sealed entry) is left untouched and reported as it is. The seal added then vouches
 * that the entries were on this device, intact, when it was upgraded; not who wrote them before
 * (SECURITY.md says so). Adding the seal changes no hash: the seal is over the entry hash.
 */
export async function sealOlderLedger(
  dataDir: string,
  key: DeviceKey,
  fs: FileSystem = nodeFileSystem,
): Promise<OlderLedgerOutcome> {
  const file = join(dataDir, LEDGER_FILE_NAME);
  if (await readIfExists(fs, join(dataDir, CHECKPOINT_FILE_NAME))) return { sealed: false };
  const bytes = await readIfExists(fs, file);
  if (!bytes || bytes.length === 0) return { sealed: false };
  const scan = scanLedger(bytes, { key });
  const everyEntryOnlyUnsealed =
    scan.placed.length > 0 &&
    scan.lineCount === scan.placed.length &&
    scan.tail.kind === 'newline' &&
    scan.problems.length === scan.placed.length &&
    scan.problems.every((problem) => problem.nature === 'unsealed');
  if (!everyEntryOnlyUnsealed) return { sealed: false };

  const lines: string[] = [];
  for (const line of ledgerLines(bytes)) {
    const entry = scan.placed[lines.length]?.entry;
    if (!entry || entry.keyId !== undefined || entry.seal !== undefined) return { sealed: false };
    const seal = key.seal('ledger-entry', entrySealText({ hash: entry.hash, keyId: key.id }));
    // The line's own bytes are kept as they are; the two fields are added at its end.
    const fields = `${JSON.stringify('keyId')}:${JSON.stringify(key.id)},${JSON.stringify('seal')}:${JSON.stringify(seal)}`;
    lines.push(`${line.text.slice(0, -1)},${fields}}`);
  }
  const sealedBytes = Buffer.from(`${lines.join('\n')}\n`, 'utf8');
  const check = scanLedger(sealedBytes, { key });
  if (check.problems.length > 0) return { sealed: false };
  await writeFileAtomic(file, sealedBytes, fs);
  const bySeq = new Map(check.placed.map((placed) => [placed.entry.seq, placed]));
  const checkpoint = checkpointOf(check.head, (seq) => bySeq.get(seq));
  await writeDeviceCheckpoint(fs, dataDir, key, checkpoint);
  return {
    sealed: true,
    entries: check.placed.length,
    checkpoint: { entries: checkpoint.entries, headHash: checkpoint.headHash },
  };
}
