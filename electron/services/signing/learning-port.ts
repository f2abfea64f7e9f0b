import type { CompletionSummary } from '../learning/completion-summary';

export type { CompletionSummary };

/**
 * What signing needs from the learning service: the finished session's facts, and a way to close
 * the session once its record is in the ledger. Everything in the record except the signature
 * comes from here or from main's own state, never from the renderer.
 */
export interface LearningPort {
  /** Throws a DomainError when the session is unknown or not yet complete. */
  completionSummary(sessionId: string): CompletionSummary | Promise<CompletionSummary>;
  markSigned(sessionId: string, recordId: string): void | Promise<void>;
}
