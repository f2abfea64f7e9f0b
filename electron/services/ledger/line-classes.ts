import type { PlacedEntry } from './chain-checks';
import type { LedgerProblem } from './ledger-problem';

export interface BadLine {
  position: number;
  /** False for a final line with no newline after it. */
  complete: boolean;
}

/**
 * Lines that are not entries. Only a final line without its newline is a torn write: an append
 * writes its line and newline together and is acknowledged only after fsync, so such a line was
 * never acknowledged. Any other unreadable line is damage, reported with the entry numbers
 * missing around it. One pass: both lists are in line order.
 */
export function badLineProblems(
  bad: readonly BadLine[],
  placed: readonly PlacedEntry[],
  problems: LedgerProblem[],
): void {
  let next = 0;
  for (const { position, complete } of bad) {
    while (next < placed.length && placed[next]!.position < position) next += 1;
    if (!complete) {
      problems.push({
        position,
        nature: 'truncated',
        entries: null,
        message: 'The last line is an interrupted write with no line end; it was never saved.',
      });
      continue;
    }
    const before = placed[next - 1]?.entry.seq ?? 0;
    const after = placed[next]?.entry.seq;
    const gap =
      after !== undefined && after - 1 >= before + 1
        ? { first: before + 1, last: after - 1 }
        : null;
    problems.push({
      position,
      nature: 'unparseable',
      entries: gap,
      message: gap
        ? `This line is not a readable entry; entries ${gap.first}–${gap.last} are lost with it.`
        : after === undefined
          ? `This line is not a readable entry; whatever was recorded after entry ${before} here is lost.`
          : 'This line is not a readable entry.',
    });
  }
}
