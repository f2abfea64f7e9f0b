import { createBackup } from '../backup/create-backup';
import type { CertificateService } from '../certificates/certificate-service';
import type { DeviceKey } from '../device-key/device-key';
import type { Locale } from '../../../common/content/content-schema';
import { DomainError } from '../errors';
import { writeCsv } from '../exports/csv-export';
import { writeFileAtomic } from '../fs/atomic-write';
import type { CheckpointClaim } from '../ledger/ledger-checkpoint';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import type { RevisionsOf } from '../policy/agreement-versions';
import type { Settings } from '../../../common/settings/settings-schema';
import { recordToStatements, type StatementOptions } from '../xapi/record-to-statements';
import { sendStatements } from '../xapi/send-statements';
import { writeStatementsFile } from '../xapi/statements-file';
import type { JobContext, JobOutcome } from './export-jobs';
import { csvLabels } from './lead-labels';

/**
 * Each export as a job body: given where to write (already chosen through a native dialog),
 * it reports progress and honours cancellation. The dialogs themselves stay in the handlers.
 */

function requireRecords(records: readonly AcceptanceRecord[]): void {
  if (records.length === 0) throw new DomainError('lead-no-records', 'errors.lead.noRecords');
}

export async function exportCsv(
  records: readonly AcceptanceRecord[],
  path: string,
  locale: Locale,
  checkpoint: CheckpointClaim,
  { signal, progress }: JobContext,
  agreement?: { currentVersion: string; revisionsOf: RevisionsOf },
): Promise<JobOutcome> {
  progress(0, records.length);
  const result = await writeCsv(records, path, {
    labels: csvLabels(locale),
    currentAupVersion: agreement?.currentVersion,
    revisionsOf: agreement?.revisionsOf,
    checkpoint,
    signal,
    onProgress: ({ rowsWritten, totalRows }) => progress(rowsWritten, totalRows),
  });
  return { target: path, count: result.rows, notes: { columns: result.columns } };
}

export async function exportCertificateFolder(
  records: readonly AcceptanceRecord[],
  dir: string,
  certificates: CertificateService,
  { signal, progress }: JobContext,
): Promise<JobOutcome> {
  requireRecords(records);
  progress(0, records.length);
  const result = await certificates.writeFolder(records, dir, {
    signal,
    onProgress: (done) => progress(done, records.length),
  });
  return {
    target: dir,
    count: result.written,
    notes: { missingCharacters: result.missingCharacters.join(' ') },
  };
}

export async function exportCombinedCertificates(
  records: readonly AcceptanceRecord[],
  path: string,
  locale: Locale,
  certificates: CertificateService,
  { signal, progress }: JobContext,
): Promise<JobOutcome> {
  requireRecords(records);
  progress(0, records.length);
  // One document in the lead's language: it is printed and filed by the organisation.
  const { pdf, missingCharacters } = await certificates.combined(records, locale, {
    signal,
    onProgress: (done) => progress(done, records.length),
  });
  await writeFileAtomic(path, pdf);
  return {
    target: path,
    count: records.length,
    notes: { missingCharacters: missingCharacters.join(' ') },
  };
}

export async function exportBackup(
  dataDir: string,
  settings: Settings,
  path: string,
  now: Date,
  key: DeviceKey,
  { progress }: JobContext,
): Promise<JobOutcome> {
  progress(0, 1);
  const created = await createBackup(dataDir, settings, path, key, now);
  progress(1, 1);
  return {
    target: path,
    count: created.summary.liveRecords,
    notes: {
      signatureFiles: created.summary.signatureFiles,
      missingSignatures: created.missingSignatures.length,
      ledgerProblems: created.ledgerProblems.length,
    },
  };
}

export interface LrsTarget {
  endpoint: string;
  username: string;
  password: string;
}

function statementsOf(records: readonly AcceptanceRecord[], options: StatementOptions) {
  return records.flatMap((record) => recordToStatements(record, options));
}

export async function exportXapiFile(
  records: readonly AcceptanceRecord[],
  path: string,
  options: StatementOptions,
  { progress }: JobContext,
): Promise<JobOutcome> {
  requireRecords(records);
  const statements = statementsOf(records, options);
  progress(0, statements.length);
  const { count } = await writeStatementsFile(statements, path);
  progress(count, count);
  return { target: path, count, notes: {} };
}

export async function exportXapiSend(
  records: readonly AcceptanceRecord[],
  lrs: LrsTarget,
  options: StatementOptions,
  { signal, progress }: JobContext,
): Promise<JobOutcome> {
  requireRecords(records);
  const statements = statementsOf(records, options);
  const result = await sendStatements(statements, {
    ...lrs,
    signal,
    onProgress: ({ done, total }) => progress(done, total),
  });
  return {
    target: new URL(lrs.endpoint).host,
    count: result.sent + result.alreadyStored,
    notes: { alreadyStored: result.alreadyStored },
  };
}
