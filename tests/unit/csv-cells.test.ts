import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseCell, wasNeutralised } from '../../electron/services/exports/csv-cells';

/** Written as the export writes a row (neutralised cells quoted), then parsed back. */
function roundTrip(value: string): string {
  const cell = neutraliseCell(value);
  const text = Papa.unparse([[cell, 'next']], {
    newline: '\r\n',
    quotes: (v: unknown) => typeof v === 'string' && wasNeutralised(v),
  });
  const parsed = Papa.parse<string[]>(text, { newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  return parsed.data[0]?.[0] ?? '';
}

describe('neutralising cells a spreadsheet would run as a formula', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['=1+1', `'=1+1`],
    ['+cmd', `'+cmd`],
    ['-1+1', `'-1+1`],
    ['-', `'-`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1+1', `'\t=1+1`],
    ['\rnext', `'\rnext`],
    ['\nnext', `'\nnext`],
    // Full-width and small forms, which some spreadsheets fold to their ASCII twins.
    ['＝1+1', `'＝1+1`],
    ['＋cmd', `'＋cmd`],
    ['－1+1', `'－1+1`],
    ['＠SUM(A1)', `'＠SUM(A1)`],
    ['﹦1+1', `'﹦1+1`],
    ['﹢cmd', `'﹢cmd`],
    ['﹣1+1', `'﹣1+1`],
    ['﹫SUM(A1)', `'﹫SUM(A1)`],
    // Already looking neutralised: one more quote, so it cannot be mistaken for "=1+1".
    ["'=1+1", "''=1+1"],
    ["''-1", "'''-1"],
  ])('%j becomes %j, quoted, and reads back as it was written', (value, expected) => {
    expect(neutraliseCell(value)).toBe(expected);
    expect(wasNeutralised(neutraliseCell(value))).toBe(true);
    expect(roundTrip(value)).toBe(expected);
  });

  it.each([
    ['Siân Llŵyd'],
    [''],
    ['42'],
    ['a=b'],
    ['name-with-hyphen'],
    [' =1+1'], // a leading space is shown as text by spreadsheets, and the writer quotes it
    ["'already quoted"],
    ['\u202Eevil'],
    ['🦊 fox'],
    ['2026-11-22T10:00:00.000Z'],
    ['a＝b'],
  ])('%j is left exactly as it is', (value) => {
    expect(neutraliseCell(value)).toBe(value);
    expect(wasNeutralised(neutraliseCell(value))).toBe(false);
    expect(roundTrip(value)).toBe(value);
  });
});

describe('every cell reads back to exactly the value that was exported', () => {
  /** What a reader of the export does: drop the one quote a neutralised cell was given. */
  const valueOf = (cell: string) => (wasNeutralised(cell) ? cell.slice(1) : cell);

  it.each([
    ['=1+1', "'=1+1"],
    ["'=1+1", "''=1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ["'abc", "''abc"],
  ])('%j and %j stay two different values', (one, other) => {
    expect(roundTrip(one)).not.toBe(roundTrip(other));
    expect(valueOf(roundTrip(one))).toBe(one);
    expect(valueOf(roundTrip(other))).toBe(other);
  });
});

describe('writing one cell of the CSV export', () => {
  it.each([
    ['Siân Llŵyd', 'Siân Llŵyd'],
    ['', ''],
    ['Say "hello", friend', '"Say ""hello"", friend"'],
    ['Smith, Jr.', '"Smith, Jr."'],
    ['Line one\r\nLine two', '"Line one\r\nLine two"'],
    ['  padded  ', '"  padded  "'],
    ['trailing ', '"trailing "'],
    ['=1+1', `"'=1+1"`],
    ['-', `"'-"`],
    ['\uFEFFbom', '"\uFEFFbom"'],
    ['\u202Eexe.pdf', '\u202Eexe.pdf'],
  ])('%j is written as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ['=HYPERLINK("http://x","y")'],
    ['a,b,"c"'],
    ['\tTabbed'],
    ['x\ny'],
    [' lead'],
    ['🦊 fox'],
  ])('%j reads back as its neutralised self, as papaparse would have written it', (value) => {
    const line = `${csvCell(value)},next`;
    expect(Papa.parse<string[]>(line).data[0]).toEqual([neutraliseCell(value), 'next']);
    expect(Papa.parse<string[]>(line).data[0]).toEqual(
      Papa.parse<string[]>(Papa.unparse([[neutraliseCell(value), 'next']])).data[0],
    );
  });
});
