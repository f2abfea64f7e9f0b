/**
 * Times the lead's records table (LeadRecords, as the leadRecords operation runs it) on 100,000
 * completions: building the rows, then filter + sort + page for a few typical queries, and a
 * cached page fetch (what scrolling does). No assertions: it prints the times so a slowdown is
 * visible. Run: npx tsx scripts/bench-records.ts
 */
import { randomUUID } from 'node:crypto';
import { LEARNER_ROLES, type AcceptanceRecord } from '../common/records/acceptance-record';
import type { RecordFilter, RecordSort } from '../common/lead/record-query';
import type { Settings } from '../common/settings/settings-schema';
import { LeadRecords } from '../electron/services/lead/lead-records';
import type { Ledger } from '../electron/services/ledger/ledger';

const COUNT = 100_000;
const DAY = 86_400_000;
const today = new Date('2026-06-15T12:00:00Z');

function record(i: number): AcceptanceRecord {
  const signed = new Date(today.getTime() - (i % 1500) * DAY).toISOString();
  return {
    recordId: randomUUID(),
    learner: {
      fullName: `Learner ${i} ${i % 7 === 0 ? 'Siân' : 'Jones'}`,
      role: LEARNER_ROLES[i % LEARNER_ROLES.length] ?? 'staff',
      identifier: `l${i % 60_000}@example.org`,
    },
    recordType: i % 3 === 0 ? 'induction' : 'refresher',
    aupVersion: '2026.1',
    aupTextSha256: 'a'.repeat(64),
    aupClauseRevisions: {},
    locale: i % 2 === 0 ? 'en-GB' : 'cy',
    moduleScores: [],
    overallPercent: i % 101,
    startedAt: signed,
    completedAt: signed,
    signedAt: signed,
    deviceId: 'bench',
    signatureMethod: 'typed',
    signatureSha256: 'b'.repeat(64),
    certificateCode: `AAAA-BBBB-${String(i % 10_000).padStart(4, '2')}-CCCC`,
    expiresOn: signed.slice(0, 10),
    organisationName: 'Bench',
  };
}

async function time<T>(label: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  console.log(`${label.padEnd(48)} ${(performance.now() - start).toFixed(1)} ms`);
  return result;
}

const records = Array.from({ length: COUNT }, (_, i) => record(i));
// Only what LeadRecords reads from the ledger: appending 100,000 entries is ledger-backup's bench.
const ledger = { entries: () => records, liveRecords: () => records } as unknown as Ledger;
const table = new LeadRecords(
  async () => ledger,
  () => ({ refresherMonths: 12, timeZone: 'Europe/London' }) as Settings,
  () => today,
);
await time(`build ${COUNT} rows (with person statuses)`, () => table.rows());
const window = { offset: 0, limit: 100 };
const cases: Array<[string, RecordFilter, RecordSort]> = [
  ['no filter, newest first', {}, { key: 'completedAt', direction: 'desc' }],
  ['search "sian", by name', { search: 'sian' }, { key: 'fullName', direction: 'asc' }],
  [
    'overdue volunteers, by status',
    { status: 'overdue', role: 'volunteer' },
    { key: 'status', direction: 'asc' },
  ],
  [
    'date range, by identifier',
    { from: '2025-01-01', to: '2025-12-31' },
    { key: 'identifier', direction: 'desc' },
  ],
];
for (const [label, filter, sort] of cases) {
  const page = await time(`filter+sort+page: ${label}`, () => table.query(filter, sort, window));
  console.log(`${''.padEnd(48)} ${page.total} matches`);
}
const byName: RecordSort = { key: 'fullName', direction: 'asc' };
await table.query({}, byName, window);
await time('cached page at offset 50,000 (scrolling)', () =>
  table.query({}, byName, { offset: 50_000, limit: 100 }),
);
