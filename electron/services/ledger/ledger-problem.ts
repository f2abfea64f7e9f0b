/**
 * What verification can find. Line-level natures are reported at the line; ledger-level ones
 * (about the checkpoint) at position 0.
 * - unparseable: a line that is not an entry (damage), except a torn final write;
 * - truncated: the final line has no newline: a write was interrupted (a torn write). The only
 *   harmless finding, because nothing was ever acknowledged from a write that did not finish;
 * - edited: an entry's content or header does not match its hash;
 * - unsealed / seal-mismatch / other-key: the entry carries no device seal, a seal this
 *   device's key did not make, or a seal by a key this device does not hold;
 * - broken-link / reordered: the chain skips, repeats or runs out of order;
 * - redacted-without-erasure: content removed without a sound erasure entry naming it;
 * - tail-missing / rewritten: compared with a kept checkpoint, entries at the end are gone, or
 *   the entry the checkpoint ended at is not the one recorded then (the past was rewritten);
 * - checkpoint-missing / checkpoint-invalid: this device's own checkpoint file is gone, or is
 *   not sealed by this device's key.
 */
export const LEDGER_PROBLEM_NATURES = [
  'unparseable',
  'truncated',
  'edited',
  'unsealed',
  'seal-mismatch',
  'other-key',
  'broken-link',
  'reordered',
  'redacted-without-erasure',
  'tail-missing',
  'rewritten',
  'checkpoint-missing',
  'checkpoint-invalid',
] as const;
export type LedgerProblemNature = (typeof LEDGER_PROBLEM_NATURES)[number];

/** A range of entry numbers (seq), both ends included. */
export interface EntryRange {
  first: number;
  last: number;
}

export interface LedgerProblem {
  /** 1-based line number in ledger.jsonl; 0 for the ledger as a whole. */
  position: number;
  nature: LedgerProblemNature;
  /** The entries this problem touches or loses, when they can be told; null when they cannot. */
  entries: EntryRange | null;
  /** For the log and the lead's technical details; the UI translates `nature`. */
  message: string;
}

export interface LedgerVerification {
  ok: boolean;
  problems: LedgerProblem[];
}

/**
 * Findings that mean the record on that line cannot be trusted as it stands: its content does
 * not match its hash, or it was not sealed by this device. A record with one of these gets no
 * certificate, no "valid" verification and no export row; the lead sees it flagged with why.
 * (A broken link or a missing checkpoint says something is wrong AROUND a record, and is shown
 * on the dashboard; the record's own seal still vouches for it.)
 */
export const RECORD_DAMAGE_NATURES = ['edited', 'unsealed', 'seal-mismatch', 'other-key'] as const;
export type RecordDamage = (typeof RECORD_DAMAGE_NATURES)[number];

const DAMAGE: ReadonlySet<string> = new Set(RECORD_DAMAGE_NATURES);

/** The first finding that makes a record untrustworthy, or null when it is sound. */
export function recordDamageOf(problems: readonly LedgerProblem[]): RecordDamage | null {
  const found = problems.find((problem) => DAMAGE.has(problem.nature));
  return found ? (found.nature as RecordDamage) : null;
}

export const single = (seq: number): EntryRange => ({ first: seq, last: seq });
