import { describe, expect, it } from 'vitest';
import {
  benchResult,
  formatTable,
  median,
  type BenchResult,
} from '../../scripts/bench/bench-result';

describe('the benchmark table: ratios and budgets', () => {
  it('a figure within its multiple of the same-run floor passes, and its ratio is shown', () => {
    const result = benchResult({
      figure: 'open + verify ledger',
      records: 100_000,
      value: 1200,
      unit: 'ms',
      floor: 5000,
      budget: { max: 0.25, of: 'floor' },
    });
    expect(result).toEqual({
      figure: 'open + verify ledger',
      records: 100_000,
      value: 1200,
      unit: 'ms',
      floor: 5000,
      ratio: 0.24,
      budget: '≤ 0.25 × floor',
      pass: true,
    });
  });

  it('a figure over its multiple of the floor fails, however small the number looks', () => {
    const result = benchResult({
      figure: 'navigation → interactive welcome',
      records: 1000,
      value: 130.6,
      unit: 'ms',
      floor: 100,
      budget: { max: 1.3, of: 'floor' },
    });
    expect(result.ratio).toBe(1.31);
    expect(result.pass).toBe(false);
  });

  it('a figure with a plain budget passes at the limit and fails just above it', () => {
    const at = {
      figure: 'CSV export',
      records: 100_000,
      unit: 'ms',
      budget: { max: 2000, of: 'value' },
    } as const;
    expect(benchResult({ ...at, value: 2000 }).pass).toBe(true);
    expect(benchResult({ ...at, value: 2000.4 }).pass).toBe(false);
    expect(benchResult({ ...at, value: 2000 }).budget).toBe('≤ 2000 ms');
  });

  it('a figure that could not be measured fails and says why, rather than passing silently', () => {
    const result = benchResult({
      figure: 'purge half the records',
      records: 100_000,
      value: null,
      unit: 'ms',
      budget: { max: 2000, of: 'value' },
      note: 'stopped at the 120 s cap before it finished',
    });
    expect(result).toMatchObject({ value: null, ratio: null, pass: false });
    expect(formatTable([result])).toMatch(/n\/a[\s\S]*FAIL[\s\S]*\[1\] stopped at the 120 s cap/);
  });

  it('a floor budget without a floor cannot pass', () => {
    const result = benchResult({
      figure: 'reopen after erasing half',
      records: 1000,
      value: 10,
      unit: 'ms',
      floor: null,
      budget: { max: 1, of: 'floor' },
    });
    expect(result.pass).toBe(false);
  });

  it('a figure shown for information only passes once measured, with no budget', () => {
    const info = {
      figure: 'backup: create',
      records: 1000,
      unit: 'ms',
      budget: { of: 'none' },
    } as const;
    expect(benchResult({ ...info, value: 99_999 })).toMatchObject({ budget: '—', pass: true });
    expect(benchResult({ ...info, value: null }).pass).toBe(false);
  });

  it('every line of results.json carries the fields the issue asks for', () => {
    const result: BenchResult = benchResult({
      figure: 'save one answer (median)',
      records: 10_000,
      value: 0.8437,
      unit: 'ms',
      budget: { max: 2, of: 'value' },
    });
    const line = JSON.parse(JSON.stringify(result)) as Record<string, unknown>;
    for (const field of ['figure', 'value', 'unit', 'floor', 'ratio', 'budget', 'pass']) {
      expect(line).toHaveProperty(field);
    }
    expect(line.value).toBe(0.84);
  });

  it('the table lines up one row per figure under a header, with thousands separated', () => {
    const table = formatTable([
      benchResult({
        figure: 'CSV export',
        records: 100_000,
        value: 1800,
        unit: 'ms',
        floor: 900,
        budget: { max: 2000, of: 'value' },
      }),
    ]);
    const [header, rule, row] = table.split('\n');
    expect(header).toMatch(/^figure\s+records\s+value\s+floor\s+ratio\s+budget\s+pass$/);
    expect(rule).toMatch(/^-+( +-+){6}$/);
    expect(row).toMatch(/^CSV export\s+100,000\s+1800 ms\s+900 ms\s+2 ×\s+≤ 2000 ms\s+pass$/);
    expect(header?.length).toBe(row?.length);
  });

  it('the median of an even count is the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });
});
