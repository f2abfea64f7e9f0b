import { entryDigest, GENESIS_HASH, type LedgerEntry } from './ledger-entry';
import { single, type LedgerProblem } from './ledger-problem';

export interface PlacedEntry {
  /** 1-based line number. */
  position: number;
  entry: LedgerEntry;
  /** Byte offset just past the entry's line (its newline included when present). */
  end: number;
}

export interface ChainHead {
  /** Highest entry number in the file; the next entry takes the number after it. */
  seq: number;
  /** Hash the next entry links to: that of the last entry whose own hash checks out. */
  hash: string;
  /** Hash field of the highest-numbered entry, which verification compares the next link with. */
  storedHash: string;
}

const bySeqThenPosition = (a: PlacedEntry, b: PlacedEntry) =>
  a.entry.seq - b.entry.seq || a.position - b.position;

/** Entries out of sequence order in the file (compared with where their seq says they belong). */
export function orderProblems(placed: readonly PlacedEntry[], problems: LedgerProblem[]): void {
  const firstByHash = new Map<string, number>();
  const unique: PlacedEntry[] = [];
  for (const item of placed) {
    const first = firstByHash.get(item.entry.hash);
    if (first === undefined) {
      firstByHash.set(item.entry.hash, item.position);
      unique.push(item);
      continue;
    }
    problems.push({
      position: item.position,
      nature: 'reordered',
      entries: single(item.entry.seq),
      message: `Duplicate of line ${first}.`,
    });
  }
  const sorted = unique.slice().sort(bySeqThenPosition);
  unique.forEach((item, rank) => {
    const belongs = sorted[rank];
    if (belongs && belongs !== item) {
      problems.push({
        position: item.position,
        nature: 'reordered',
        entries: single(item.entry.seq),
        message: `Entry ${item.entry.seq} sits where entry ${belongs.entry.seq} belongs.`,
      });
    }
  });
}

/** Each entry, taken in seq order, must point at the entry just before it. */
export function linkProblems(placed: readonly PlacedEntry[], problems: LedgerProblem[]): void {
  const seen = new Set<string>();
  const sorted = placed.slice().sort(bySeqThenPosition);
  let prev = { seq: 0, hash: GENESIS_HASH };
  for (const { position, entry } of sorted) {
    if (seen.has(entry.hash)) continue; // duplicates are reported as reordered
    seen.add(entry.hash);
    if (entry.seq !== prev.seq + 1) {
      const repeated = entry.seq <= prev.seq;
      problems.push({
        position,
        nature: 'broken-link',
        entries: repeated ? single(entry.seq) : { first: prev.seq + 1, last: entry.seq - 1 },
        message: repeated
          ? `A second entry claims number ${entry.seq}.`
          : `Entries ${prev.seq + 1}–${entry.seq - 1} are missing before entry ${entry.seq}.`,
      });
    } else if (entry.prevHash !== prev.hash) {
      problems.push({
        position,
        nature: 'broken-link',
        entries: single(prev.seq),
        message: `Entry ${entry.seq} does not link to entry ${prev.seq}.`,
      });
    }
    prev = { seq: entry.seq, hash: entry.hash };
  }
}

/**
 * New entries link to the highest-numbered entry whose own hash checks out, and take a number
 * above every entry in the file. When the chain is damaged we neither refuse to record new
 * completions (learners must still be able to finish) nor repair the damage (it is evidence):
 * new entries continue a sound chain from the last good point, and the damage stays reported at
 * its original line.
 */
export function chainHead(placed: readonly PlacedEntry[]): ChainHead {
  let last: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH };
  for (const { entry } of placed) if (entry.seq >= last.seq) last = entry;
  // Each line's hash was already checked when it was read: here only the newest entries are
  // hashed again, from the top down, until one checks out (nearly always the first). A ledger
  // damaged at its head falls back to one pass over all of them, so this stays linear.
  const tried = new Set<PlacedEntry>();
  for (let attempt = 0; attempt < HEAD_ATTEMPTS; attempt += 1) {
    let top: PlacedEntry | null = null;
    for (const item of placed) {
      if (!tried.has(item) && (!top || item.entry.seq >= top.entry.seq)) top = item;
    }
    if (!top) return { seq: last.seq, hash: GENESIS_HASH, storedHash: last.hash };
    if (entryDigest(top.entry) === top.entry.hash) {
      return { seq: last.seq, hash: top.entry.hash, storedHash: last.hash };
    }
    tried.add(top);
  }
  let best = { seq: 0, hash: GENESIS_HASH };
  for (const { entry } of placed) {
    if (entry.seq >= best.seq && entryDigest(entry) === entry.hash) best = entry;
  }
  return { seq: last.seq, hash: best.hash, storedHash: last.hash };
}

/** How many of the newest entries are tried one by one before one pass over all of them. */
const HEAD_ATTEMPTS = 4;
