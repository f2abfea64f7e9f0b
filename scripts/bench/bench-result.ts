/**
 * One line of the benchmark table and of `bench/results.json`, and how a measurement becomes
 * one: the ratio to the same-run floor, and whether it is within budget. Pure, so the rules
 * (and the table's shape) are unit-tested while the timings themselves never are.
 */

/**
 * A budget is either a multiple of the floor measured in the same run (the machine's speed
 * cancels out) or a plain maximum in the figure's unit (where the issue gives one). A few
 * figures are shown for information only (no budget): they pass when they could be measured.
 */
export type Budget = { max: number; of: 'floor' } | { max: number; of: 'value' } | { of: 'none' };

export interface BenchResult {
  figure: string;
  /** Records in the data set it ran on; null for figures that do not depend on records. */
  records: number | null;
  /** Null when it could not be measured (the note says why). */
  value: number | null;
  unit: string;
  floor: number | null;
  /** value ÷ floor, to two decimals; null without a floor. */
  ratio: number | null;
  /** Human-readable, e.g. "≤ 0.25 × floor" or "≤ 2000 ms". */
  budget: string;
  pass: boolean;
  /** How it was measured when that is not obvious (projected, capped, skipped…). */
  note?: string;
}

export interface Measurement {
  figure: string;
  records: number | null;
  value: number | null;
  unit: string;
  floor?: number | null;
  budget: Budget;
  note?: string;
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

export function describeBudget(budget: Budget, unit: string): string {
  if (budget.of === 'none') return '—';
  return budget.of === 'floor' ? `≤ ${budget.max} × floor` : `≤ ${budget.max} ${unit}`;
}

export function benchResult(m: Measurement): BenchResult {
  const floor = m.floor ?? null;
  const ratio = m.value !== null && floor !== null && floor > 0 ? round(m.value / floor, 2) : null;
  let pass: boolean;
  if (m.value === null) pass = false;
  else if (m.budget.of === 'none') pass = true;
  else if (m.budget.of === 'floor') pass = ratio !== null && ratio <= m.budget.max;
  else pass = m.value <= m.budget.max;
  return {
    figure: m.figure,
    records: m.records,
    value: m.value === null ? null : round(m.value, significantPlaces(m.value)),
    unit: m.unit,
    floor: floor === null ? null : round(floor, significantPlaces(floor)),
    ratio,
    budget: describeBudget(m.budget, m.unit),
    pass,
    ...(m.note ? { note: m.note } : {}),
  };
}

/** Small numbers keep their decimals (a 0.84 ms answer), large ones do not (19,600 ms). */
function significantPlaces(n: number): number {
  const size = Math.abs(n);
  return size >= 100 ? 0 : size >= 10 ? 1 : 2;
}

const COLUMNS = ['figure', 'records', 'value', 'floor', 'ratio', 'budget', 'pass'] as const;

/** A plain-text table for the terminal; notes follow it, numbered. */
export function formatTable(results: readonly BenchResult[]): string {
  const notes: string[] = [];
  const rows = results.map((r) => {
    let figure = r.figure;
    if (r.note) {
      notes.push(r.note);
      figure += ` [${notes.length}]`;
    }
    return [
      figure,
      r.records === null ? '—' : r.records.toLocaleString('en-GB'),
      r.value === null ? 'n/a' : `${r.value} ${r.unit}`,
      r.floor === null ? '—' : `${r.floor} ${r.unit}`,
      r.ratio === null ? '—' : `${r.ratio} ×`,
      r.budget,
      r.pass ? 'pass' : 'FAIL',
    ];
  });
  const header = [...COLUMNS];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ');
  const lines = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  notes.forEach((note, i) => lines.push(`[${i + 1}] ${note}`));
  return lines.join('\n');
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
