import type { PlacedEntry } from './chain-checks';
import { single, type LedgerProblem } from './ledger-problem';

/**
 * A body may only be null if a later, sound erasure entry names that record. One pass collects
 * what the erasures name; a second checks each blanked record against it, so the cost does not
 * grow with (erasures × records).
 */
export function redactionProblems(
  placed: readonly PlacedEntry[],
  untrusted: ReadonlySet<number>,
  problems: LedgerProblem[],
): void {
  const erasedAt = new Map<string, number>();
  for (const { position, entry } of placed) {
    if (entry.kind !== 'erasure' || !entry.body || untrusted.has(position)) continue;
    for (const id of entry.body.erasedRecordIds) {
      erasedAt.set(id, Math.max(erasedAt.get(id) ?? 0, entry.seq));
    }
  }
  for (const { position, entry } of placed) {
    if (entry.body !== null) continue;
    if (entry.kind === 'erasure') {
      problems.push({
        position,
        nature: 'redacted-without-erasure',
        entries: single(entry.seq),
        message: 'An erasure entry has no content; erasure entries are never redacted.',
      });
      continue;
    }
    if ((erasedAt.get(entry.recordId) ?? 0) > entry.seq) continue;
    problems.push({
      position,
      nature: 'redacted-without-erasure',
      entries: single(entry.seq),
      message: `Record ${entry.recordId} has no content but no sound erasure entry names it.`,
    });
  }
}
