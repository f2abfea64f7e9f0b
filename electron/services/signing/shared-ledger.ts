import { Ledger } from '../ledger/ledger';

export type LedgerProvider = () => Promise<Ledger>;

/**
 * Opens the ledger once, on first use, and hands every caller the same instance: the ledger
 * queues its own appends, which only protects the file if there is exactly one of it. A failed
 * open is not remembered, so the next call tries again.
 */
export function sharedLedger(dataDir: string): LedgerProvider {
  let pending: Promise<Ledger> | null = null;
  return () => {
    if (!pending) {
      pending = Ledger.open(dataDir);
      pending.catch(() => {
        pending = null;
      });
    }
    return pending;
  };
}
