import {
  bodyDigest,
  entryDigest,
  GENESIS_HASH,
  ledgerEntrySchema,
  type LedgerEntry,
} from './ledger-entry';

export type LedgerProblemNature =
  'unparseable' | 'edited' | 'broken-link' | 'reordered' | 'truncated' | 'redacted-without-erasure';

export interface LedgerProblem {
  /** 1-based line number in ledger.jsonl. */
  position: number;
  nature: LedgerProblemNature;
  /** For the log and the lead's technical details; the UI translates `nature`. */
  message: string;
}

export interface LedgerVerification {
  ok: boolean;
  problems: LedgerProblem[];
}

export interface PlacedEntry {
  position: number;
  entry: LedgerEntry;
}

export interface ChainHead {
  /** Highest entry number in the file; the next entry takes the number after it. */
  seq: number;
  /** Hash the next entry links to: that of the last entry whose own hash checks out. */
  hash: string;
  /** Hash field of the highest-numbered entry, which verification compares the next link with. */
  storedHash: string;
}

export interface LedgerScan {
  /** Every line that parsed as an entry, in file order, including ones reported as edited. */
  placed: PlacedEntry[];
  problems: LedgerProblem[];
  /** Highest entry number seen, and the hash new entries link to (see `chainHead`). */
  head: ChainHead;
  /** Number of lines in the file, counting a partial last line. */
  lineCount: number;
  /** False when the last bytes are a partial line: the next append must start a new line. */
  endsWithNewline: boolean;
}

/**
 * Reads the whole file and reports every problem by line. Nothing is dropped: a damaged line is
 * reported and every other entry stays readable, because the file is evidence and the lead
 * must see exactly what is wrong and where.
 */
export function scanLedger(text: string): LedgerScan {
  const endsWithNewline = text.length === 0 || text.endsWith('\n');
  const lines = text.split('\n');
  if (endsWithNewline) lines.pop();
  const problems: LedgerProblem[] = [];
  const placed: PlacedEntry[] = [];
  const badLines: number[] = [];
  lines.forEach((line, index) => {
    const position = index + 1;
    const parsed = parseLine(line);
    if (!parsed.ok) {
      badLines.push(position);
      return;
    }
    placed.push({ position, entry: parsed.entry });
    problems.push(...integrityProblems(position, parsed.raw, parsed.entry));
  });
  const lastPosition = lines.length;
  const tail = placed.at(-1);
  if (!endsWithNewline && tail?.position === lastPosition) {
    problems.push({
      position: lastPosition,
      nature: 'truncated',
      message: 'The last entry is complete but its line end is missing (interrupted write).',
    });
  }
  problems.push(...orderProblems(placed), ...linkProblems(placed));
  problems.push(...classifyBadLines(badLines, placed, lastPosition));
  problems.push(...redactionProblems(placed));
  problems.sort((a, b) => a.position - b.position);
  return { placed, problems, head: chainHead(placed), endsWithNewline, lineCount: lastPosition };
}

type ParsedLine = { ok: true; raw: Record<string, unknown>; entry: LedgerEntry } | { ok: false };

function parseLine(line: string): ParsedLine {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { ok: false };
  }
  const result = ledgerEntrySchema.safeParse(raw);
  if (!result.success) return { ok: false };
  return { ok: true, raw: raw as Record<string, unknown>, entry: result.data };
}

function integrityProblems(
  position: number,
  raw: Record<string, unknown>,
  entry: LedgerEntry,
): LedgerProblem[] {
  const problems: LedgerProblem[] = [];
  // Hash the raw JSON, not the zod output: zod trims strings, which would hide an edit.
  if (raw.body !== null && bodyDigest(raw.body, entry.salt) !== entry.bodySha256) {
    problems.push({
      position,
      nature: 'edited',
      message: 'The entry content does not match its hash.',
    });
  }
  if (entryDigest(entry) !== entry.hash) {
    problems.push({
      position,
      nature: 'edited',
      message: 'The entry header does not match its hash.',
    });
  }
  if (entry.kind === 'completion' && entry.body && entry.body.recordId !== entry.recordId) {
    problems.push({
      position,
      nature: 'edited',
      message: 'The record id differs from the header.',
    });
  }
  return problems;
}

/** Entries out of sequence order in the file (compared with where their seq says they belong). */
function orderProblems(placed: PlacedEntry[]): LedgerProblem[] {
  const problems: LedgerProblem[] = [];
  const firstByHash = new Map<string, number>();
  const unique = placed.filter(({ position, entry }) => {
    const first = firstByHash.get(entry.hash);
    if (first === undefined) {
      firstByHash.set(entry.hash, position);
      return true;
    }
    problems.push({ position, nature: 'reordered', message: `Duplicate of line ${first}.` });
    return false;
  });
  const sorted = [...unique].sort((a, b) => a.entry.seq - b.entry.seq || a.position - b.position);
  unique.forEach((item, rank) => {
    const belongs = sorted[rank];
    if (belongs && belongs !== item) {
      problems.push({
        position: item.position,
        nature: 'reordered',
        message: `Entry ${item.entry.seq} sits where entry ${belongs.entry.seq} belongs.`,
      });
    }
  });
  return problems;
}

/** Each entry, taken in seq order, must point at the entry just before it. */
function linkProblems(placed: PlacedEntry[]): LedgerProblem[] {
  const problems: LedgerProblem[] = [];
  const seen = new Set<string>();
  const sorted = [...placed].sort((a, b) => a.entry.seq - b.entry.seq || a.position - b.position);
  let prev = { seq: 0, hash: GENESIS_HASH };
  for (const { position, entry } of sorted) {
    if (seen.has(entry.hash)) continue; // duplicates are reported as reordered
    seen.add(entry.hash);
    if (entry.seq !== prev.seq + 1) {
      const message =
        entry.seq <= prev.seq
          ? `A second entry claims number ${entry.seq}.`
          : `Entries ${prev.seq + 1}–${entry.seq - 1} are missing before entry ${entry.seq}.`;
      problems.push({ position, nature: 'broken-link', message });
    } else if (entry.prevHash !== prev.hash) {
      problems.push({
        position,
        nature: 'broken-link',
        message: `Entry ${entry.seq} does not link to entry ${prev.seq}.`,
      });
    }
    prev = { seq: entry.seq, hash: entry.hash };
  }
  return problems;
}

/**
 * A line that is not an entry is an abandoned partial write ('truncated') when the chain skips
 * over it cleanly, or when nothing valid follows it (a torn tail cannot be told apart from a
 * damaged last entry). Otherwise a real entry was damaged: 'unparseable'.
 */
function classifyBadLines(
  badLines: number[],
  placed: PlacedEntry[],
  lastPosition: number,
): LedgerProblem[] {
  return badLines.map((position) => {
    const before = placed.findLast((p) => p.position < position)?.entry;
    const after = placed.find((p) => p.position > position)?.entry;
    const prev = before ?? { seq: 0, hash: GENESIS_HASH };
    const skipped = !after || (after.seq === prev.seq + 1 && after.prevHash === prev.hash);
    if (skipped) {
      const where = position === lastPosition ? 'last line' : 'line';
      return {
        position,
        nature: 'truncated',
        message: `The ${where} is an incomplete write; no entry of the chain is missing.`,
      };
    }
    return { position, nature: 'unparseable', message: 'This line is not a readable entry.' };
  });
}

/** A body may only be null if a later erasure entry names that record. */
function redactionProblems(placed: PlacedEntry[]): LedgerProblem[] {
  const problems: LedgerProblem[] = [];
  for (const { position, entry } of placed) {
    if (entry.body !== null) continue;
    if (entry.kind === 'erasure') {
      problems.push({
        position,
        nature: 'redacted-without-erasure',
        message: 'An erasure entry has no content; erasure entries are never redacted.',
      });
      continue;
    }
    const named = placed.some(
      (p) =>
        p.entry.kind === 'erasure' &&
        p.entry.seq > entry.seq &&
        p.entry.body?.erasedRecordIds.includes(entry.recordId),
    );
    if (!named) {
      problems.push({
        position,
        nature: 'redacted-without-erasure',
        message: `Record ${entry.recordId} has no content but no erasure entry names it.`,
      });
    }
  }
  return problems;
}

/**
 * New entries link to the highest-numbered entry whose own hash checks out, and take a number
 * above every entry in the file. When the chain is damaged we neither refuse to record new
 * completions (learners must still be able to finish) nor repair the damage (it is evidence):
 * new entries continue a sound chain from the last good point, and the damage stays reported at
 * its original line.
 */
function chainHead(placed: PlacedEntry[]): ChainHead {
  let last = { seq: 0, hash: GENESIS_HASH };
  let best = { seq: 0, hash: GENESIS_HASH };
  for (const { entry } of placed) {
    if (entry.seq >= last.seq) last = entry;
    if (entryDigest(entry) === entry.hash && entry.seq >= best.seq) best = entry;
  }
  return { seq: last.seq, hash: best.hash, storedHash: last.hash };
}
