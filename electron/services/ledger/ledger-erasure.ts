import { writeFileAtomic } from '../fs/atomic-write';
import type { FileSystem } from '../fs/file-system';
import { entryLayout } from './entry-layout';

/** The rewritten file, and where each of its lines now ends. */
export interface ErasureRewrite {
  bytes: Buffer;
  /** The file's length before the rewrite, as read: memory must agree with it. */
  readLength: number;
  /** Byte offset just past each kept line (by line number − 1), the erasure entry's excluded. */
  ends: number[];
  /** Line numbers whose body was removed. */
  redacted: number[];
  /** Where the erasure entry's line starts. */
  erasureStart: number;
}

const NEWLINE = 0x0a;
const NEWLINE_BYTES = Buffer.from('\n');
const NULL_BYTES = Buffer.from('null');

/**
 * Rewrites the ledger with the bodies of `recordIds` set to null and the erasure entry appended,
 * as ONE atomic replacement (temp file, fsync, rename, fsync directory). Doing both in one step
 * means a crash or a full disk leaves either the old file or the finished erasure: never
 * personal data removed without the entry that explains why (which verification would flag),
 * nor an erasure entry whose data is still present.
 *
 * Every other line is copied byte for byte, including damaged ones (they are evidence), in runs
 * rather than line by line. Only the `body` of matching completion lines changes; their hashes
 * and seals stay, so the chain still verifies. A torn final write starting at byte
 * `dropTornFrom` is dropped (it was never acknowledged); any other final line without a newline
 * is kept and given one.
 */
export async function rewriteWithErasure(
  fs: FileSystem,
  file: string,
  recordIds: ReadonlySet<string>,
  erasureLine: string,
  dropTornFrom: number | null,
): Promise<ErasureRewrite> {
  const bytes = await fs.readFile(file);
  const parts: Buffer[] = [];
  const ends: number[] = [];
  const redacted: number[] = [];
  // Bytes of the original not yet copied start here; `shift` is how far later lines move.
  let copiedTo = 0;
  let shift = 0;
  let start = 0;
  while (start < bytes.length) {
    const newline = bytes.indexOf(NEWLINE, start);
    const complete = newline !== -1;
    const stop = complete ? newline : bytes.length;
    const end = complete ? newline + 1 : bytes.length;
    if (!complete && start === dropTornFrom) {
      parts.push(bytes.subarray(copiedTo, start));
      copiedTo = bytes.length;
      break;
    }
    const layout = entryLayout(bytes, start, stop);
    if (layout) {
      // Laid out as we write: only the body's bytes are replaced, the rest copied as it is.
      if (layout.hasBody && layout.recordId !== null && recordIds.has(layout.recordId)) {
        parts.push(bytes.subarray(copiedTo, layout.bodyAt), NULL_BYTES);
        shift += NULL_BYTES.length - (layout.tailAt - layout.bodyAt);
        copiedTo = layout.tailAt;
        redacted.push(ends.length + 1);
      }
    } else {
      const replacement = redactedLine(bytes.toString('utf8', start, stop), recordIds);
      if (replacement !== null) {
        parts.push(bytes.subarray(copiedTo, start), replacement, NEWLINE_BYTES);
        shift += replacement.length + 1 - (end - start);
        copiedTo = end;
        redacted.push(ends.length + 1);
      }
    }
    // A complete last entry that only lacked its newline gets one.
    if (!complete && copiedTo < end) {
      parts.push(bytes.subarray(copiedTo, end), NEWLINE_BYTES);
      shift += 1;
      copiedTo = end;
    }
    ends.push(end + shift);
    start = end;
  }
  if (copiedTo < bytes.length) parts.push(bytes.subarray(copiedTo));
  const erasureStart = ends.at(-1) ?? 0;
  parts.push(Buffer.from(erasureLine, 'utf8'), NEWLINE_BYTES);
  const next = Buffer.concat(parts);
  await writeFileAtomic(file, next, fs);
  return { bytes: next, readLength: bytes.length, ends, redacted, erasureStart };
}

/** A line laid out another way, with its body removed, or null when it is left as it is. */
function redactedLine(text: string, recordIds: ReadonlySet<string>): Buffer | null {
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
  return matches ? Buffer.from(JSON.stringify({ ...envelope, body: null }), 'utf8') : null;
}
