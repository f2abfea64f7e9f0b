import { DomainError } from '../errors';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import { renewsTraining } from '../../../common/records/record-kinds';
import { resignNeeded } from '../../../common/status/policy-status';
import { csvCell } from './csv-cells';
import { carriedRevisions, type RevisionsOf } from '../policy/agreement-versions';

/**
 * How an acceptance record becomes one flat CSV row. Every field is kept. The nested parts are
 * spread over columns whose keys say where they came from:
 * - `learner.fullName`, `learner.role`, `learner.identifier`;
 * - `score:<moduleId>` (percent) and `attempts:<moduleId>` for each module any record has;
 * - `clause:<clauseId>` for the AUP clause revision signed (from the record's version, or from
 *   the record itself if it was made before versions were kept apart).
 * A record without that module or clause leaves the cell empty. Dynamic columns are sorted by
 * id so the same records always give the same columns.
 */

type Cell = (record: AcceptanceRecord) => string;

/**
 * `plain` marks fields whose format the record schema fixes (ids, codes, enums, hashes, dates,
 * numbers): they can never hold a comma, quote, line break, leading formula character or edge
 * space, so they are written as they are. Everything a person typed goes through `csvCell`.
 */
const FIXED: ReadonlyArray<readonly [string, Cell, 'plain' | 'text']> = [
  ['recordId', (r) => r.recordId, 'plain'],
  ['certificateCode', (r) => r.certificateCode, 'plain'],
  ['learner.fullName', (r) => r.learner.fullName, 'text'],
  ['learner.identifier', (r) => r.learner.identifier, 'text'],
  ['learner.role', (r) => r.learner.role, 'plain'],
  ['recordType', (r) => r.recordType, 'plain'],
  ['organisationName', (r) => r.organisationName, 'text'],
  ['locale', (r) => r.locale, 'plain'],
  ['aupVersion', (r) => r.aupVersion, 'text'],
  ['aupTextSha256', (r) => r.aupTextSha256, 'plain'],
  // Empty for a record made before versions were kept apart (it carries its revisions).
  ['aupVersionSha256', (r) => r.aupVersionSha256 ?? '', 'plain'],
  // A re-signed agreement had no quiz: no score, rather than a misleading 0.
  [
    'overallPercent',
    (r) => (renewsTraining(r.recordType) ? String(r.overallPercent) : ''),
    'plain',
  ],
  ['startedAt', (r) => r.startedAt, 'plain'],
  ['completedAt', (r) => r.completedAt, 'plain'],
  ['signedAt', (r) => r.signedAt, 'plain'],
  ['expiresOn', (r) => r.expiresOn, 'plain'],
  ['signatureMethod', (r) => r.signatureMethod, 'plain'],
  ['signatureSha256', (r) => r.signatureSha256, 'plain'],
  ['deviceId', (r) => r.deviceId, 'text'],
];

export const FIXED_COLUMN_KEYS: readonly string[] = FIXED.map(([key]) => key);

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

/** Scores, attempts and revisions are small numbers: their text is made once, not per cell. */
const SMALL_NUMBERS = Array.from({ length: 101 }, (_, n) => String(n));
const numberText = (n: number) => SMALL_NUMBERS[n] ?? String(n);

export interface CsvLayout {
  /** Column keys, in order (translate them with `headerFor`). */
  keys: string[];
  /** One record as a CSV line: every cell encoded, joined by commas, no line end. */
  line(record: AcceptanceRecord): string;
}

/**
 * The columns for these records, and how to write one. Each record's scores and clauses are
 * placed by looking their columns up once, not by searching every record once per column.
 */
export function csvLayout(
  records: readonly AcceptanceRecord[],
  currentAupVersion?: string,
  revisionsOf: RevisionsOf = carriedRevisions,
): CsvLayout {
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
    for (const clauseId in revisionsOf(record)) clauseIds.add(clauseId);
  }

  const modules = sorted(moduleIds);
  const clauses = sorted(clauseIds);
  const keys = [
    ...FIXED_COLUMN_KEYS,
    ...modules.flatMap((id) => [`score:${id}`, `attempts:${id}`]),
    ...clauses.map((id) => `clause:${id}`),
    // With the version learners sign now: "yes" for a record of another (older) version.
    ...(currentAupVersion === undefined ? [] : ['resignNeeded']),
  ];
  const scoreAt = new Map(modules.map((id, i) => [id, FIXED.length + i * 2]));
  const clauseAt = new Map(clauses.map((id, i) => [id, FIXED.length + modules.length * 2 + i]));

  const blank: string[] = Array.from({ length: keys.length }, () => '');
  return {
    keys,
    line(record) {
      const cells = blank.slice();
      for (let i = 0; i < FIXED.length; i += 1) {
        const [, cell, kind] = FIXED[i]!;
        cells[i] = kind === 'plain' ? cell(record) : csvCell(cell(record));
      }
      for (const { moduleId, percent, attempts } of record.moduleScores) {
        const at = scoreAt.get(moduleId)!;
        cells[at] = numberText(percent);
        cells[at + 1] = numberText(attempts);
      }
      const revisions = revisionsOf(record) ?? {};
      for (const clauseId in revisions)
        cells[clauseAt.get(clauseId)!] = numberText(revisions[clauseId]!);
      if (currentAupVersion !== undefined) {
        cells[keys.length - 1] = resignNeeded(record, currentAupVersion) ? 'yes' : 'no';
      }
      return cells.join(',');
    },
  };
}
