import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import { LEDGER_FILE_NAME } from '../ledger/ledger';
import type { LedgerProblem } from '../ledger/ledger-verify';
import { settingsSchema, type Settings } from '../../../common/settings/settings-schema';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupContent } from './backup-format';
import { computeManifest } from './backup-manifest';
import { readBackupLedger, type BackupSummary } from './inspect-backup';
import { readSignatureFiles } from './signature-files';

export interface CreatedBackup {
  summary: BackupSummary;
  /** Live records whose signature file was missing or damaged here, so it is not in the backup. */
  missingSignatures: string[];
  /** Problems in the ledger that was backed up; the backup keeps it verbatim as evidence. */
  ledgerProblems: LedgerProblem[];
}

/**
 * Writes everything needed to rebuild this device's records into one JSON file. The lead's
 * passphrase and recovery hashes (`lead-auth.json`) are never read: a backup travels on USB
 * sticks and email, and must not carry anything that unlocks the lead area.
 */
export async function createBackup(
  dataDir: string,
  settings: Settings | null,
  filePath: string,
  now: Date = new Date(),
): Promise<CreatedBackup> {
  const ledgerText = await readFile(join(dataDir, LEDGER_FILE_NAME), 'utf8').catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    },
  );
  const ledger = ledgerText.split('\n');
  if (ledgerText.endsWith('\n') || ledgerText === '') ledger.pop();
  // Parsing through the schema keeps only the known settings fields, so nothing unexpected
  // (a secret someone adds to the settings store later) can slip into a backup.
  const cleanSettings = settings ? settingsSchema.parse(settings) : null;
  const draft: BackupContent = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt: now.toISOString(),
    sourceDeviceId: cleanSettings?.deviceId ?? 'unknown',
    settings: cleanSettings,
    ledger,
    signatures: {},
  };
  const read = readBackupLedger({ ...draft, manifest: computeManifest(draft) });
  // Only signatures of live records: an erased person's signature must not travel.
  const wanted = new Set(read.liveRecords.map((record) => record.signatureSha256));
  const content: BackupContent = {
    ...draft,
    signatures: await readSignatureFiles(dataDir, wanted),
  };
  const file = { ...content, manifest: computeManifest(content) };
  await writeFileAtomic(filePath, `${JSON.stringify(file)}\n`);
  return {
    summary: { ...read.summary, signatureFiles: Object.keys(content.signatures).length },
    missingSignatures: read.liveRecords
      .filter((record) => !content.signatures[record.signatureSha256])
      .map((record) => record.recordId),
    ledgerProblems: read.problems,
  };
}
