import { describe, expect, it } from 'vitest';
import { runInTurns, runNow, sortedInSteps } from '../../electron/services/work/in-turns';

// Long work on main (the lead's table of 100,000 records) is sorted in steps so main can answer
// between them; the order must be exactly what one plain sort gives.
function values(count: number, seed: number): Array<{ key: number; at: number }> {
  let state = seed;
  return Array.from({ length: count }, (_, at) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    // Few distinct keys, so most comparisons are ties: the order among ties must be kept.
    return { key: state % 7, at };
  });
}
const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;

describe('sorting in steps', () => {
  it.each([0, 1, 255, 256, 257, 1000, 5000])(
    'puts %i items in the same order as one plain sort, ties in their first order',
    (count) => {
      const items = values(count, count + 1);
      const expected = [...items].sort(byKey);
      expect(runNow(sortedInSteps(items, byKey))).toEqual(expected);
    },
  );

  it('gives the same order when main is let go between turns', async () => {
    const items = values(20_000, 3);
    let turns = 0;
    const counting = setInterval(() => (turns += 1), 0);
    const sorted = await runInTurns(sortedInSteps(items, byKey), 0);
    clearInterval(counting);
    expect(sorted).toEqual([...items].sort(byKey));
    expect(turns).toBeGreaterThan(0);
  });

  it('leaves the list it was given as it was', () => {
    const items = values(600, 9);
    const copy = [...items];
    runNow(sortedInSteps(items, byKey));
    expect(items).toEqual(copy);
  });
});
