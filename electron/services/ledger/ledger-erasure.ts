import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../fs/atomic-write';

/**
 * Rewrites the ledger with the bodies of `recordIds` set to null and the erasure entry appended,
 * as ONE atomic replacement (temp file, fsync, rename, fsync directory). Doing both in one step
 * means a crash leaves either the old file or the finished erasure: never personal data removed
 * without the entry that explains why (which verification would flag), nor an erasure entry
 * whose data is still present.
 *
 * Every other line is copied byte for byte, including damaged ones (they are evidence). Only the
 * `body` of matching completion lines changes; their hashes stay, so the chain still verifies.
 * Returns the new file text.
 */
export async function rewriteWithErasure(
  file: string,
  recordIds: ReadonlySet<string>,
  erasureLine: string,
): Promise<string> {
  const text = await readFile(file, 'utf8');
  const endsWithNewline = text.length === 0 || text.endsWith('\n');
  const lines = text.split('\n');
  if (endsWithNewline) lines.pop();
  const rewritten = lines.map((line) => redactLine(line, recordIds));
  const next = `${[...rewritten, erasureLine].join('\n')}\n`;
  await writeFileAtomic(file, next);
  return next;
}

function redactLine(line: string, recordIds: ReadonlySet<string>): string {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return line;
  }
  if (typeof raw !== 'object' || raw === null) return line;
  const envelope = raw as Record<string, unknown>;
  const matches =
    envelope.kind === 'completion' &&
    typeof envelope.recordId === 'string' &&
    recordIds.has(envelope.recordId);
  // Key order is kept, so only the body's bytes change.
  return matches ? JSON.stringify({ ...envelope, body: null }) : line;
}
