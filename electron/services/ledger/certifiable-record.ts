import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import { DomainError } from '../errors';
import type { LedgerLookup } from './ledger';

/**
 * The record a certificate may be printed from, or a typed refusal: a record that is not there
 * (or was erased) has none, and neither does a damaged one (its content fails its hash, or this
 * device did not seal it), because a certificate would vouch for an edited name or score.
 */
export function certifiableRecord(
  lookup: LedgerLookup | undefined,
  notFound: () => DomainError,
): AcceptanceRecord {
  if (!lookup?.record) throw notFound();
  if (lookup.damage) {
    throw new DomainError('LEDGER_RECORD_DAMAGED', 'errors.ledger.recordDamaged', {
      reason: lookup.damage,
    });
  }
  return lookup.record;
}
