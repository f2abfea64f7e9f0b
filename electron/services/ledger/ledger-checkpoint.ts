import { GENESIS_HASH } from './ledger-entry';
import type { ChainHead, PlacedEntry } from './chain-checks';
import type { LedgerProblem } from './ledger-problem';

/**
 * Where the ledger stood at one moment: how many entries it had, the hash of the last one, and
 * the byte offset just past that entry's line. Because every entry's hash covers the one before
 * it, `headHash` stands for the whole past: a ledger that later has fewer entries has lost its
 * tail, and one whose entry `entries` has another hash has had its past rewritten.
 *
 * `bytes` lets a later opening start verifying where this checkpoint ends (issue 11). It is a
 * hint only: an erasure rewrites the file and moves it, so comparisons use `entries` and
 * `headHash`, never `bytes`.
 */
export interface LedgerCheckpoint {
  entries: number;
  headHash: string;
  bytes: number;
}

/**
 * A checkpoint as kept elsewhere: in a backup, a certificate's QR code or a CSV export. The hash
 * may be shortened (at least 16 hex digits) where space is tight.
 */
export interface CheckpointClaim {
  entries: number;
  headHash: string;
}

export const MIN_CLAIM_HASH_DIGITS = 16;
export const EMPTY_CHECKPOINT: LedgerCheckpoint = { entries: 0, headHash: GENESIS_HASH, bytes: 0 };

/** The checkpoint of a ledger as it stands: its highest-numbered entry. */
export function checkpointOf(head: ChainHead, bySeq: (seq: number) => PlacedEntry | undefined) {
  const at = bySeq(head.seq);
  if (!at) return EMPTY_CHECKPOINT;
  return { entries: head.seq, headHash: at.entry.hash, bytes: at.end };
}

/** `<entries>-<hash>`: how a checkpoint is written where only text fits (QR code, CSV). */
export function checkpointText(claim: CheckpointClaim, hashDigits = 64): string {
  return `${claim.entries}-${claim.headHash.slice(0, hashDigits)}`;
}

export function parseCheckpointText(text: string): CheckpointClaim | null {
  const match = /^(\d{1,12})-([0-9a-f]{16,64})$/.exec(text.trim());
  if (!match) return null;
  return { entries: Number(match[1]), headHash: match[2]! };
}

export interface CheckpointSubject {
  head: ChainHead;
  lineCount: number;
  bySeq: (seq: number) => PlacedEntry | undefined;
}

/**
 * Compares the ledger with a checkpoint kept earlier. Nothing found means the ledger still holds
 * every entry the checkpoint covered, unchanged (later entries are not judged here).
 */
export function checkpointProblems(
  claim: CheckpointClaim,
  ledger: CheckpointSubject,
  origin: string,
): LedgerProblem[] {
  if (claim.entries === 0) return [];
  const { head, lineCount } = ledger;
  const at = ledger.bySeq(claim.entries);
  if (!at && head.seq < claim.entries) {
    const first = head.seq + 1;
    return [
      {
        position: lineCount + 1,
        nature: 'tail-missing',
        entries: { first, last: claim.entries },
        message: `${origin} recorded ${claim.entries} entries; entries ${first}–${claim.entries} are no longer in the ledger.`,
      },
    ];
  }
  if (!at || !at.entry.hash.startsWith(claim.headHash)) {
    return [
      {
        position: at?.position ?? 0,
        nature: 'rewritten',
        entries: { first: 1, last: claim.entries },
        message: `${origin} recorded entry ${claim.entries} with another hash: entries up to it were changed.`,
      },
    ];
  }
  return [];
}
