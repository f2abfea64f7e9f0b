import type { Locale } from '../../../common/content/content-schema';

export type SignatureInput =
  { method: 'drawn'; dataUrl: string } | { method: 'typed'; text: string };

/** What the renderer sends when the learner signs: only their own input, nothing derived. */
export interface SignRequest {
  sessionId: string;
  /** The locale the agreement was shown in; main re-reads that text itself to hash it. */
  locale: Locale;
  /** The full name the learner typed; must be their name (see `namesMatch`). */
  typedName: string;
  acknowledgedClauseIds: string[];
  statementAccepted: boolean;
  signature: SignatureInput;
}
