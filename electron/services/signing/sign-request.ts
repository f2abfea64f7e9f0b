import type { Locale } from '../../../common/content/content-schema';

/** A typed signature's `text` follows the policy for names (common/text/text-policy.ts). */
export type SignatureInput =
  { method: 'drawn'; dataUrl: string } | { method: 'typed'; text: string };

/** What the renderer sends when the learner signs: only their own input, nothing derived. */
export interface SignRequest {
  sessionId: string;
  /** The locale the agreement was shown in; main re-reads that text itself to hash it. */
  locale: Locale;
  /**
   * The full name the learner typed: cleaned and checked by the same policy as the name they
   * started with (the IPC schema applies it), and then it must be their name (see `namesMatch`).
   */
  typedName: string;
  acknowledgedClauseIds: string[];
  statementAccepted: boolean;
  signature: SignatureInput;
}
