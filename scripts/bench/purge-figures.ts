import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Measurement } from './bench-result';
import { workingCopy, type Dataset } from './bench-data';
import { BENCH_NOW } from './data-figures';

/** How long the purge and the reopen together may take before the run moves on. */
const CAP_MS = 120_000;
/** Opening the copy first is not measured here ("open + verify ledger" is), but is bounded too. */
const OPEN_CAP_MS = 180_000;

interface Phase {
  phase: 'opened' | 'purged' | 'reopened';
  ms: number;
  floor?: number;
  erased?: number;
}

/**
 * Erasing half the records (the retention purge) and opening the ledger afterwards. It runs in
 * a child process on its own copy, stopped at `CAP_MS`: on a ledger whose erasure checks are
 * quadratic it would otherwise hold the whole run for many minutes.
 */
export async function purgeFigures(data: Dataset): Promise<Measurement[]> {
  const work = await workingCopy(data, 'purge');
  try {
    const phases = await runCapped(work.dir);
    const purged = phases.find((p) => p.phase === 'purged');
    const reopened = phases.find((p) => p.phase === 'reopened');
    const stopped = `stopped at the ${CAP_MS / 1000} s cap`;
    return [
      {
        figure: 'purge half the records',
        records: data.records,
        value: purged?.ms ?? null,
        unit: 'ms',
        budget: { max: 2000, of: 'value' },
        note: purged
          ? `${purged.erased} records erased with their signatures`
          : `${stopped} before it finished`,
      },
      {
        figure: 'reopen after erasing half',
        records: data.records,
        value: reopened?.ms ?? null,
        unit: 'ms',
        floor: reopened?.floor ?? null,
        budget: { max: 1, of: 'floor' },
        ...(reopened
          ? {}
          : { note: `${stopped}: ${purged ? 'reopen' : 'the purge'} did not finish` }),
      },
    ];
  } finally {
    await work.dispose();
  }
}

function runCapped(userDataDir: string): Promise<Phase[]> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'purge-child.ts'),
      userDataDir,
      BENCH_NOW.toISOString(),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const phases: Phase[] = [];
  let buffered = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.trim()) continue;
      const phase = JSON.parse(line) as Phase;
      phases.push(phase);
      // The cap covers the purge and the reopen, from the moment the copy is open.
      if (phase.phase === 'opened') {
        clearTimeout(timer);
        timer = setTimeout(() => child.kill('SIGKILL'), CAP_MS);
      }
    }
  });
  let timer = setTimeout(() => child.kill('SIGKILL'), OPEN_CAP_MS);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      resolve(phases);
    });
  });
}
