import {
  checkpointText,
  parseCheckpointText,
  type CheckpointClaim,
} from '../ledger/ledger-checkpoint';

/**
 * The ledger's checkpoint (entry count and head hash) travels in every CSV export as ONE closing
 * row, not a line above the header: a line above the header would become the header for
 * papaparse (`header: true`) and for Excel's column detection. The closing row has as many cells
 * as the header, so papaparse reports no field-count mismatch and Excel shows it as a last row:
 * first cell `ledger-checkpoint`, second `<entries>-<head hash>` (see `checkpointText`), the rest
 * empty. Neither cell starts with a formula character. A reader that wants only records drops
 * the row whose first cell is `ledger-checkpoint` (no record id can be that: ids are UUIDs).
 */
export const CHECKPOINT_ROW_MARKER = 'ledger-checkpoint';

export function checkpointRow(claim: CheckpointClaim, columnCount: number): string[] {
  const row = Array.from({ length: Math.max(2, columnCount) }, () => '');
  row[0] = CHECKPOINT_ROW_MARKER;
  row[1] = checkpointText(claim);
  return row;
}

/** The checkpoint a parsed CSV carries in its closing row, or null when it has none. */
export function readCheckpointRow(rows: readonly (readonly string[])[]): CheckpointClaim | null {
  const last = rows.at(-1);
  if (!last || last[0] !== CHECKPOINT_ROW_MARKER) return null;
  return parseCheckpointText(last[1] ?? '');
}
