import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { naiveLedgerPass } from './floors';

/**
 * The naive floor of opening, run in a thread of its own beside the opens it is compared with.
 * Every line it parses becomes garbage; in the same heap, collecting it fell on the next open
 * measured (a small ledger's open took twice as long after a floor pass as without one). Its
 * own heap keeps each side's garbage to itself; both still share the machine's two cores.
 */
export interface FloorThread {
  /** Milliseconds for one naive pass over `ledgerFile`, measured inside the thread. */
  pass(ledgerFile: string): Promise<number>;
  close(): Promise<void>;
}

export function startFloorThread(): FloorThread {
  // The bench runs under tsx: the thread registers it, then loads this same file through it.
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`;
  const worker = new Worker(boot, { eval: true });
  return {
    pass: (ledgerFile) =>
      new Promise((resolve, reject) => {
        const failed = (error: Error) => reject(error);
        worker.once('error', failed);
        worker.once('message', (ms: number) => {
          worker.off('error', failed);
          resolve(ms);
        });
        worker.postMessage(ledgerFile);
      }),
    close: async () => {
      await worker.terminate();
    },
  };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', (ledgerFile: string) => {
    void naiveLedgerPass(ledgerFile).then((ms) => port.postMessage(ms));
  });
}
