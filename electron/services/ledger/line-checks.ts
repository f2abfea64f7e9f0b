import type { DeviceKey } from '../device-key/device-key';
import { TooDeepError } from './canonical-json';
import {
  bodyDigest,
  entryDigest,
  entrySealText,
  ledgerEntrySchema,
  type LedgerEntry,
} from './ledger-entry';
import { single, type LedgerProblem } from './ledger-problem';

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

export type ReadLine = { ok: true; entry: LedgerEntry; problems: LedgerProblem[] } | { ok: false };

/**
 * Reads one line as an entry and checks what can be checked on the line alone: its hashes and
 * its seal. Whatever the line holds, the outcome is contained here: a line that throws anywhere
 * (a parser or schema surprise) is simply not an entry.
 */
export function readLine(text: string, position: number, key: DeviceKey | null): ReadLine {
  // Every entry is a JSON object on one line. Checking the braces first spares the parser (and
  // the cost of the error it throws) on lines that cannot be one: junk stays cheap to report.
  if (text.charCodeAt(0) !== OPEN_BRACE || text.charCodeAt(text.length - 1) !== CLOSE_BRACE) {
    return { ok: false };
  }
  try {
    const raw: unknown = JSON.parse(text);
    const result = ledgerEntrySchema.safeParse(raw);
    if (!result.success) return { ok: false };
    const entry = result.data;
    const problems = integrityProblems(position, raw as Record<string, unknown>, entry);
    const sealProblem = key ? sealProblemOf(position, entry, key) : null;
    if (sealProblem) problems.push(sealProblem);
    return { ok: true, entry, problems };
  } catch {
    return { ok: false };
  }
}

function integrityProblems(
  position: number,
  raw: Record<string, unknown>,
  entry: LedgerEntry,
): LedgerProblem[] {
  const problems: LedgerProblem[] = [];
  const edited = (message: string) =>
    problems.push({ position, nature: 'edited', entries: single(entry.seq), message });
  // Hash the raw JSON, not the zod output: zod trims strings and drops unknown keys, which
  // would hide an edit.
  if (raw.body !== null && !bodyMatches(raw.body, entry)) {
    edited('The entry content does not match its hash.');
  }
  if (entryDigest(entry) !== entry.hash) edited('The entry header does not match its hash.');
  if (entry.kind === 'completion' && entry.body && entry.body.recordId !== entry.recordId) {
    edited('The record id differs from the header.');
  }
  return problems;
}

function bodyMatches(body: unknown, entry: LedgerEntry): boolean {
  try {
    return bodyDigest(body, entry.salt) === entry.bodySha256;
  } catch (error) {
    // Nothing we write nests that deep, so such a body cannot be the one that was hashed.
    if (error instanceof TooDeepError) return false;
    throw error;
  }
}

export function sealProblemOf(
  position: number,
  entry: Pick<LedgerEntry, 'seq' | 'hash' | 'keyId' | 'seal'>,
  key: DeviceKey,
): LedgerProblem | null {
  const entries = single(entry.seq);
  if (!entry.keyId || !entry.seal) {
    return {
      position,
      nature: 'unsealed',
      entries,
      message: `Entry ${entry.seq} carries no device seal.`,
    };
  }
  if (entry.keyId !== key.id) {
    return {
      position,
      nature: 'other-key',
      entries,
      message: `Entry ${entry.seq} is sealed by key ${entry.keyId}, which this device does not hold.`,
    };
  }
  if (!key.verify('ledger-entry', entrySealText(entry), entry.seal)) {
    return {
      position,
      nature: 'seal-mismatch',
      entries,
      message: `Entry ${entry.seq}'s seal was not made by this device's key for this entry.`,
    };
  }
  return null;
}
