import { describe, expect, it } from 'vitest';
import { neutraliseCell, wasNeutralised } from '../../electron/services/exports/csv-cells';

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
  ])('%j becomes %j', (value, expected) => {
    expect(neutraliseCell(value)).toBe(expected);
    expect(wasNeutralised(neutraliseCell(value))).toBe(true);
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
  ])('%j is left exactly as it is', (value) => {
    expect(neutraliseCell(value)).toBe(value);
    expect(wasNeutralised(neutraliseCell(value))).toBe(false);
  });
});
