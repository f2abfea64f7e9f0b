/**
 * `npm run bench`: every figure of the performance budget (README, "Performance") at 1,000,
 * 10,000 and 100,000 records, each beside the floor measured in this same run where one exists,
 * printed as a table and written to bench/results.json. Timings are printed, never asserted in
 * tests: the budgets are checked here, on the machine the run is on.
 *   npm run bench -- [--sizes 1000,10000] [--only csv] [--no-build]
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchResult, formatTable, type BenchResult, type Measurement } from './bench/bench-result';
import { dataset } from './bench/bench-data';
import { buildApps, initialJsFigure, navigationFigure } from './bench/browser-figures';
import { dataFigures } from './bench/data-figures';
import { purgeFigures } from './bench/purge-figures';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    only: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/results.json' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const only = values.only?.toLowerCase();
const wanted = (group: string) => !only || group.includes(only);
const runStarted = performance.now();
const log = (text: string) =>
  console.log(`[bench ${((performance.now() - runStarted) / 1000).toFixed(0)} s] ${text}`);

// The ledger and certificate workers run as the app runs them: built, not compiled on the fly
// by tsx in each new thread (which alone costs over a second per worker on this machine).
if (!values['no-build'])
  execFileSync(process.execPath, ['scripts/build-electron.mjs'], { stdio: 'inherit' });
const builtWorkers = path.resolve('dist/electron');
if (!existsSync(path.join(builtWorkers, 'ledger-worker.cjs'))) {
  throw new Error(
    'no built workers in dist/electron: run npm run build:electron, or drop --no-build',
  );
}
process.env.ESAFETY_BUILT_WORKERS = builtWorkers;

const measurements: Measurement[] = [];
const images = new Map<number, Uint8Array>();
const apps = wanted('browser') ? await buildApps(!values['no-build']) : null;
if (apps) measurements.push(initialJsFigure(apps));
for (const records of sizes) {
  const data = await dataset(records, images);
  log(
    `${records} records: ${data.seededIn === null ? 'seeded data reused' : `seeded in ${data.seededIn.toFixed(0)} s`}`,
  );
  if (apps) measurements.push(await navigationFigure(data));
  if (wanted('data')) measurements.push(...(await dataFigures(data)));
  log(`${records} records: data figures done`);
  if (wanted('purge')) measurements.push(...(await purgeFigures(data)));
  log(`${records} records: purge done`);
}

const results: BenchResult[] = measurements
  .map(benchResult)
  .sort((a, b) => a.figure.localeCompare(b.figure) || (a.records ?? 0) - (b.records ?? 0));
console.log(`\n${formatTable(results)}`);
const out = path.resolve(values.out);
await mkdir(path.dirname(out), { recursive: true });
await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
const failed = results.filter((r) => !r.pass).length;
log(
  `${results.length} figures, ${failed} over budget; written to ${path.relative(process.cwd(), out)}`,
);
