import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DomainError } from '../errors';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import type { RevisionsOf } from '../policy/agreement-versions';
import { csvCell } from './csv-cells';
import { csvLayout, headerFor, type CsvLabels } from './csv-columns';
import type { CheckpointClaim } from '../ledger/ledger-checkpoint';
import { checkpointRow } from './csv-checkpoint-row';

/** Excel needs the byte-order mark to read UTF-8 (Welsh accents, emoji) instead of ANSI. */
const BOM = '\uFEFF';
const CRLF = '\r\n';
export const DEFAULT_CHUNK_ROWS = 1000;

export interface CsvProgress {
  rowsWritten: number;
  totalRows: number;
}

export interface WriteCsvOptions {
  labels?: CsvLabels;
  onProgress?: (progress: CsvProgress) => void;
  signal?: AbortSignal;
  chunkRows?: number;
  /** The version learners sign now: adds the "re-sign needed" column. */
  currentAupVersion?: string;
  /** The ledger's checkpoint, written as the closing row (see csv-checkpoint-row.ts). */
  checkpoint?: CheckpointClaim;
  /** Each record's clause revisions (AgreementVersions.revisionsOf); else only those it carries. */
  revisionsOf?: RevisionsOf;
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DomainError('export-cancelled', 'errors.export.cancelled');
}

/**
 * Writes one row per record, in chunks so a large export keeps the app responsive and can be
 * cancelled. It goes to a temp file that is renamed over `filePath` only when complete, so a
 * cancelled or failed export leaves no partial file and never damages an earlier export.
 */
export async function writeCsv(
  records: readonly AcceptanceRecord[],
  filePath: string,
  options: WriteCsvOptions = {},
): Promise<{ rows: number; columns: number }> {
  const { signal, onProgress, chunkRows = DEFAULT_CHUNK_ROWS } = options;
  throwIfCancelled(signal);
  // RFC 4180: CRLF between records, quotes doubled, neutralised cells always quoted.
  const layout = csvLayout(records, options.currentAupVersion, options.revisionsOf);
  const header = layout.keys.map((key) => csvCell(headerFor(key, options.labels))).join(',');
  const tempPath = join(
    dirname(filePath),
    `.${basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`,
  );

  try {
    const handle = await open(tempPath, 'wx');
    try {
      await handle.write(BOM + header + CRLF);
      for (let start = 0; start < records.length; start += chunkRows) {
        throwIfCancelled(signal);
        const chunk = records.slice(start, start + chunkRows);
        await handle.write(chunk.map((r) => layout.line(r) + CRLF).join(''));
        onProgress?.({ rowsWritten: start + chunk.length, totalRows: records.length });
      }
      if (options.checkpoint) {
        const row = checkpointRow(options.checkpoint, layout.keys.length);
        await handle.write(row.map(csvCell).join(',') + CRLF);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    throwIfCancelled(signal);
    await rename(tempPath, filePath);
  } catch (error) {
    await rm(tempPath, { force: true });
    if (error instanceof DomainError) throw error;
    throw new DomainError('export-write-failed', 'errors.export.writeFailed', {
      reason: (error as NodeJS.ErrnoException).code ?? 'unknown',
    });
  }
  return { rows: records.length, columns: layout.keys.length };
}
