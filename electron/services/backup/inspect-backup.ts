import { readFile, stat } from 'node:fs/promises';
import { DomainError } from '../errors';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import { sha256Hex } from '../ledger/canonical-json';
import { scanLedger, type LedgerProblem } from '../ledger/ledger-verify';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MAX_BACKUP_BYTES,
  backupFileSchema,
  type BackupFile,
} from './backup-format';
import { manifestMismatch } from './backup-manifest';

export interface BackupSummary {
  createdAt: string;
  sourceDeviceId: string;
  organisationName: string | null;
  ledgerEntries: number;
  liveRecords: number;
  erasedRecords: number;
  signatureFiles: number;
  /** Harmless abandoned partial writes in the source ledger; reported, not imported. */
  skippedPartialLines: number[];
}

/** A backup that has passed every check, with its live records ready to merge. */
export interface VerifiedBackup {
  file: BackupFile;
  summary: BackupSummary;
  /** In the source's chain order; erased records (body null) are not here. */
  liveRecords: AcceptanceRecord[];
  erasedRecordIds: Set<string>;
}

const fail = (code: string, details: Record<string, string | number> = {}) =>
  new DomainError(`backup.${code}`, `errors.backup.${code}`, details);

/** Reads and checks a backup without touching the data directory. */
export async function inspectBackup(filePath: string): Promise<BackupSummary> {
  return (await verifyBackupFile(filePath)).summary;
}

export async function verifyBackupFile(filePath: string): Promise<VerifiedBackup> {
  const file = parseBackup(await readBounded(filePath));
  const part = manifestMismatch(file, file.manifest);
  if (part) throw fail('manifestMismatch', { part });
  for (const [digest, { data }] of Object.entries(file.signatures)) {
    if (sha256Hex(Buffer.from(data, 'base64')) !== digest) {
      throw fail('signatureMismatch', { digest });
    }
  }
  return verifyChain(file);
}

async function readBounded(filePath: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) throw fail('unreadable');
    size = info.size;
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw fail('unreadable', { reason: (error as NodeJS.ErrnoException).code ?? 'unknown' });
  }
  if (size > MAX_BACKUP_BYTES) throw fail('tooLarge', { bytes: size, limit: MAX_BACKUP_BYTES });
  return readFile(filePath, 'utf8');
}

function parseBackup(text: string): BackupFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw fail('unparseable');
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw fail('wrongFormat');
  const { format, formatVersion } = json as { format?: unknown; formatVersion?: unknown };
  if (format !== BACKUP_FORMAT) throw fail('wrongFormat');
  if (typeof formatVersion === 'number' && formatVersion > BACKUP_FORMAT_VERSION) {
    throw fail('newerFormat', { formatVersion });
  }
  const parsed = backupFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw fail('invalid', { path: issue ? issue.path.map(String).join('.') : '' });
  }
  return parsed.data;
}

/**
 * The source chain must verify. The one tolerated problem is an abandoned partial write that the
 * chain skips over cleanly: refusing it would make the backup of a device that once lost power
 * unrestorable, and no entry is missing.
 */
function verifyChain(file: BackupFile): VerifiedBackup {
  const read = readBackupLedger(file);
  const fatal = read.problems.find((problem) => problem.nature !== 'truncated');
  if (fatal) throw fail('chainBroken', { position: fatal.position, nature: fatal.nature });
  return { file, ...read };
}

/** Summarises the ledger inside a backup and lists its problems, without judging them. */
export function readBackupLedger(
  file: BackupFile,
): Omit<VerifiedBackup, 'file'> & { problems: LedgerProblem[] } {
  const scan = scanLedger(file.ledger.map((line) => `${line}\n`).join(''));
  const erasedRecordIds = new Set<string>();
  for (const { entry } of scan.placed) {
    if (entry.kind === 'erasure') {
      entry.body?.erasedRecordIds.forEach((id) => erasedRecordIds.add(id));
    }
  }
  const completions = scan.placed.flatMap(({ entry }) =>
    entry.kind === 'completion' ? [entry] : [],
  );
  // A completion an erasure names counts as erased even if its body was not yet blanked.
  const liveRecords = completions.flatMap((entry) =>
    entry.body && !erasedRecordIds.has(entry.recordId) ? [entry.body] : [],
  );
  const summary: BackupSummary = {
    createdAt: file.createdAt,
    sourceDeviceId: file.sourceDeviceId,
    organisationName: file.settings?.organisation.orgName ?? null,
    ledgerEntries: scan.placed.length,
    liveRecords: liveRecords.length,
    erasedRecords: completions.length - liveRecords.length,
    signatureFiles: Object.keys(file.signatures).length,
    skippedPartialLines: scan.problems
      .filter((problem) => problem.nature === 'truncated')
      .map((problem) => problem.position),
  };
  return { summary, liveRecords, erasedRecordIds, problems: scan.problems };
}
