/**
 * What the lead's LRS panel shows. Shared by main (which builds it) and the renderer (which
 * translates `lastError.i18nKey` into plain words in the lead's language).
 */
export interface SyncProblem {
  code: string;
  i18nKey: string;
  details: Record<string, string | number>;
  at: string;
}

export interface SetAsideSummary {
  statementId: string;
  /** The verb IRI, so the lead can tell a completion from an answer. */
  verb: string;
  status: number;
  /** The LRS's own words for why it refused the statement. */
  reason: string;
  /** Our own, translated reason instead, when the LRS's words say little (a 413: too large). */
  i18nKey?: string;
  at: string;
}

/** The queue file held lines that are not a statement (edited or damaged): those are not sent. */
export interface QueueDamage {
  /** Lines that are not a queued statement, a torn last line (a kill mid-append) aside. */
  unreadable: number;
  /** The queue file as it was, copied beside it in the data folder before anything rewrote it. */
  keptAs: string;
}

export interface LrsSyncStatus {
  /** An LRS address and key are saved on this device. */
  configured: boolean;
  /** The last attempt reached the LRS (null: no attempt yet since the app started). */
  connected: boolean | null;
  sending: boolean;
  /** Statements waiting in the outbox. */
  queueLength: number;
  lastSuccessAt: string | null;
  lastError: SyncProblem | null;
  /** When the next automatic try is due after a failure. */
  nextAttemptAt: string | null;
  setAside: SetAsideSummary[];
  /**
   * Statements the LRS answered 409 to since the app started: it already held their ids with
   * other content and kept its own (after the base address or web address changed, say).
   */
  heldDifferently: number;
  /** Set when the queue file could not all be read when the app opened it. */
  queueDamage: QueueDamage | null;
}
