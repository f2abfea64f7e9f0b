import { DomainError } from '../errors';
import { sendStatements, type SendResult } from '../xapi/send-statements';
import { retryDelay, type RetryPolicy } from './backoff';
import type { Outbox } from './outbox';
import type { OutboxLine } from './outbox-line';
import { readSyncOutcome, writeSyncOutcome } from './sync-outcome-file';
import type { LrsSyncStatus, SyncProblem } from '../../../common/lrs-sync/lrs-sync-status';

export interface LrsConnection {
  endpoint: string;
  username: string;
  password: string;
}

/** Time, as the sync loop sees it: real timers in the app, a hand-turned clock in tests. */
export interface SyncClock {
  now(): Date;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: SyncClock = {
  now: () => new Date(),
  setTimeout: (run, ms) => {
    const handle = setTimeout(run, ms);
    // A pending retry must never keep the app (or a test run) alive.
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface LrsSyncOptions {
  outbox: Outbox;
  /** Null while no LRS is configured: statements then wait in the outbox. */
  connection: () => Promise<LrsConnection | null>;
  clock?: SyncClock;
  random?: () => number;
  fetch?: typeof fetch;
  batchSize?: number;
  retry?: Partial<RetryPolicy>;
  /** Where the last success and error are kept across restarts; memory only when absent. */
  outcomeDir?: string;
  /** Called after each change of status (the lead panel refreshes from it). */
  onStatus?: (status: LrsSyncStatus) => void;
}

const DEFAULT_RETRY: RetryPolicy = { baseMs: 2_000, maxMs: 15 * 60_000 };

/**
 * Sends the outbox to the LRS in the background: oldest first, in batches, one run at a time.
 * A network or server failure waits (exponential backoff with jitter) and tries the same batch
 * again; a batch too large for the LRS (413) is split until it fits; a statement the LRS refuses
 * as invalid (400), or too large on its own, is set aside with its reason and the queue moves on,
 * so one bad statement cannot block everything behind it; a 409 (the LRS already holds
 * that id with other content) counts as sent, and is counted for the lead (`heldDifferently`).
 */
export class LrsSync {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: unknown = null;
  private failures = 0;
  private stopped = false;
  private restored: Promise<void> | null = null;
  private state: Omit<LrsSyncStatus, 'queueLength' | 'setAside' | 'configured' | 'queueDamage'> = {
    connected: null,
    lastSuccessAt: null,
    lastError: null,
    nextAttemptAt: null,
    sending: false,
    heldDifferently: 0,
  };
  private readonly clock: SyncClock;
  private readonly random: () => number;
  private readonly retry: RetryPolicy;

  constructor(private readonly options: LrsSyncOptions) {
    this.clock = options.clock ?? realClock;
    this.random = options.random ?? Math.random;
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
  }

  /** Something new is queued: send it soon, unless a retry is already waiting its turn. */
  kick(): void {
    if (this.stopped || this.timer !== null) return;
    void this.run();
  }

  /** The lead's "Send now": skips any backoff wait and resolves when this run is over. */
  async sendNow(): Promise<LrsSyncStatus> {
    this.cancelTimer();
    this.failures = 0;
    await this.run();
    return this.status();
  }

  /** Resolves once any run under way has finished; no new run starts afterwards. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.cancelTimer();
    await this.running;
  }

  /**
   * After an erasure: the last problem keeps its kind, status and time, but loses the LRS's own
   * words, on screen and on disk. They are scrubbed of what this device sent, but an LRS can quote
   * a statement from elsewhere, naming the person in a way this device never wrote.
   */
  async forgetErrorWords(): Promise<void> {
    await this.restore();
    const error = this.state.lastError;
    if (!error || error.details.message === undefined) return;
    this.state = {
      ...this.state,
      lastError: { ...error, details: { ...error.details, message: '' } },
    };
    await this.keepOutcome();
  }

  async status(): Promise<LrsSyncStatus> {
    await this.restore();
    const [queueLength, setAside, connection, queueDamage] = await Promise.all([
      this.options.outbox.size(),
      this.options.outbox.setAsideStatements(),
      this.options.connection(),
      this.options.outbox.damage(),
    ]);
    return {
      ...this.state,
      configured: connection !== null,
      queueLength,
      queueDamage,
      setAside: setAside.map(({ statement, status, reason, i18nKey, at }) => ({
        statementId: statement.id,
        verb: statement.verb.id,
        status,
        reason,
        ...(i18nKey ? { i18nKey } : {}),
        at,
      })),
    };
  }

  /** Runs until the queue is empty or a failure schedules a retry; overlapping calls share it. */
  private run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.drain();
      } while (this.again && this.timer === null && !this.stopped);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async drain(): Promise<void> {
    const connection = await this.options.connection();
    if (!connection) return;
    await this.restore();
    const before = this.outcome();
    this.state = { ...this.state, sending: true, nextAttemptAt: null };
    try {
      for (;;) {
        if (this.stopped) return;
        const batch = await this.options.outbox.pending(this.options.batchSize ?? 50);
        if (batch.length === 0) return;
        await this.sendBatch(batch, connection);
        this.succeeded();
      }
    } catch (error) {
      this.failed(error);
    } finally {
      this.state = { ...this.state, sending: false };
      if (this.outcome() !== before) await this.keepOutcome();
      void this.notify();
    }
  }

  /**
   * Sends `batch` and acknowledges it. A batch the LRS finds too large (413) is halved, in order,
   * until each part fits; one it refuses as invalid (400) is sent one statement at a time to find
   * which. A single statement still refused either way is set aside, so the queue always moves on.
   */
  private async sendBatch(batch: OutboxLine[], connection: LrsConnection): Promise<void> {
    let refusal: DomainError;
    try {
      this.noteHeld(await this.post(batch, connection));
      await this.options.outbox.acknowledge(batch.at(-1)!.seq);
      return;
    } catch (error) {
      if (!isRefusal(error)) throw error;
      refusal = error;
    }
    if (batch.length === 1) {
      await this.setAside(batch[0]!, refusal);
      return;
    }
    const parts =
      refusal.code === 'xapi.tooLarge'
        ? [batch.slice(0, Math.ceil(batch.length / 2)), batch.slice(Math.ceil(batch.length / 2))]
        : batch.map((line) => [line]);
    for (const part of parts) await this.sendBatch(part, connection);
  }

  private async setAside(line: OutboxLine, error: DomainError): Promise<void> {
    await this.options.outbox.setAside(line, {
      status: Number(error.details.status ?? 400),
      reason: String(error.details.message ?? ''),
      // The LRS's words say why a statement is invalid; for a size limit ours say it better.
      i18nKey: error.code === 'xapi.rejected' ? undefined : error.i18nKey,
      at: this.clock.now(),
    });
    await this.options.outbox.acknowledge(line.seq);
  }

  private post(lines: OutboxLine[], connection: LrsConnection) {
    return sendStatements(
      lines.map((line) => line.statement),
      { ...connection, fetch: this.options.fetch, batchSize: lines.length },
    );
  }

  /** A 409 counts as sent (the queue must move on), but the lead is told it happened. */
  private noteHeld(result: SendResult): void {
    if (result.alreadyStored === 0) return;
    this.state = {
      ...this.state,
      heldDifferently: this.state.heldDifferently + result.alreadyStored,
    };
  }

  private succeeded(): void {
    this.failures = 0;
    this.state = {
      ...this.state,
      connected: true,
      lastSuccessAt: this.clock.now().toISOString(),
      lastError: null,
    };
  }

  private failed(error: unknown): void {
    this.failures += 1;
    const delay = retryDelay(this.failures, this.retry, this.random);
    const now = this.clock.now();
    this.state = {
      ...this.state,
      connected: false,
      lastError: problemOf(error, now),
      nextAttemptAt: new Date(now.getTime() + delay).toISOString(),
    };
    if (this.stopped) return;
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      void this.run();
    }, delay);
  }

  /** The last success and error as one comparable string. */
  private outcome(): string {
    return JSON.stringify([this.state.lastSuccessAt, this.state.lastError]);
  }

  /** Once, before the first status or run: what the last run of the app saw. */
  private restore(): Promise<void> {
    const dir = this.options.outcomeDir;
    if (dir === undefined) return Promise.resolve();
    this.restored ??= readSyncOutcome(dir).then((kept) => {
      this.state = { ...this.state, ...kept };
    });
    return this.restored;
  }

  private async keepOutcome(): Promise<void> {
    if (this.options.outcomeDir === undefined) return;
    try {
      await writeSyncOutcome(this.options.outcomeDir, this.state);
    } catch {
      // Only the panel's history is lost; the queue itself is safe in the outbox.
    }
  }

  private cancelTimer(): void {
    if (this.timer === null) return;
    this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private async notify(): Promise<void> {
    if (!this.options.onStatus) return;
    try {
      this.options.onStatus(await this.status());
    } catch {
      // A status listener's trouble is not the queue's.
    }
  }
}

/** The LRS answered, and will answer this batch the same way every time it is sent. */
function isRefusal(error: unknown): error is DomainError {
  return (
    error instanceof DomainError &&
    (error.code === 'xapi.rejected' || error.code === 'xapi.tooLarge')
  );
}

function problemOf(error: unknown, at: Date): SyncProblem {
  if (error instanceof DomainError) {
    return {
      code: error.code,
      i18nKey: error.i18nKey,
      details: error.details,
      at: at.toISOString(),
    };
  }
  // A disk error reading the outbox, say: the message could hold a path, so only the class.
  return {
    code: 'lrsSync.failed',
    i18nKey: 'errors.lrsSync.failed',
    details: {},
    at: at.toISOString(),
  };
}
