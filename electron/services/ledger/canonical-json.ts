import { createHash } from 'node:crypto';

/**
 * Deeper than anything we write (a record is four levels deep). Input from a file can nest
 * thousands of levels; stopping here keeps a crafted line from overflowing the stack.
 */
export const MAX_CANONICAL_DEPTH = 32;

export class TooDeepError extends RangeError {
  constructor() {
    super(`canonicalJson: nested deeper than ${MAX_CANONICAL_DEPTH} levels`);
    this.name = 'TooDeepError';
  }
}

/**
 * JSON with object keys sorted at every depth, so the same value always gives the same bytes and
 * therefore the same hash, whatever order its properties were created in. Array order is kept
 * (it carries meaning). `undefined` properties are left out, as JSON.stringify does. Throws
 * `TooDeepError` beyond MAX_CANONICAL_DEPTH levels.
 */
export function canonicalJson(value: unknown): string {
  return canonical(value, 0);
}

// Every line of a ledger repeats the same few dozen keys; quoting each once saves a third of
// the time of checking 100,000 lines. Bounded, since a crafted file can hold any keys at all.
const quotedKeys = new Map<string, string>();
const MAX_QUOTED_KEYS = 10_000;

function quoted(key: string): string {
  let text = quotedKeys.get(key);
  if (text === undefined) {
    text = JSON.stringify(key);
    if (quotedKeys.size < MAX_QUOTED_KEYS) quotedKeys.set(key, text);
  }
  return text;
}

// Plain loops and one string built as it goes: this runs for every body of every line checked.
function canonical(value: unknown, depth: number): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError('canonicalJson: value has no JSON form');
    return text;
  }
  if (depth >= MAX_CANONICAL_DEPTH) throw new TooDeepError();
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i += 1) {
      if (i > 0) out += ',';
      out += canonical(value[i] ?? null, depth + 1);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  let out = '{';
  let first = true;
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined) continue;
    if (!first) out += ',';
    first = false;
    out += `${quoted(key)}:${canonical(item, depth + 1)}`;
  }
  return `${out}}`;
}

export function sha256Hex(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}
