import { DomainError } from '../errors';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';

/**
 * How an acceptance record becomes one flat CSV row. Every field is kept. The nested parts are
 * spread over columns whose keys say where they came from:
 * - `learner.fullName`, `learner.role`, `learner.identifier`;
 * - `score:<moduleId>` (percent) and `attempts:<moduleId>` for each module any record has;
 * - `clause:<clauseId>` for the AUP clause revision signed.
 * A record without that module or clause leaves the cell empty. Dynamic columns are sorted by
 * id so the same records always give the same columns.
 */

type Cell = (record: AcceptanceRecord) => string;

const FIXED: ReadonlyArray<readonly [string, Cell]> = [
  ['recordId', (r) => r.recordId],
  ['certificateCode', (r) => r.certificateCode],
  ['learner.fullName', (r) => r.learner.fullName],
  ['learner.identifier', (r) => r.learner.identifier],
  ['learner.role', (r) => r.learner.role],
  ['recordType', (r) => r.recordType],
  ['organisationName', (r) => r.organisationName],
  ['locale', (r) => r.locale],
  ['aupVersion', (r) => r.aupVersion],
  ['aupTextSha256', (r) => r.aupTextSha256],
  ['overallPercent', (r) => String(r.overallPercent)],
  ['startedAt', (r) => r.startedAt],
  ['completedAt', (r) => r.completedAt],
  ['signedAt', (r) => r.signedAt],
  ['expiresOn', (r) => r.expiresOn],
  ['signatureMethod', (r) => r.signatureMethod],
  ['signatureSha256', (r) => r.signatureSha256],
  ['deviceId', (r) => r.deviceId],
];

export const FIXED_COLUMN_KEYS: readonly string[] = FIXED.map(([key]) => key);

export interface CsvColumn {
  key: string;
  cell: Cell;
}

/** Header text per column key. A missing `score:<id>` falls back to `<labels.score>:<id>`. */
export type CsvLabels = Readonly<Record<string, string>>;

export function headerFor(key: string, labels: CsvLabels = {}): string {
  const exact = labels[key];
  if (exact !== undefined) return exact;
  const colon = key.indexOf(':');
  if (colon < 0) return key;
  const kind = key.slice(0, colon);
  return `${labels[kind] ?? kind}:${key.slice(colon + 1)}`;
}

function sorted(ids: Iterable<string>): string[] {
  return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function csvColumnsFor(records: readonly AcceptanceRecord[]): CsvColumn[] {
  const moduleIds = new Set<string>();
  const clauseIds = new Set<string>();
  for (const record of records) {
    const seen = new Set<string>();
    for (const score of record.moduleScores) {
      // Two scores for one module cannot share a column; refuse rather than drop one.
      if (seen.has(score.moduleId)) {
        throw new DomainError('export-duplicate-module', 'errors.export.duplicateModule', {
          recordId: record.recordId,
          moduleId: score.moduleId,
        });
      }
      seen.add(score.moduleId);
      moduleIds.add(score.moduleId);
    }
    for (const clauseId of Object.keys(record.aupClauseRevisions)) clauseIds.add(clauseId);
  }

  const columns: CsvColumn[] = FIXED.map(([key, cell]) => ({ key, cell }));
  for (const id of sorted(moduleIds)) {
    const score = (r: AcceptanceRecord) => r.moduleScores.find((s) => s.moduleId === id);
    columns.push({ key: `score:${id}`, cell: (r) => String(score(r)?.percent ?? '') });
    columns.push({ key: `attempts:${id}`, cell: (r) => String(score(r)?.attempts ?? '') });
  }
  for (const id of sorted(clauseIds)) {
    columns.push({
      key: `clause:${id}`,
      cell: (r) =>
        Object.hasOwn(r.aupClauseRevisions, id) ? String(r.aupClauseRevisions[id]) : '',
    });
  }
  return columns;
}
