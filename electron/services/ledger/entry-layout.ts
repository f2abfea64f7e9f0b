/**
 * Where the parts of an entry's line lie, read from its bytes without parsing it, when the line
 * is laid out exactly as `serializeEntry` writes it (its fixed key order, each field its fixed
 * length). Opening reads index fields this way (lazy-entries.ts), and an erasure blanks bodies
 * this way (ledger-erasure.ts). A line laid out any other way is simply parsed by them.
 */

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

/** Whether `bytes` holds `expected` at `at`. */
function holds(bytes: Buffer, at: number, expected: Buffer): boolean {
  for (let i = 0; i < expected.length; i += 1) {
    if (bytes[at + i] !== expected[i]) return false;
  }
  return true;
}

export interface EntryLayout {
  seq: number;
  /** Null for an erasure entry. */
  recordId: string | null;
  hasBody: boolean;
  /** Where the body's value (an object or `null`) starts, and where the part after it starts. */
  bodyAt: number;
  tailAt: number;
}

/** The layout of the line `bytes[start, stop)`, or null when it is not laid out as we write. */
export function entryLayout(bytes: Buffer, start: number, stop: number): EntryLayout | null {
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
  const bodyAt = at + BODY_KEY.length;
  const tailAt = stop - TAIL_BYTES;
  const keyIdAt = tailAt + TAIL_HASH.length + 64 + TAIL_KEY_ID.length;
  const sealAt = keyIdAt + 16 + TAIL_SEAL.length;
  if (
    tailAt <= bodyAt ||
    !holds(bytes, tailAt, TAIL_HASH) ||
    !holds(bytes, keyIdAt - TAIL_KEY_ID.length, TAIL_KEY_ID) ||
    !holds(bytes, sealAt - TAIL_SEAL.length, TAIL_SEAL) ||
    !holds(bytes, stop - 2, TAIL_END)
  ) {
    return null;
  }
  return { seq, recordId, hasBody: bytes[bodyAt] === 0x7b, bodyAt, tailAt };
}

/** The hash, key id and seal after the body of a line laid out as we write. */
export function tailFields(
  bytes: Buffer,
  tailAt: number,
): { hash: string; keyId: string; seal: string } {
  const hashAt = tailAt + TAIL_HASH.length;
  const keyIdAt = hashAt + 64 + TAIL_KEY_ID.length;
  const sealAt = keyIdAt + 16 + TAIL_SEAL.length;
  return {
    hash: bytes.toString('latin1', hashAt, hashAt + 64),
    keyId: bytes.toString('latin1', keyIdAt, keyIdAt + 16),
    seal: bytes.toString('latin1', sealAt, sealAt + 64),
  };
}

/**
 * The JSON string value right after the key found at `at`, when that lies within the line
 * `bytes[start, stop)`; else null.
 */
export function stringAfter(
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
