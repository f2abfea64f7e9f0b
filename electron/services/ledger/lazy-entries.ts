import type { PlacedEntry } from './chain-checks';
import type { LedgerEntry } from './ledger-entry';

/**
 * Entries the checkpoint covers, read at opening without parsing them: parsing and holding
 * 100,000 entries of about 2.6 KB costs seconds, while the indexes need only a few fields of
 * each. Those fields are read straight from the line's bytes (`readFacts`), and the entry itself
 * is parsed the first time something asks for it (`LazyPlaced`). The ledger then parses the rest
 * in the background, a slice per turn, and confirms each line's facts against its parsed entry.
 */

/** What the indexes, the record index and the seal check need of an entry. */
export interface EntryFacts {
  seq: number;
  kind: LedgerEntry['kind'];
  recordId: string | null;
  hash: string;
  keyId: string | undefined;
  seal: string | undefined;
  hasBody: boolean;
  /** A completion's certificate code and learner identifier, when it has its body. */
  certificateCode: string | null;
  identifier: string | null;
}

/**
 * The facts of any placed entry: those read from its line while it is not parsed, else its
 * parsed entry's (which stand, should the two ever differ). A copy of a lazy entry (made with
 * spread) is a plain object with its `entry` set, so it answers from that.
 */
export function factsOf(placed: PlacedEntry): EntryFacts {
  if (placed instanceof LazyPlaced && placed.unparsed) return placed.facts;
  return factsOfEntry(placed.entry);
}

/** Whether the entry has not been parsed yet (it is lazy, and nothing has asked for it). */
export function isUnparsed(placed: PlacedEntry): boolean {
  return placed instanceof LazyPlaced && placed.unparsed;
}

export function factsOfEntry(entry: LedgerEntry): EntryFacts {
  const body = entry.kind === 'completion' ? entry.body : null;
  return {
    seq: entry.seq,
    kind: entry.kind,
    recordId: entry.recordId,
    hash: entry.hash,
    keyId: entry.keyId,
    seal: entry.seal,
    hasBody: entry.body !== null,
    certificateCode: body?.certificateCode ?? null,
    identifier: body?.learner.identifier ?? null,
  };
}

/** Whether facts read from a line say what its parsed entry says. */
export function factsAgree(read: EntryFacts, entry: LedgerEntry): boolean {
  const parsed = factsOfEntry(entry);
  return (Object.keys(read) as Array<keyof EntryFacts>).every((key) => read[key] === parsed[key]);
}

/** A covered line's entry cannot be parsed, though its facts could be read at opening. */
export class LazyLineUnreadable extends Error {
  constructor(readonly position: number) {
    super(`Ledger line ${position} cannot be read as an entry.`);
  }
}

/**
 * A placed entry whose `entry` is parsed from `source[start, stop)` on first use. (A class, not
 * an object with a getter each: opening makes 100,000 of them.) Spread does not copy `entry`,
 * a getter: a copy must set it, as every copy in the ledger does.
 */
export class LazyPlaced implements PlacedEntry {
  #source: Buffer | null;
  #parsed: LedgerEntry | null = null;

  constructor(
    source: Buffer,
    private readonly start: number,
    private readonly stop: number,
    readonly position: number,
    readonly end: number,
    readonly facts: EntryFacts,
  ) {
    this.#source = source;
  }

  get unparsed(): boolean {
    return this.#parsed === null;
  }

  get entry(): LedgerEntry {
    if (this.#parsed) return this.#parsed;
    this.#parsed = parseLine(this.#source!.toString('utf8', this.start, this.stop), this.position);
    // The file's bytes are held only as long as some entry still needs them.
    this.#source = null;
    return this.#parsed;
  }
}

function parseLine(text: string, position: number): LedgerEntry {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new LazyLineUnreadable(position);
  }
  if (!entryShaped(value)) throw new LazyLineUnreadable(position);
  return value as LedgerEntry;
}

/** One object with an entry's number, kind and hash: what the indexes rely on. */
export function entryShaped(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { seq, kind, hash } = value as Record<string, unknown>;
  return typeof seq === 'number' && typeof kind === 'string' && typeof hash === 'string';
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const ZERO = 0x30;
const NINE = 0x39;
const ascii = (text: string) => Buffer.from(text, 'latin1');
// The fixed key order `serializeEntry` writes, with each field's fixed length. A line written
// any other way is simply parsed; whatever is read here is confirmed when the line is parsed.
const SEQ_KEY = ascii('{"seq":');
const COMPLETION = ascii(',"kind":"completion","recordId":"');
const ERASURE = ascii(',"kind":"erasure","recordId":null');
const UUID_LENGTH = 36;
const AFTER_RECORD_ID = ascii('"');
const HASHES = [ascii(',"prevHash":"'), 64, ascii('","salt":"'), 32, ascii('","bodySha256":"'), 64];
const BODY_KEY = ascii('","body":');
const TAIL_HASH = ascii(',"hash":"');
const TAIL_KEY_ID = ascii('","keyId":"');
const TAIL_SEAL = ascii('","seal":"');
const TAIL_END = ascii('"}');
const TAIL_BYTES = TAIL_HASH.length + 64 + TAIL_KEY_ID.length + 16 + TAIL_SEAL.length + 64 + 2;
const CODE_KEY = Buffer.from('"certificateCode":"');
const IDENTIFIER_KEY = Buffer.from('"identifier":"');

/** Whether `bytes` holds `expected` at `at`. */
function holds(bytes: Buffer, at: number, expected: Buffer): boolean {
  for (let i = 0; i < expected.length; i += 1) {
    if (bytes[at + i] !== expected[i]) return false;
  }
  return true;
}

/**
 * The facts of the entry on `bytes[start, stop)`, read without parsing the line, or null when
 * the line is not laid out as this app writes entries (it is then parsed like any other).
 * A key's name with quotes round it cannot occur inside a JSON string (a quote there is
 * escaped), so the first match of `"identifier":"` is the learner's identifier key.
 */
export function readFacts(bytes: Buffer, start: number, stop: number): EntryFacts | null {
  if (stop - start < 400 || !holds(bytes, start, SEQ_KEY)) return null;
  let at = start + SEQ_KEY.length;
  let seq = 0;
  while (bytes[at]! >= ZERO && bytes[at]! <= NINE && at - start < 22) {
    seq = seq * 10 + bytes[at]! - ZERO;
    at += 1;
  }
  if (seq < 1 || bytes[start + SEQ_KEY.length] === ZERO) return null;
  let recordId: string | null = null;
  if (holds(bytes, at, COMPLETION)) {
    at += COMPLETION.length;
    recordId = bytes.toString('latin1', at, at + UUID_LENGTH);
    at += UUID_LENGTH;
    if (!holds(bytes, at, AFTER_RECORD_ID)) return null;
    at += AFTER_RECORD_ID.length;
  } else if (holds(bytes, at, ERASURE)) {
    at += ERASURE.length;
  } else {
    return null;
  }
  for (const part of HASHES) {
    if (typeof part === 'number') at += part;
    else if (holds(bytes, at, part)) at += part.length;
    else return null;
  }
  if (!holds(bytes, at, BODY_KEY)) return null;
  const hasBody = bytes[at + BODY_KEY.length] === 0x7b;
  // An erasure's named records are not needed to open; such lines are few and simply parsed.
  if (recordId === null && hasBody) return null;
  const tail = stop - TAIL_BYTES;
  const keyIdAt = tail + TAIL_HASH.length + 64 + TAIL_KEY_ID.length;
  const sealAt = keyIdAt + 16 + TAIL_SEAL.length;
  if (
    !holds(bytes, tail, TAIL_HASH) ||
    !holds(bytes, keyIdAt - TAIL_KEY_ID.length, TAIL_KEY_ID) ||
    !holds(bytes, sealAt - TAIL_SEAL.length, TAIL_SEAL) ||
    !holds(bytes, stop - 2, TAIL_END)
  ) {
    return null;
  }
  const facts: EntryFacts = {
    seq,
    kind: recordId === null ? 'erasure' : 'completion',
    recordId,
    hash: bytes.toString('latin1', tail + TAIL_HASH.length, tail + TAIL_HASH.length + 64),
    keyId: bytes.toString('latin1', keyIdAt, keyIdAt + 16),
    seal: bytes.toString('latin1', sealAt, sealAt + 64),
    hasBody,
    certificateCode: null,
    identifier: null,
  };
  if (hasBody) {
    // A key missing from this line is found in a neighbour, if anywhere: out of bounds, so null.
    const line = { bytes, start, stop };
    const code = stringAfter(line, bytes.lastIndexOf(CODE_KEY, stop), CODE_KEY.length);
    const identifier = stringAfter(
      line,
      bytes.indexOf(IDENTIFIER_KEY, start),
      IDENTIFIER_KEY.length,
    );
    if (code === null || identifier === null) return null;
    facts.certificateCode = code;
    facts.identifier = identifier;
  }
  return facts;
}

/**
 * The JSON string value right after the key found at `at`, when that lies within the line
 * `bytes[start, stop)`; else null.
 */
function stringAfter(
  { bytes, start, stop }: { bytes: Buffer; start: number; stop: number },
  at: number,
  keyLength: number,
): string | null {
  if (at < start || at >= stop) return null;
  const from = at + keyLength;
  let close = bytes.indexOf(QUOTE, from);
  let escaped = false;
  while (close !== -1 && close < stop) {
    let backslashes = 0;
    while (bytes[close - 1 - backslashes] === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) break;
    escaped = true;
    close = bytes.indexOf(QUOTE, close + 1);
  }
  if (close === -1 || close >= stop) return null;
  if (!escaped && !hasBackslash(bytes, from, close)) return bytes.toString('utf8', from, close);
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8', from - 1, close + 1));
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

function hasBackslash(bytes: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (bytes[i] === BACKSLASH) return true;
  return false;
}
