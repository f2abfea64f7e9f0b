import type { Locale } from '../content/content-schema';
import type { LearnerIdentity, ModuleScore, RecordType } from '../records/acceptance-record';

/**
 * What signing needs from the learning service (electron/services/learning): the finished
 * session's facts, and a way to close the session once its record is in the ledger. Everything
 * in the record except the signature comes from here or from main's own state, never from the
 * renderer.
 */
export interface CompletionSummary {
  sessionId: string;
  learner: LearnerIdentity;
  recordType: RecordType;
  locale: Locale;
  startedAt: string;
  completedAt: string;
  moduleScores: ModuleScore[];
  overallPercent: number;
}

export interface LearningPort {
  /** Throws a DomainError when the session is unknown or not yet complete. */
  completionSummary(sessionId: string): CompletionSummary | Promise<CompletionSummary>;
  markSigned(sessionId: string, recordId: string): void | Promise<void>;
}
