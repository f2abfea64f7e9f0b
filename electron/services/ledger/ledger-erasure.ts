import { writeFileAtomic } from '../fs/atomic-write';
import type { FileSystem } from '../fs/file-system';
import { ledgerLines } from './ledger-lines';

/**
 * Rewrites the ledger with the bodies of `recordIds` set to null and the erasure entry appended,
 * as ONE atomic replacement (temp file, fsync, rename, fsync directory). Doing both in one step
 * means a crash or a full disk leaves either the old file or the finished erasure: never
 * personal data removed without the entry that explains why (which verification would flag),
 * nor an erasure entry whose data is still present.
 *
 * Every other line is copied byte for byte, including damaged ones (they are evidence). Only the
 * `body` of matching completion lines changes; their hashes and seals stay, so the chain still
 * verifies. A torn final write starting at byte `dropTornFrom` is dropped (it was never
 * acknowledged); any other final line without a newline is kept and given one. Returns the new
 * file's bytes.
 */
export async function rewriteWithErasure(
  fs: FileSystem,
  file: string,
  recordIds: ReadonlySet<string>,
  erasureLine: string,
  dropTornFrom: number | null,
): Promise<Buffer> {
  const bytes = await fs.readFile(file);
  const parts: Buffer[] = [];
  for (const line of ledgerLines(bytes)) {
    if (!line.complete && line.start === dropTornFrom) continue;
    const redacted = redactLine(line.text, recordIds);
    parts.push(
      redacted === null
        ? bytes.subarray(line.start, line.start + lineLength(line))
        : Buffer.from(redacted, 'utf8'),
    );
    parts.push(NEWLINE);
  }
  parts.push(Buffer.from(erasureLine, 'utf8'), NEWLINE);
  const next = Buffer.concat(parts);
  await writeFileAtomic(file, next, fs);
  return next;
}

const NEWLINE = Buffer.from('\n');

function lineLength(line: { start: number; end: number; complete: boolean }): number {
  return line.end - line.start - (line.complete ? 1 : 0);
}

/** The line with its body removed, or null when the line is left as it is. */
function redactLine(text: string, recordIds: ReadonlySet<string>): string | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const envelope = raw as Record<string, unknown>;
  const matches =
    envelope.kind === 'completion' &&
    typeof envelope.recordId === 'string' &&
    recordIds.has(envelope.recordId);
  // Key order is kept, so only the body's bytes change.
  return matches ? JSON.stringify({ ...envelope, body: null }) : null;
}
