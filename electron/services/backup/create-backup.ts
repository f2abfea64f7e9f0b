import { join } from 'node:path';
import type { DeviceKey } from '../device-key/device-key';
import { writeFileAtomic } from '../fs/atomic-write';
import { diskFullOr, nodeFileSystem, readIfExists } from '../fs/file-system';
import { LEDGER_FILE_NAME } from '../ledger/ledger';
import { checkpointOf } from '../ledger/ledger-checkpoint';
import { ledgerLines } from '../ledger/ledger-lines';
import type { LedgerProblem } from '../ledger/ledger-problem';
import { scanLedger, type PlacedEntry } from '../ledger/ledger-verify';
import { settingsSchema, type Settings } from '../../../common/settings/settings-schema';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupContent } from './backup-format';
import { computeManifest, sealManifest } from './backup-manifest';
import { readBackupLedger, type BackupSummary } from './inspect-backup';
import { readSignatureFiles } from './signature-files';
import { AgreementVersions } from '../policy/agreement-versions';
import { SignedTexts } from '../policy/signed-texts';

export interface CreatedBackup {
  summary: BackupSummary;
  /** Live records whose signature file was missing or damaged here, so it is not in the backup. */
  missingSignatures: string[];
  /** Problems in the ledger that was backed up; the backup keeps it verbatim as evidence. */
  ledgerProblems: LedgerProblem[];
}

/**
 * Writes everything needed to rebuild this device's records into one JSON file, with the
 * ledger's checkpoint and the device's seal over the whole. The lead's passphrase and recovery
 * hashes (`lead-auth.json`) and the device key are never read: a backup travels on USB sticks
 * and email, and must not carry anything that unlocks the lead area or forges a seal.
 */
export async function createBackup(
  dataDir: string,
  settings: Settings | null,
  filePath: string,
  key: DeviceKey,
  now: Date = new Date(),
): Promise<CreatedBackup> {
  const bytes =
    (await readIfExists(nodeFileSystem, join(dataDir, LEDGER_FILE_NAME))) ?? Buffer.alloc(0);
  const scan = scanLedger(bytes, { key });
  // Every whole line, damaged ones included (they are evidence); a torn final write was never
  // saved, so it is left out, and every line in a backup is then a whole line.
  const ledger: string[] = [];
  for (const line of ledgerLines(bytes)) {
    if (line.complete || scan.tail.kind === 'entry-without-newline') ledger.push(line.text);
  }
  const bySeq = new Map<number, PlacedEntry>();
  for (const placed of scan.placed)
    if (!bySeq.has(placed.entry.seq)) bySeq.set(placed.entry.seq, placed);
  // Parsing through the schema keeps only the known settings fields, so nothing unexpected
  // (a secret someone adds to the settings store later) can slip into a backup.
  const cleanSettings = settings ? settingsSchema.parse(settings) : null;
  const draft: BackupContent = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: now.toISOString(),
    sourceDeviceId: cleanSettings?.deviceId ?? 'unknown',
    checkpoint: checkpointOf(scan.head, (seq) => bySeq.get(seq)),
    settings: cleanSettings,
    ledger,
    signatures: {},
  };
  const read = readBackupLedger({ ...draft, manifest: computeManifest(draft) }, key);
  // Only signatures of live records: an erased person's signature must not travel.
  const wanted = new Set(read.liveRecords.map((record) => record.signatureSha256));
  const content: BackupContent = {
    ...draft,
    signatures: await readSignatureFiles(dataDir, wanted),
    // What the live records name by digest (an erased record's not), as kept here.
    agreementVersions: Object.fromEntries(
      await new AgreementVersions(dataDir).findEach(
        read.liveRecords.flatMap((record) => record.aupVersionSha256 ?? []),
      ),
    ),
    signedTexts: Object.fromEntries(
      await new SignedTexts(dataDir).findEach(
        read.liveRecords.map((record) => record.aupTextSha256),
      ),
    ),
  };
  const manifest = computeManifest(content);
  const file = { ...content, manifest, seal: sealManifest(manifest, key) };
  try {
    await writeFileAtomic(filePath, `${JSON.stringify(file)}\n`);
  } catch (error) {
    throw diskFullOr(error);
  }
  return {
    summary: {
      ...read.summary,
      signatureFiles: Object.keys(content.signatures).length,
      authenticity: 'this-device',
    },
    missingSignatures: read.liveRecords
      .filter((record) => !content.signatures[record.signatureSha256])
      .map((record) => record.recordId),
    ledgerProblems: scan.problems,
  };
}
