import type { Locale } from '../../../common/content/content-schema';
import { canonicalJson, sha256Hex } from './canonical-json';

export interface ShownClause {
  id: string;
  text: string;
}

/**
 * SHA-256 (hex) of exactly what the learner was shown when signing: the canonical JSON of
 * `{"clauses":[{"id":…,"text":…},…],"locale":…}` with the clauses in the order shown and the
 * text byte for byte as displayed (no trimming or Unicode normalisation, since any change to
 * the wording must change the digest). Recomputing it from an archived content pack proves
 * which wording a record refers to.
 */
export function aupTextDigest(clauses: readonly ShownClause[], locale: Locale): string {
  const shown = clauses.map(({ id, text }) => ({ id, text }));
  return sha256Hex(canonicalJson({ clauses: shown, locale }));
}
