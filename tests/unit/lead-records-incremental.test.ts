import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecordFilter, RecordSort } from '../../common/lead/record-query';
import type { AcceptanceRecord } from '../../common/records/acceptance-record';
import type { Settings } from '../../common/settings/settings-schema';
import { createAppServices } from '../../electron/services/app-services';
import { LeadRecords } from '../../electron/services/lead/lead-records';
import { confSettingsSource } from '../support/conf-settings-source';
import { TestDialogs } from '../e2e/harness/test-dialogs';
import { TEST_LEDGER, testProtector } from '../support/test-device-key';
import { Ledger } from '../../electron/services/ledger/ledger';
import { recordIndexOf } from '../../electron/services/records/record-index';
import { SeedRandom } from '../../scripts/seed/seed-random';
import { seedRecords } from '../../scripts/seed/seed-records';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
let ledger: Ledger;
let today: Date;
let table: LeadRecords;
beforeEach(async () => {
  ({ dir, cleanup } = await withTempDir());
  ledger = await Ledger.open(dir, TEST_LEDGER);
  today = new Date('2026-06-15T12:00:00Z');
  table = new LeadRecords(
    async () => ledger,
    () => ({ refresherMonths: 12, timeZone: 'Europe/London' }) as Settings,
    () => today,
  );
});
afterEach(() => cleanup());

const newestFirst: RecordSort = { key: 'completedAt', direction: 'desc' };
const all = { offset: 0, limit: 1000 };
const names = async (filter: RecordFilter = {}, sort: RecordSort = newestFirst) =>
  (await table.query(filter, sort, all)).rows.map((r) => r.fullName);

function person(
  fullName: string,
  identifier: string,
  signedAt: string,
  role = 'volunteer' as const,
) {
  return sampleRecord({
    learner: { fullName, role, identifier },
    signedAt,
    completedAt: signedAt,
    recordType: 'induction',
  });
}

describe('the records table follows the ledger as records are added', () => {
  it('a record signed while the table is open appears at the top, without re-reading every record', async () => {
    await ledger.appendCompletion(
      person('Ann Hughes', 'ann@example.org', '2026-01-10T10:00:00.000Z'),
    );
    expect(await names()).toEqual(['Ann Hughes']);
    const fullReads = vi.spyOn(ledger, 'liveRecords');
    await ledger.appendCompletion(
      person('Dewi Prys', 'dewi@example.org', '2026-06-14T10:00:00.000Z'),
    );
    expect(await names()).toEqual(['Dewi Prys', 'Ann Hughes']);
    expect(await names({ search: 'dewi' })).toEqual(['Dewi Prys']);
    expect(fullReads).not.toHaveBeenCalled();
  });

  it("a refresher brings every one of that person's rows up to date, in filters and in the status order", async () => {
    await ledger.appendCompletion(
      person('Ann Hughes', 'ann@example.org', '2025-03-01T10:00:00.000Z'),
    );
    await ledger.appendCompletion(
      person('Bea Clarke', 'bea@example.org', '2026-05-01T10:00:00.000Z'),
    );
    expect(await names({ status: 'overdue' })).toEqual(['Ann Hughes']);
    const byStatus = { key: 'status', direction: 'asc' } as const;
    expect(await names({}, byStatus)).toEqual(['Ann Hughes', 'Bea Clarke']);

    await ledger.appendCompletion(
      sampleRecord({
        ...person('Ann Hughes', ' ANN@example.org', '2026-06-10T10:00:00.000Z'),
        recordType: 'refresher',
      }),
    );
    const rows = (await table.query({ search: 'ann' }, newestFirst, all)).rows;
    expect(rows.map((r) => [r.status, r.latest])).toEqual([
      ['current', true],
      ['current', false],
    ]);
    expect(await names({ status: 'overdue' })).toEqual([]);
    // Both current now: the newer completion comes first.
    expect(await names({}, byStatus)).toEqual(['Ann Hughes', 'Bea Clarke', 'Ann Hughes']);
  });

  it("an erased person's rows leave the table and its searches at once", async () => {
    const ann = person('Ann Hughes', 'ann@example.org', '2026-01-10T10:00:00.000Z');
    await ledger.appendCompletions([
      ann,
      person('Bea Clarke', 'bea@example.org', '2026-02-10T10:00:00.000Z'),
    ]);
    expect(await names({ search: 'hughes' })).toEqual(['Ann Hughes']);
    await ledger.eraseRecords([ann.recordId], 'subject-request');
    expect(await names({ search: 'hughes' })).toEqual([]);
    expect((await table.query({}, newestFirst, all)).totalAll).toBe(1);
    expect(await table.matching({})).toEqual([
      expect.objectContaining({ learner: expect.objectContaining({ fullName: 'Bea Clarke' }) }),
    ]);
  });

  it('statuses move on when the date does, without any new record', async () => {
    await ledger.appendCompletion(
      person('Ann Hughes', 'ann@example.org', '2025-07-20T10:00:00.000Z'),
    );
    expect((await table.query({}, newestFirst, all)).rows[0]?.status).toBe('current');
    today = new Date('2026-07-01T12:00:00Z');
    expect((await table.query({}, newestFirst, all)).rows[0]?.status).toBe('due-soon');
    today = new Date('2026-08-01T12:00:00Z');
    expect(await names({ status: 'overdue' })).toEqual(['Ann Hughes']);
  });

  it('after many appends and erasures, every sort and filter matches a table built from scratch', async () => {
    const random = new SeedRandom(11);
    const made = seedRecords(
      random,
      {
        records: 400,
        until: today,
        content: { moduleIds: ['m1'], clauses: [{ id: 'c1', revision: 1 }] },
      },
      1,
    ).map((s) => s.record);
    // Signed in a shuffled order, as merged backups would add them, with erasures in between.
    const shuffled = [...made].sort(() => random.next() - 0.5);
    const sorts: RecordSort[] = [
      newestFirst,
      { key: 'fullName', direction: 'asc' },
      { key: 'identifier', direction: 'desc' },
      { key: 'status', direction: 'asc' },
      { key: 'overallPercent', direction: 'desc' },
    ];
    for (const sort of sorts) await table.query({}, sort, all);
    for (let start = 0; start < shuffled.length; start += 50) {
      await ledger.appendCompletions(shuffled.slice(start, start + 50));
      const live = recordIndexOf(ledger).live();
      await ledger.eraseRecords(
        [live[random.int(0, live.length - 1)]!.recordId],
        'subject-request',
      );
      await table.query({}, newestFirst, all);
    }
    const fresh = new LeadRecords(
      async () => ledger,
      () => ({ refresherMonths: 12, timeZone: 'Europe/London' }) as Settings,
      () => today,
    );
    const filters: RecordFilter[] = [{}, { role: 'staff' }, { status: 'overdue' }, { search: 'ł' }];
    for (const sort of sorts) {
      for (const filter of filters) {
        const kept = (await table.query(filter, sort, all)).rows;
        expect(kept).toEqual((await fresh.query(filter, sort, all)).rows);
      }
    }
    expect((await table.query({}, newestFirst, all)).totalAll).toBe(400 - 8);
  });
});

describe('the records table while it is first being built', () => {
  it('takes in a record signed and one erased meanwhile, as a table built afterwards would', async () => {
    const made = seedRecords(
      new SeedRandom(5),
      {
        records: 1500,
        until: today,
        content: { moduleIds: ['m1'], clauses: [{ id: 'c1', revision: 1 }] },
      },
      1,
    ).map((s) => s.record);
    await ledger.appendCompletions(made);
    // Built a few milliseconds at a time: the signing and the erasure land between turns.
    const everything = { offset: 0, limit: 5000 };
    const building = table.query({}, newestFirst, everything);
    await ledger.appendCompletion(
      person('Zed Latest', 'zed@example.org', '2026-06-14T10:00:00.000Z'),
    );
    await ledger.eraseRecords([made[0]!.recordId], 'subject-request');
    const meanwhile = table.query({}, newestFirst, everything);
    await building;
    const seen = await meanwhile;
    expect(seen.rows.filter((r) => r.fullName === 'Zed Latest')).toHaveLength(1);
    expect(seen.rows.filter((r) => r.recordId === made[0]!.recordId)).toEqual([]);
    expect(seen.totalAll).toBe(1500);
    const fresh = new LeadRecords(
      async () => ledger,
      () => ({ refresherMonths: 12, timeZone: 'Europe/London' }) as Settings,
      () => today,
    );
    expect(seen.rows).toEqual((await fresh.query({}, newestFirst, everything)).rows);
  });
});

describe("the ledger's record index", () => {
  const records: AcceptanceRecord[] = [
    person('Ann Hughes', 'Ann@Example.org', '2025-01-10T10:00:00.000Z'),
    person('Ann Hughes', 'ann@example.org ', '2026-01-10T10:00:00.000Z'),
    person('Bea Clarke', 'CV-000123', '2026-02-10T10:00:00.000Z'),
  ];

  it("finds a person's records and latest record by identifier, however it was typed", async () => {
    await ledger.appendCompletions(records);
    const index = recordIndexOf(ledger);
    expect(index.recordsOf(' ANN@example.ORG')).toHaveLength(2);
    expect(index.latestFor('ann@example.org')?.signedAt).toBe('2026-01-10T10:00:00.000Z');
    expect(index.recordsOf('nobody@example.org')).toEqual([]);
  });

  it('keeps up with appends and erasures, and agrees with the ledger on what is live', async () => {
    const index = recordIndexOf(ledger);
    await ledger.appendCompletions(records);
    expect(recordIndexOf(ledger).recordsOf('cv-000123')).toHaveLength(1);
    await ledger.eraseRecords([records[2]!.recordId], 'subject-request');
    expect(recordIndexOf(ledger)).toBe(index);
    expect(index.recordsOf('cv-000123')).toEqual([]);
    expect(index.live()).toEqual(ledger.liveRecords());
  });

  it('a ledger re-read from disk after a failed write is indexed afresh', async () => {
    await ledger.appendCompletions(records.slice(0, 2));
    const index = recordIndexOf(ledger);
    const resets: boolean[] = [];
    index.onChange((changes) => resets.push(changes.reset));
    // The file is replaced behind the app's back (a folder where it was: the append fails)...
    const file = path.join(dir, 'ledger.jsonl');
    await rename(file, `${file}.moved`);
    await mkdir(file);
    await expect(ledger.appendCompletion(records[2]!)).rejects.toThrow();
    // ...then by another device's ledger, which the next write reads back before appending.
    await rm(file, { recursive: true });
    const other = await Ledger.open(path.join(dir, 'other'), TEST_LEDGER);
    await other.appendCompletion(records[2]!);
    await copyFile(other.filePath, file);
    const later = person('Cai Reid', 'cai@example.org', '2026-03-10T10:00:00.000Z');
    await ledger.appendCompletion(later);
    expect(recordIndexOf(ledger).live()).toEqual([records[2], later]);
    expect(resets).toEqual([true]);
  });
});

describe("the lead's dashboard", () => {
  function services(userDataDir: string) {
    return createAppServices({
      appName: 'test',
      appVersion: '0.0.0',
      dataDir: path.join(userDataDir, 'data'),
      contentDir: path.join(process.cwd(), 'content'),
      settingsSource: confSettingsSource(userDataDir),
      secretStore: testProtector(),
      dialogs: new TestDialogs(userDataDir),
      now: () => new Date('2026-06-15T12:00:00Z'),
    });
  }

  it('counts new completions as they arrive, without re-reading every record', async () => {
    const app = services(dir);
    const appended = await app.ledger();
    await appended.appendCompletion(
      person('Ann Hughes', 'ann@example.org', '2025-03-01T10:00:00.000Z'),
    );
    const before = await app.lead.dashboard('en-GB');
    expect(before.counts).toMatchObject({ overdue: 1, current: 0, total: 1 });

    const fullReads = vi.spyOn(appended, 'liveRecords');
    await appended.appendCompletion(
      person('Bea Clarke', 'bea@example.org', '2026-05-01T10:00:00.000Z'),
    );
    await appended.appendCompletion(
      sampleRecord({
        ...person('Ann Hughes', 'ANN@example.org', '2026-06-01T10:00:00.000Z'),
        recordType: 'refresher',
      }),
    );
    const after = await app.lead.dashboard('en-GB');
    expect(after.counts).toMatchObject({ overdue: 0, current: 2, total: 2 });
    expect(fullReads).not.toHaveBeenCalled();
  });
});
