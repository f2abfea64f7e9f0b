import { randomUUID } from 'node:crypto';
import type { BackupSettings } from './adopt-settings';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import type { DeviceKey } from '../device-key/device-key';
import { DomainError } from '../errors';
import type { Ledger } from '../ledger/ledger';
import { verifyBackupFile, type BackupSummary } from './inspect-backup';
import { changedSinceOwnBackup, mergeVerifiedBackup, type MergeResult } from './merge-backup';
import { comparableName } from '../signing/names-match';

export interface ImportInspection {
  /** Names this inspected file for the merge that follows, if the lead goes ahead. */
  ticket: string;
  summary: BackupSummary;
  /**
   * The backup's organisation when it is not this device's (compared as names are: case, spacing
   * and accents aside); null when it is the same, or either side has none. Importing would keep
   * its records under that name, and adopting its settings would take that organisation over.
   */
  otherOrganisation: string | null;
}

export interface ImportOutcome {
  summary: BackupSummary;
  result: MergeResult;
  settingsAdopted: boolean;
}

export interface BackupImportDeps {
  dataDir: string;
  deviceKey: () => Promise<DeviceKey>;
  ledger: () => Promise<Ledger>;
  /** This device's organisation name, as set up. */
  organisationName: () => string;
  /**
   * Records the merge appended here: the LRS queue takes them, so records from a device that
   * never reached the LRS get there through this one (see LrsSyncService.recordImports).
   */
  onImported?: (records: readonly AcceptanceRecord[]) => Promise<void>;
  /** Takes over the backup's organisation details and training rules. */
  adoptSettings: (fromBackup: BackupSettings) => void;
}

/**
 * Importing in two steps, so the lead sees who vouches for a backup (this device, another
 * device, nobody) before anything is merged: `inspect` checks the file and remembers it under a
 * ticket; `merge` checks it again and refuses if it changed in between. The renderer never names
 * a path; main keeps the one the lead chose in the dialog.
 */
export class BackupImports {
  private pending: { ticket: string; path: string; manifest: string } | null = null;

  constructor(private readonly deps: BackupImportDeps) {}

  async inspect(path: string): Promise<ImportInspection> {
    this.pending = null;
    const backup = await verifyBackupFile(path, await this.deps.deviceKey());
    const changed = changedSinceOwnBackup(backup, await this.deps.ledger());
    if (changed) throw changed;
    const ticket = randomUUID();
    this.pending = { ticket, path, manifest: backup.file.manifest.whole };
    return {
      ticket,
      summary: backup.summary,
      otherOrganisation: this.otherOrganisation(backup.summary),
    };
  }

  private otherOrganisation({ organisationName: theirs }: BackupSummary): string | null {
    const ours = this.deps.organisationName();
    if (!theirs?.trim() || !ours.trim()) return null;
    return comparableName(theirs) === comparableName(ours) ? null : theirs;
  }

  async merge(ticket: string, adoptSettings: boolean): Promise<ImportOutcome> {
    const pending = this.pending;
    if (pending?.ticket !== ticket) {
      throw new DomainError('backup.notInspected', 'errors.backup.notInspected');
    }
    this.pending = null;
    const backup = await verifyBackupFile(pending.path, await this.deps.deviceKey());
    if (backup.file.manifest.whole !== pending.manifest) {
      throw new DomainError('backup.changedSinceChecked', 'errors.backup.changedSinceChecked');
    }
    const { result, importedRecords } = await mergeVerifiedBackup(
      this.deps.dataDir,
      backup,
      await this.deps.ledger(),
    );
    await this.deps.onImported?.(importedRecords);
    const settings = adoptSettings ? backup.file.settings : null;
    if (settings) this.deps.adoptSettings(settings);
    return { summary: backup.summary, result, settingsAdopted: settings !== null };
  }
}
