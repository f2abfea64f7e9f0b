import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type TransferListItem } from 'node:worker_threads';

/** The worker scripts, each beside this file: `<name>.ts` in the source, `<name>.cjs` when built. */
export type WorkerName = 'certificate-worker' | 'ledger-worker';

/**
 * Starts a worker thread. In the built app each worker is bundled beside main as one CommonJS
 * file (scripts/build-electron.mjs); main reads it (from inside the asar, which only main's file
 * system can read) and runs it from memory, so no code runs from outside the integrity-checked
 * archive. In development and tests the TypeScript source runs through tsx, as the scripts do.
 */
export function startWorker(
  name: WorkerName,
  workerData: unknown,
  transferList: TransferListItem[] = [],
): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) {
    const code = readFileSync(fileURLToPath(new URL(`./${name}.cjs`, here)), 'utf8');
    return new Worker(code, { eval: true, workerData, transferList });
  }
  // The bench times what the app runs: the built workers (npm run build:electron), named by
  // this variable. Only a run from source reaches this line, so the installed app never reads it.
  const builtDir = process.env.ESAFETY_BUILT_WORKERS;
  if (builtDir) {
    const code = readFileSync(join(builtDir, `${name}.cjs`), 'utf8');
    return new Worker(code, { eval: true, workerData, transferList });
  }
  // A thread does not take a loader from --import in Node 20: register tsx in it first.
  const tsx = pathToFileURL(createRequire(here).resolve('tsx/esm/api')).href.replace(
    /\.cjs$/,
    '.mjs',
  );
  const source = new URL(`./${name}.ts`, here).href;
  const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(source)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), {
    workerData,
    transferList,
  });
}
