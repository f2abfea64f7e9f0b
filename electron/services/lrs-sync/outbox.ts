import { copyFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { QueueDamage } from '../../../common/lrs-sync/lrs-sync-status';
import { writeFileAtomic } from '../fs/atomic-write';
import { sha256Hex } from '../ledger/canonical-json';
import { appendSynced, jsonLines, readText, safeJson } from './jsonl-file';
import type { XapiStatement } from '../xapi/xapi-statement';
import {
  outboxLineSchema,
  outboxStateSchema,
  type OutboxLine,
  type OutboxState,
} from './outbox-line';

export const OUTBOX_FILE = 'lrs-outbox.jsonl';
export const OUTBOX_STATE_FILE = 'lrs-outbox.state.json';
/** Statements the LRS refused (400, or 413 on their own), kept with its reason for the lead; never retried by itself. */
export const SET_ASIDE_FILE = 'lrs-outbox.set-aside.jsonl';

/** Rewrite the outbox once this many acknowledged lines sit at its head (or when all are sent). */
const COMPACT_AFTER = 500;

export interface SetAsideStatement {
  seq: number;
  statement: XapiStatement;
  status: number;
  /** The LRS's own words (for a 400). */
  reason: string;
  /** Our translated reason, when we know better than the LRS's words (a 413). */
  i18nKey?: string;
  at: string;
}

export interface SetAsideReason {
  status: number;
  reason: string;
  i18nKey?: string;
  at: Date;
}

/**
 * The durable queue of statements waiting for the LRS, in `<dataDir>/lrs-outbox.jsonl`.
 *
 * Every line is `{ seq, statement }`, appended and fsynced before `enqueue` resolves, so a caller
 * that awaits it before answering the learner never acknowledges anything that is not queued.
 * What the LRS has taken is recorded as one number, the last acknowledged `seq`, in a small state
 * file replaced atomically; a kill between a send and that write only means the batch is sent
 * again, which the LRS treats as the same statements (the ids are fixed). Acknowledged lines are
 * dropped by rewriting the file (atomically) once enough of them pile up, so the file never grows
 * without bound. A torn last line (a kill mid-append) was never acknowledged to anyone: skipped.
 * Any other line that cannot be read (the file edited or damaged) is not sent either, but the file
 * as it was is copied aside before anything rewrites it, and `damage()` says so for the lead.
 */
export class Outbox {
  private readonly file: string;
  private readonly stateFile: string;
  private readonly setAsideFile: string;
  private chain: Promise<unknown> = Promise.resolve();
  private loaded: { lines: OutboxLine[]; state: OutboxState } | null = null;
  private damaged: QueueDamage | null = null;

  constructor(dataDir: string) {
    this.file = join(dataDir, OUTBOX_FILE);
    this.stateFile = join(dataDir, OUTBOX_STATE_FILE);
    this.setAsideFile = join(dataDir, SET_ASIDE_FILE);
  }

  /** Appends statements in order; resolves once they are on disk. */
  enqueue(statements: readonly XapiStatement[]): Promise<void> {
    if (statements.length === 0) return Promise.resolve();
    return this.serial(async () => {
      const loaded = await this.load();
      const last = loaded.lines.at(-1)?.seq ?? loaded.state.ackedSeq;
      const lines = statements.map((statement, index) => ({ seq: last + 1 + index, statement }));
      await appendSynced(this.file, lines.map((line) => JSON.stringify(line)).join('\n'));
      loaded.lines.push(...lines);
    });
  }

  /** The oldest statements not yet acknowledged, in order. */
  pending(limit = Number.POSITIVE_INFINITY): Promise<OutboxLine[]> {
    return this.serial(async () => {
      const { lines, state } = await this.load();
      return lines.filter((line) => line.seq > state.ackedSeq).slice(0, limit);
    });
  }

  size(): Promise<number> {
    return this.pending().then((lines) => lines.length);
  }

  /** Everything up to and including `seq` is in the LRS (or set aside). */
  acknowledge(seq: number): Promise<void> {
    return this.serial(async () => {
      const loaded = await this.load();
      if (seq <= loaded.state.ackedSeq) return;
      loaded.state = { ...loaded.state, ackedSeq: seq };
      await writeFileAtomic(this.stateFile, JSON.stringify(loaded.state));
      const acked = loaded.lines.filter((line) => line.seq <= seq).length;
      if (acked >= COMPACT_AFTER || acked === loaded.lines.length) await this.compact(loaded);
    });
  }

  /** Keeps a refused statement with the LRS's reason (before it is acknowledged past). */
  setAside(line: OutboxLine, why: SetAsideReason): Promise<void> {
    const { status, reason, i18nKey, at } = why;
    const entry: SetAsideStatement = {
      ...line,
      status,
      reason,
      ...(i18nKey ? { i18nKey } : {}),
      at: at.toISOString(),
    };
    return this.serial(() => appendSynced(this.setAsideFile, JSON.stringify(entry)));
  }

  async setAsideStatements(): Promise<SetAsideStatement[]> {
    const text = await readText(this.setAsideFile);
    return jsonLines(text).filter((value): value is SetAsideStatement => {
      const entry = value as Partial<SetAsideStatement>;
      return (
        typeof entry.reason === 'string' &&
        typeof entry.seq === 'number' &&
        (entry.i18nKey === undefined || typeof entry.i18nKey === 'string')
      );
    });
  }

  /**
   * Statements whose ids are in `ids` leave this device (an erasure, or the end of retention):
   * those still queued are never sent, those the LRS refused are no longer kept for the lead, and
   * those it already took but that still sit in the file (others waiting behind them) are cut out
   * now, not whenever the queue next empties. Resolves to how many were still queued.
   */
  drop(ids: ReadonlySet<string>): Promise<number> {
    return this.serial(async () => {
      const loaded = await this.load();
      const acked = loaded.state.ackedSeq;
      const kept = loaded.lines.filter((line) => !ids.has(line.statement.id));
      const unsent = loaded.lines.filter((l) => l.seq > acked && ids.has(l.statement.id)).length;
      if (kept.length < loaded.lines.length) {
        loaded.lines = kept;
        await this.compact(loaded);
      }
      await this.dropSetAside(ids);
      return unsent;
    });
  }

  private async dropSetAside(ids: ReadonlySet<string>): Promise<void> {
    const text = await readText(this.setAsideFile);
    if (text === '') return;
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    const kept = lines.filter((line) => {
      const entry = safeJson(line) as Partial<SetAsideStatement> | null;
      return !(entry?.statement && ids.has(entry.statement.id));
    });
    if (kept.length === lines.length) return;
    await writeFileAtomic(this.setAsideFile, kept.map((line) => `${line}\n`).join(''));
  }

  private async compact(loaded: { lines: OutboxLine[]; state: OutboxState }): Promise<void> {
    const kept = loaded.lines.filter((line) => line.seq > loaded.state.ackedSeq);
    // The next seq must keep growing after compaction, so the state file remembers the last one.
    await writeFileAtomic(this.file, kept.map((line) => `${JSON.stringify(line)}\n`).join(''));
    loaded.lines = kept;
  }

  private async load(): Promise<{ lines: OutboxLine[]; state: OutboxState }> {
    if (this.loaded) return this.loaded;
    const stateText = await readText(this.stateFile);
    const state = outboxStateSchema.safeParse(stateText === '' ? {} : safeJson(stateText));
    const text = await readText(this.file);
    const { lines, unreadable } = readQueue(text);
    if (unreadable > 0) {
      // Named by what it holds: opening the same damaged file again (the queue may not drain
      // for a while) keeps one copy, not one per start.
      const keptAs = `lrs-outbox.damaged-${sha256Hex(text).slice(0, 16)}.jsonl`;
      await copyFile(this.file, join(dirname(this.file), keptAs));
      this.damaged = { unreadable, keptAs };
    }
    this.loaded = { lines, state: state.success ? state.data : { ackedSeq: 0 } };
    return this.loaded;
  }

  /** Lines of the queue file that could not be read when it was opened, and where it was kept. */
  damage(): Promise<QueueDamage | null> {
    return this.serial(async () => {
      await this.load();
      return this.damaged;
    });
  }

  // One process writes these files; serialising keeps appends, acks and rewrites from interleaving.
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.chain.then(task, task);
    this.chain = run.catch(() => undefined);
    return run;
  }
}

/** The queued statements in the file, and how many other lines it holds (a torn last one aside). */
function readQueue(text: string): { lines: OutboxLine[]; unreadable: number } {
  // Every whole line ends with a newline: text after the last one is a kill mid-append, never
  // queued (appendSynced cuts it off before the next append).
  const whole = text.slice(0, text.lastIndexOf('\n') + 1).split('\n');
  const lines: OutboxLine[] = [];
  let unreadable = 0;
  for (const line of whole) {
    if (line.trim() === '') continue;
    const parsed = outboxLineSchema.safeParse(safeJson(line));
    if (parsed.success) lines.push(parsed.data);
    else unreadable += 1;
  }
  return { lines, unreadable };
}
