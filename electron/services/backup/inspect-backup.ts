import { readFile, stat } from 'node:fs/promises';
import type { DeviceKey } from '../device-key/device-key';
import { DomainError } from '../errors';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import { sha256Hex } from '../ledger/canonical-json';
import { checkpointOf, checkpointProblems } from '../ledger/ledger-checkpoint';
import type { LedgerProblem } from '../ledger/ledger-problem';
import { scanLedger, type LedgerScan, type PlacedEntry } from '../ledger/ledger-verify';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_LEDGER_LINES,
  MAX_BACKUP_LINE_CHARS,
  MAX_UNREADABLE_BACKUP_LINES,
  PARTS_SINCE,
  backupFileSchema,
  type BackupFile,
} from './backup-format';
import { backupAuthenticity, manifestMismatch, type BackupAuthenticity } from './backup-manifest';
import { agreementVersionDigest } from '../policy/agreement-versions';
import { signedTextDigest } from '../policy/signed-texts';

export interface BackupSummary {
  createdAt: string;
  sourceDeviceId: string;
  organisationName: string | null;
  ledgerEntries: number;
  liveRecords: number;
  erasedRecords: number;
  signatureFiles: number;
  /** Who vouches for the backup; anything but 'this-device' is shown to the lead as a warning. */
  authenticity: BackupAuthenticity;
  /** How many entries the source ledger had by its checkpoint (null in version 1 backups). */
  checkpointEntries: number | null;
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
export async function inspectBackup(filePath: string, key: DeviceKey): Promise<BackupSummary> {
  return (await verifyBackupFile(filePath, key)).summary;
}

/**
 * Every check a backup must pass before anything is merged from it, cheapest first: size,
 * JSON, shape and limits, schema, manifest, the device seal, signature images, then the chain.
 * A seal that claims this device's key but does not check out is refused as tampered; one by
 * another device, or none, is reported in `summary.authenticity` for the lead to weigh.
 */
export async function verifyBackupFile(filePath: string, key: DeviceKey): Promise<VerifiedBackup> {
  const file = parseBackup(await readBounded(filePath));
  const part = manifestMismatch(file, file.manifest);
  if (part) throw fail('manifestMismatch', { part });
  const authenticity = backupAuthenticity(file.manifest, file.seal, key);
  if (authenticity === 'mismatch') throw fail('sealMismatch');
  for (const [digest, { data }] of Object.entries(file.signatures)) {
    if (sha256Hex(Buffer.from(data, 'base64')) !== digest) {
      throw fail('signatureMismatch', { digest });
    }
  }
  checkDigests('agreementVersions', file.agreementVersions, agreementVersionDigest);
  checkDigests('signedTexts', file.signedTexts, signedTextDigest);
  return verifyChain(file, authenticity, key);
}

/** Content-addressed like the signatures: a thing edited in the file no longer matches its name. */
function checkDigests<T>(
  part: string,
  byDigest: Readonly<Record<string, T>> | undefined,
  digestOf: (value: T) => string,
): void {
  for (const [digest, value] of Object.entries(byDigest ?? {})) {
    if (digestOf(value) !== digest) throw fail('invalid', { path: `${part}.${digest}` });
  }
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
  const { format, formatVersion, ledger } = json as Record<string, unknown>;
  if (format !== BACKUP_FORMAT) throw fail('wrongFormat');
  if (typeof formatVersion === 'number' && formatVersion > BACKUP_FORMAT_VERSION) {
    throw fail('newerFormat', { formatVersion });
  }
  checkLedgerLimits(ledger);
  const parsed = backupFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw fail('invalid', { path: issue ? issue.path.map(String).join('.') : '' });
  }
  for (const [part, since] of Object.entries(PARTS_SINCE)) {
    const name = part as keyof typeof PARTS_SINCE;
    if (parsed.data.formatVersion >= since && !parsed.data[name]) {
      throw fail('invalid', { path: name });
    }
  }
  return parsed.data;
}

/** Counted before the schema walks every line, so a flood of lines is refused cheaply. */
function checkLedgerLimits(ledger: unknown): void {
  if (!Array.isArray(ledger)) return; // the schema reports it with its path
  if (ledger.length > MAX_BACKUP_LEDGER_LINES) {
    throw fail('tooManyLines', { lines: ledger.length, limit: MAX_BACKUP_LEDGER_LINES });
  }
  const long = ledger.findIndex(
    (line) => typeof line === 'string' && line.length > MAX_BACKUP_LINE_CHARS,
  );
  if (long >= 0) throw fail('invalid', { path: `ledger.${long}` });
}

/**
 * The source chain must verify with no problem at all, and agree with the backup's own
 * checkpoint. Entry seals are judged only when the backup is this device's own: another
 * device's key is not here to check them with (the lead is warned instead).
 */
function verifyChain(
  file: BackupFile,
  authenticity: BackupAuthenticity,
  key: DeviceKey,
): VerifiedBackup {
  const read = readBackupLedger(file, authenticity === 'this-device' ? key : null);
  if (read.scan.stoppedAt !== null) {
    throw fail('chainBroken', { position: read.scan.stoppedAt, nature: 'unparseable' });
  }
  const fatal = read.problems[0];
  if (fatal) throw fail('chainBroken', { position: fatal.position, nature: fatal.nature });
  const { liveRecords, erasedRecordIds } = read;
  return { file, summary: { ...read.summary, authenticity }, liveRecords, erasedRecordIds };
}

export interface BackupLedgerReading extends Omit<VerifiedBackup, 'file'> {
  scan: LedgerScan;
  /** Problems in the ledger lines, then any disagreement with the backup's checkpoint. */
  problems: LedgerProblem[];
}

/**
 * Summarises the ledger inside a backup and lists its problems, without judging them. With no
 * key, entry seals are not judged (see verifyChain).
 */
export function readBackupLedger(file: BackupFile, key: DeviceKey | null): BackupLedgerReading {
  const bytes = Buffer.from(file.ledger.map((line) => `${line}\n`).join(''), 'utf8');
  const scan = scanLedger(bytes, { key, maxUnparseableLines: MAX_UNREADABLE_BACKUP_LINES });
  const bySeq = new Map<number, PlacedEntry>();
  for (const placed of scan.placed)
    if (!bySeq.has(placed.entry.seq)) bySeq.set(placed.entry.seq, placed);
  const problems = [...scan.problems];
  if (file.checkpoint) {
    const subject = {
      head: scan.head,
      lineCount: scan.lineCount,
      bySeq: (s: number) => bySeq.get(s),
    };
    problems.push(...checkpointProblems(file.checkpoint, subject, 'The backup’s checkpoint'));
    const own = checkpointOf(scan.head, subject.bySeq);
    if (own.entries !== file.checkpoint.entries && problems.length === 0) {
      problems.push({
        position: scan.lineCount,
        nature: 'rewritten',
        entries: null,
        message: 'The backup holds entries beyond its own checkpoint.',
      });
    }
  }
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
    // Only verifyBackupFile can tell this device's seal from another's; until then, not vouched.
    authenticity: 'unsealed',
    checkpointEntries: file.checkpoint?.entries ?? null,
  };
  return { scan, summary, liveRecords, erasedRecordIds, problems };
}
