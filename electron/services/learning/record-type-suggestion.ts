import type { AcceptanceRecord, RecordType } from '../../../common/records/acceptance-record';
import { normaliseIdentifier } from '../status/learner-identifier';

/**
 * Induction for someone the ledger has never seen; the refresher for anyone with a completion on
 * record under the same email or staff ID (written any way round: case and spaces do not matter).
 */
export function suggestRecordType(
  records: readonly Pick<AcceptanceRecord, 'learner'>[],
  identifier: string,
): RecordType {
  const wanted = normaliseIdentifier(identifier);
  const known = records.some((r) => normaliseIdentifier(r.learner.identifier) === wanted);
  return known ? 'refresher' : 'induction';
}
