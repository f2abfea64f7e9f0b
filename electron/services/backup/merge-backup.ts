import type { DeviceKey } from '../device-key/device-key';
import { DomainError } from '../errors';
import { Ledger } from '../ledger/ledger';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import type { BackupSignature } from './backup-format';
import { verifyBackupFile, type VerifiedBackup } from './inspect-backup';
import { planMerge, type LocalState, type MergeConflict } from './merge-plan';
import { localSignatureDigests, writeSignatureFiles } from './signature-files';
import { AgreementVersions } from '../policy/agreement-versions';
import { SignedTexts } from '../policy/signed-texts';

export interface MergeResult {
  imported: number;
  /** Records already here with identical content. */
  duplicates: number;
  /** Not imported: the lead must look at these (see `MergeConflict`). */
  conflicts: MergeConflict[];
  /** Records erased here; a merge never brings them back. */
  skippedErasedHere: number;
  /** Records live here but erased in the source: kept, listed so the lead can erase them here. */
  erasedInSource: string[];
  /** Signature files written: for imported records, and any lost here for records already held. */
  signaturesCopied: number;
  /** Imported records whose signature file neither the backup nor this device has. */
  missingSignatures: string[];
}

export interface MergeOptions {
  /** This device's key: checks the backup's seal, and seals the entries the merge appends. */
  key: DeviceKey;
  /**
   * The app's open ledger for `dataDir`. Pass it when the app holds one: a second instance
   * would append from its own view of the chain head and the app's next append would break it.
   */
  ledger?: Ledger;
}

/**
 * Brings another device's (or an older) backup into this data directory. Every check runs
 * before the first write, so a bad, edited or hostile file changes nothing here. Records are
 * appended as new local entries, so the local chain stays sound and grows; the source's own
 * chain is only verified, never spliced in.
 */
export async function mergeBackup(
  dataDir: string,
  filePath: string,
  options: MergeOptions,
): Promise<MergeResult> {
  const backup = await verifyBackupFile(filePath, options.key);
  const ledger = options.ledger ?? (await Ledger.open(dataDir, { key: options.key }));
  return (await mergeVerifiedBackup(dataDir, backup, ledger)).result;
}

/**
 * The merge itself, for a backup `verifyBackupFile` has already passed. Also hands back the
 * records it appended, for whoever must hear of new records here (the LRS queue); they stay in
 * main, unlike the result, which the lead's screen shows.
 */
export async function mergeVerifiedBackup(
  dataDir: string,
  backup: VerifiedBackup,
  ledger: Ledger,
): Promise<{ result: MergeResult; importedRecords: readonly AcceptanceRecord[] }> {
  const damage = ledger.verification().problems.find((p) => p.nature !== 'truncated');
  if (damage) {
    // Appending to a damaged ledger would bury the damage under new entries; restoring into a
    // fresh data directory is the way out, and the lead should decide that.
    throw new DomainError('backup.localLedgerDamaged', 'errors.backup.localLedgerDamaged', {
      position: damage.position,
      nature: damage.nature,
    });
  }
  const changed = changedSinceOwnBackup(backup, ledger);
  if (changed) throw changed;
  const plan = planMerge(localState(ledger), backup.liveRecords, backup.erasedRecordIds);

  // The files records point at by digest, for the records imported and for those already held
  // here: restoring a device's own backup brings back a signature, version or signed text lost or
  // damaged here since (never for a record erased here: planMerge leaves those out).
  const served = [...plan.toImport, ...plan.duplicates];
  const imported = new Set(plan.toImport);
  const haveHere = await localSignatureDigests(dataDir);
  const toCopy = new Map<string, BackupSignature>();
  const missingSignatures: string[] = [];
  for (const record of served) {
    const digest = record.signatureSha256;
    const carried = backup.file.signatures[digest];
    if (haveHere.has(digest) || toCopy.has(digest)) continue;
    if (carried) toCopy.set(digest, carried);
    else if (imported.has(record)) missingSignatures.push(record.recordId);
  }

  // Signatures, agreement versions and signed words first: they are content-addressed, so one
  // written before a failed append is harmless, whereas a record without them would look
  // incomplete.
  const signaturesCopied = await writeSignatureFiles(dataDir, toCopy);
  await new AgreementVersions(dataDir).keepEach(
    served.flatMap((record) => record.aupVersionSha256 ?? []),
    backup.file.agreementVersions ?? {},
  );
  await new SignedTexts(dataDir).keepEach(
    served.map((record) => record.aupTextSha256),
    backup.file.signedTexts ?? {},
  );
  await ledger.appendCompletions(plan.toImport);

  const result: MergeResult = {
    imported: plan.toImport.length,
    duplicates: plan.duplicates.length,
    conflicts: plan.conflicts,
    skippedErasedHere: plan.skippedErasedHere,
    erasedInSource: plan.erasedInSource,
    signaturesCopied,
    missingSignatures,
  };
  return { result, importedRecords: plan.toImport };
}

/**
 * This device's own backup remembers where this ledger stood. If the ledger no longer holds
 * those entries unchanged, its tail was cut or its past rewritten since: that is for the lead to
 * see, and merging on top would bury it.
 */
export function changedSinceOwnBackup(backup: VerifiedBackup, ledger: Ledger): DomainError | null {
  const { checkpoint } = backup.file;
  if (backup.summary.authenticity !== 'this-device' || !checkpoint) return null;
  const found = ledger.checkAgainst(checkpoint, 'This device’s backup')[0];
  if (!found) return null;
  return new DomainError('backup.localLedgerChanged', 'errors.backup.localLedgerChanged', {
    nature: found.nature,
    entries: checkpoint.entries,
    now: ledger.checkpoint().entries,
  });
}

function localState(ledger: Ledger): LocalState {
  const erasedRecordIds = new Set<string>();
  for (const entry of ledger.entries()) {
    if (entry.kind === 'erasure') {
      entry.body?.erasedRecordIds.forEach((id) => erasedRecordIds.add(id));
    } else if (entry.body === null) {
      erasedRecordIds.add(entry.recordId);
    }
  }
  const live = ledger.liveRecords().filter((record) => !erasedRecordIds.has(record.recordId));
  return { live, erasedRecordIds };
}
