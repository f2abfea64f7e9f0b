import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../electron/services/ledger/canonical-json';
import { sampleRecord } from './fixtures/sample-record';

/** The rule written the plain way: keys sorted at every depth, undefined left out. */
function reference(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => reference(item ?? null)).join(',')}]`;
  const record = value as Record<string, unknown>;
  return `{${Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${reference(record[key])}`)
    .join(',')}}`;
}

const KEYS = ['a', 'b', 'Z', 'é', '"quoted"', 'line\nbreak', '\u2028', '10', '2', '__proto__x', ''];
const LEAVES = [0, -1.5, 1e21, 'text', 'ŵ ŷ', '\u0000', '"', true, false, null, undefined];

function randomValue(depth: number): unknown {
  const kind = depth > 3 ? 0 : randomInt(3);
  if (kind === 0) return LEAVES[randomInt(LEAVES.length)];
  if (kind === 1) return Array.from({ length: randomInt(4) }, () => randomValue(depth + 1));
  return Object.fromEntries(
    Array.from({ length: randomInt(5) }, () => [
      KEYS[randomInt(KEYS.length)],
      randomValue(depth + 1),
    ]),
  );
}

describe('canonical JSON, the bytes every ledger hash is taken over', () => {
  it('is the same as the rule written plainly, for records and for 2,000 random values', () => {
    const values = [
      sampleRecord(),
      { body: sampleRecord(), salt: 'x' },
      ...Array.from({ length: 2000 }, () => ({ value: randomValue(0) })),
    ];
    const differ = values.filter((value) => canonicalJson(value) !== reference(value));
    expect(differ).toEqual([]);
  });

  it('gives the same bytes whatever order the keys were made in', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 3, e: 4 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"e":4,"f":3}]},"b":1}',
    );
  });
});
