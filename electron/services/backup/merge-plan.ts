import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import { canonicalJson } from '../ledger/canonical-json';

export interface MergeConflict {
  recordId: string;
  certificateCode: string;
  /**
   * `record-differs`: this record id is held here with other content.
   * `certificate-code-taken`: another record here already carries this certificate code.
   */
  reason: 'record-differs' | 'certificate-code-taken';
}

export interface LocalState {
  live: readonly AcceptanceRecord[];
  /** Every record id the local ledger has ever held, erased ones included. */
  erasedRecordIds: ReadonlySet<string>;
}

export interface MergePlan {
  toImport: AcceptanceRecord[];
  /** Held here already, identical: nothing to append, but a file of theirs lost here can be restored. */
  duplicates: AcceptanceRecord[];
  conflicts: MergeConflict[];
  /** Erased here: never brought back by a merge, whatever the backup holds. */
  skippedErasedHere: number;
  /** Live here but erased in the source; left alone for the lead to erase here deliberately. */
  erasedInSource: string[];
}

/**
 * Decides what a merge would do, without writing anything. The safe rules:
 * - an identical record already here is a duplicate; one with the same id but other content, or
 *   another record's certificate code, is a conflict and is not imported (a lead must look);
 * - an erasure is never undone by importing, and an erasure in the source never deletes here:
 *   deleting local data because a file says so is too destructive to do silently.
 */
export function planMerge(
  local: LocalState,
  incoming: readonly AcceptanceRecord[],
  incomingErased: ReadonlySet<string>,
): MergePlan {
  const byId = new Map(local.live.map((record) => [record.recordId, canonicalJson(record)]));
  const codes = new Map(local.live.map((record) => [record.certificateCode, record.recordId]));
  const plan: MergePlan = {
    toImport: [],
    duplicates: [],
    conflicts: [],
    skippedErasedHere: 0,
    erasedInSource: local.live
      .filter((record) => incomingErased.has(record.recordId))
      .map((record) => record.recordId),
  };
  for (const record of incoming) {
    const { recordId, certificateCode } = record;
    if (local.erasedRecordIds.has(recordId)) {
      plan.skippedErasedHere += 1;
      continue;
    }
    const held = byId.get(recordId);
    if (held !== undefined) {
      if (held === canonicalJson(record)) plan.duplicates.push(record);
      else plan.conflicts.push({ recordId, certificateCode, reason: 'record-differs' });
      continue;
    }
    if (codes.has(certificateCode)) {
      plan.conflicts.push({ recordId, certificateCode, reason: 'certificate-code-taken' });
      continue;
    }
    plan.toImport.push(record);
    // Later records in the same backup are checked against the ones planned before them.
    byId.set(recordId, canonicalJson(record));
    codes.set(certificateCode, recordId);
  }
  return plan;
}
