import type { ContentPack, Locale } from '../../../common/content/content-schema';
import type { LrsSettingsInput, LrsSettingsView } from '../../../common/lrs-sync/lrs-settings';
import type { LrsSyncStatus } from '../../../common/lrs-sync/lrs-sync-status';
import type { AcceptanceRecord, LearnerIdentity } from '../../../common/records/acceptance-record';
import { learnerKeyFor, type AnswerEvent } from '../analytics/answer-event';
import type { SecretProtector } from '../device-key/secret-protector';
import type { LedgerCheckpoint } from '../ledger/ledger-checkpoint';
import { answerStatement, answerStatementId } from '../xapi/answer-statement';
import { recordStatementIds, recordToStatements } from '../xapi/record-to-statements';
import { sessionStatements, type SessionChange } from '../xapi/session-statements';
import type { LanguageMap } from '../xapi/xapi-statement';
import { voidingStatements } from '../xapi/voiding-statements';
import { LrsConnectionStore, type SavedLrs } from './lrs-connection-store';
import { LrsSync, type SyncClock } from './lrs-sync';
import type { RetryPolicy } from './backoff';
import { Outbox } from './outbox';
import { FROM_START, readQueuedMarker, writeQueuedMarker } from './queued-marker';
import { readCompletions, type LrsCompletion } from './read-back';
import {
  forgetSessionStatements,
  noteSessionStatements,
  sessionStatementIds,
} from './session-statement-ids';
import { clearOwedVoids, owedVoids, oweVoids } from './voids-owed';

export interface LrsSyncServiceOptions {
  dataDir: string;
  protector: SecretProtector;
  /** Every shipped language's content, for the question text and module names. */
  packs: () => Promise<ContentPack[]>;
  passMarkPercent: () => number;
  /** This device's id, so read-back can tell its own completions from other devices'. */
  deviceId: () => string;
  /** Every live record on this device, for the first sync after the LRS is set up. */
  liveRecords: () => Promise<readonly AcceptanceRecord[]>;
  now: () => Date;
  fetch?: typeof fetch;
  clock?: SyncClock;
  random?: () => number;
  retry?: Partial<RetryPolicy>;
  batchSize?: number;
}

/**
 * This device's link to the organisation's LRS: the hooks that queue a statement in the same
 * step as the record it describes, the background sender, and the lead's settings and status.
 * With no LRS set up, nothing is queued (statements need the organisation's base IRI); setting
 * one up queues every live record on the device once, so nothing made before is missing.
 */
export class LrsSyncService {
  readonly outbox: Outbox;
  readonly connections: LrsConnectionStore;
  readonly sync: LrsSync;

  constructor(private readonly options: LrsSyncServiceOptions) {
    this.outbox = new Outbox(options.dataDir);
    this.connections = new LrsConnectionStore(options.dataDir, options.protector);
    this.sync = new LrsSync({
      outbox: this.outbox,
      connection: async () => (await this.connections.saved())?.connection ?? null,
      outcomeDir: options.dataDir,
      fetch: options.fetch,
      clock: options.clock,
      random: options.random,
      retry: options.retry,
      batchSize: options.batchSize,
    });
  }

  /** At start-up: whatever waited in the outbox while the app was closed goes now. */
  start(): Promise<void> {
    return this.queueMissedRecords()
      .then(() => this.queueOwedVoids())
      .catch(() => undefined)
      .then(() => this.sync.kick());
  }

  /**
   * Records this device made after the last one queued: the app stopped between the ledger's
   * append and the outbox's (see queued-marker). A marked record no longer live (erased) gives
   * no position, so nothing is guessed then.
   */
  private async queueMissedRecords(): Promise<void> {
    const saved = await this.connections.saved();
    const marker = await readQueuedMarker(this.options.dataDir);
    if (!saved || marker === null) return;
    const records = await this.options.liveRecords();
    const position =
      marker === FROM_START ? -1 : records.findIndex((record) => record.recordId === marker);
    if (position < 0 && marker !== FROM_START) return;
    const deviceId = this.options.deviceId();
    const missed = records.slice(position + 1).filter((record) => record.deviceId === deviceId);
    if (missed.length === 0) return;
    const statements = await Promise.all(missed.map((r) => this.completionStatements(saved, r)));
    await this.outbox.enqueue(statements.flat());
    await writeQueuedMarker(this.options.dataDir, missed.at(-1)!.recordId);
  }

  /** A completion record was appended: its statements join the queue before the learner hears. */
  async recordCompletion(record: AcceptanceRecord, checkpoint?: LedgerCheckpoint): Promise<void> {
    const saved = await this.connections.saved();
    if (!saved) return;
    await this.outbox.enqueue(await this.completionStatements(saved, record, checkpoint));
    await writeQueuedMarker(this.options.dataDir, record.recordId);
    this.sync.kick();
  }

  /**
   * Records merged in from a backup (another device's, often one that never reached the LRS).
   * Their ids are fixed by the record, so one the LRS already holds is taken as the same. The
   * queued marker is left alone: it follows this device's own records.
   */
  async recordImports(records: readonly AcceptanceRecord[]): Promise<void> {
    const saved = await this.connections.saved();
    if (!saved || records.length === 0) return;
    const statements = await Promise.all(records.map((r) => this.completionStatements(saved, r)));
    await this.outbox.enqueue(statements.flat());
    this.sync.kick();
  }

  /** A scenario step was answered and saved. */
  async recordAnswer(learner: LearnerIdentity, event: AnswerEvent, locale: Locale): Promise<void> {
    const saved = await this.connections.saved();
    if (!saved) return;
    const statement = answerStatement(learner, event, {
      homePage: saved.homePage,
      activityBase: saved.activityBase,
      packs: await this.options.packs(),
      locale,
    });
    if (!statement) return;
    await this.outbox.enqueue([statement]);
    this.sync.kick();
  }

  /** A session opened, a step of it was saved, or it closed: what that made joins the queue. */
  async recordSession(change: SessionChange): Promise<void> {
    const saved = await this.connections.saved();
    if (!saved) return;
    const statements = sessionStatements(change, {
      homePage: saved.homePage,
      activityBase: saved.activityBase,
      moduleNames: await this.moduleNames(),
    });
    if (statements.length === 0) return;
    const ids = statements.map((statement) => statement.id);
    await noteSessionStatements(this.options.dataDir, change.saved.learnerKey, ids);
    await this.outbox.enqueue(statements);
    this.sync.kick();
  }

  /**
   * A person's records, answers and progress were erased: anything of theirs still queued never
   * leaves, the LRS's words in the last problem (which may have quoted them) are forgotten, and
   * the LRS is asked to void what it already holds.
   */
  async recordErasure(
    records: readonly AcceptanceRecord[],
    answers: readonly AnswerEvent[],
    learnerKey?: string,
  ): Promise<void> {
    const saved = await this.connections.saved();
    const keys = new Set([
      ...(learnerKey ? [learnerKey] : []),
      ...answers.map((answer) => answer.learnerKey),
      ...records.map((record) => learnerKeyFor(record.learner.identifier)),
    ]);
    const ids = [
      ...records.flatMap(recordStatementIds),
      ...answers.map(answerStatementId),
      ...(await sessionStatementIds(this.options.dataDir, keys)),
    ];
    await this.outbox.drop(new Set(ids));
    await forgetSessionStatements(this.options.dataDir, keys);
    await this.sync.forgetErrorWords();
    await this.voidAtLrs(saved, ids);
  }

  /**
   * Records removed at the end of their retention period: their own statements are voided at
   * the LRS (and dropped if still queued). Unlike an erasure, the person's other records, answers
   * and sessions stay, so nothing else of theirs is touched.
   */
  async recordRemoval(records: readonly AcceptanceRecord[]): Promise<void> {
    if (records.length === 0) return;
    const ids = records.flatMap(recordStatementIds);
    await this.outbox.drop(new Set(ids));
    await this.voidAtLrs(await this.connections.saved(), ids);
  }

  /**
   * Asks the LRS to void `ids`; with none set up now, the ids are remembered, for an LRS set up
   * earlier may hold the statements, and their voids are queued once one is set up again.
   */
  private async voidAtLrs(saved: SavedLrs | null, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    if (!saved) {
      await oweVoids(this.options.dataDir, ids);
      return;
    }
    await this.outbox.enqueue(voidingStatements(ids, saved.homePage, this.options.now()));
    this.sync.kick();
  }

  /** Voids owed from erasures made while no LRS was set up join the queue, once. */
  private async queueOwedVoids(): Promise<void> {
    const saved = await this.connections.saved();
    if (!saved) return;
    const ids = await owedVoids(this.options.dataDir);
    if (ids.length === 0) return;
    await this.outbox.enqueue(voidingStatements(ids, saved.homePage, this.options.now()));
    await clearOwedVoids(this.options.dataDir);
  }

  status(): Promise<LrsSyncStatus> {
    return this.sync.status();
  }

  sendNow(): Promise<LrsSyncStatus> {
    return this.sync.sendNow();
  }

  settings(): Promise<LrsSettingsView> {
    return this.connections.view();
  }

  async saveSettings(input: LrsSettingsInput): Promise<LrsSettingsView> {
    const before = await this.connections.saved();
    const view = await this.connections.save(input);
    const after = await this.connections.saved();
    // First set up, or pointed at another base: queue the device's records (fixed ids, so an
    // LRS that already holds some takes them as the same statements).
    if (after && (!before || before.activityBase !== after.activityBase)) {
      const records = await this.options.liveRecords();
      const statements = await Promise.all(records.map((r) => this.completionStatements(after, r)));
      await this.outbox.enqueue(statements.flat());
      await writeQueuedMarker(this.options.dataDir, records.at(-1)?.recordId ?? FROM_START);
    }
    await this.queueOwedVoids();
    this.sync.kick();
    return view;
  }

  async clearSettings(): Promise<void> {
    await this.connections.clear();
  }

  /** Completions the LRS holds from every device (this one's included). */
  async readBack(): Promise<LrsCompletion[]> {
    const saved = await this.connections.saved();
    if (!saved) return [];
    const [completions, local] = await Promise.all([
      readCompletions(saved, { fetch: this.options.fetch, deviceId: this.options.deviceId() }),
      this.options.liveRecords(),
    ]);
    const known = new Set(local.map((record) => record.recordId));
    return completions.map((c) => ({
      ...c,
      fromThisDevice: c.fromThisDevice || (c.recordId !== null && known.has(c.recordId)),
    }));
  }

  private async completionStatements(
    saved: SavedLrs,
    record: AcceptanceRecord,
    checkpoint?: LedgerCheckpoint,
  ) {
    return recordToStatements(record, {
      homePage: saved.homePage,
      activityBase: saved.activityBase,
      passMarkPercent: this.options.passMarkPercent(),
      moduleNames: await this.moduleNames(),
      ledgerCheckpoint: checkpoint
        ? { entries: checkpoint.entries, headHash: checkpoint.headHash }
        : undefined,
    });
  }

  /** Module titles in every shipped language, by module id. */
  private async moduleNames(): Promise<Record<string, LanguageMap>> {
    const names: Record<string, LanguageMap> = {};
    for (const pack of await this.options.packs()) {
      for (const module of pack.modules) {
        names[module.id] = { ...names[module.id], [pack.locale]: module.title };
      }
    }
    return names;
  }
}
