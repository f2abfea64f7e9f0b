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

function canonical(value: unknown, depth: number): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError('canonicalJson: value has no JSON form');
    return text;
  }
  if (depth >= MAX_CANONICAL_DEPTH) throw new TooDeepError();
  if (Array.isArray(value)) {
    return `[${value.map((item: unknown) => canonical(item ?? null, depth + 1)).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const parts = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonical(record[key], depth + 1)}`);
  return `{${parts.join(',')}}`;
}

export function sha256Hex(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}
