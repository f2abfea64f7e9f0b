import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { Ledger } from '../../electron/services/ledger/ledger';
import { recordIndexOf } from '../../electron/services/records/record-index';
import { TEST_KEY, TEST_LEDGER } from '../support/test-device-key';
import { ledgerPath } from './fixtures/ledger-forger';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await withTempDir()));
afterEach(() => cleanup());

/** A ledger of `count` records, a few people with several, and an earlier erasure. */
async function written(count: number): Promise<void> {
  const ledger = await Ledger.open(dir, TEST_LEDGER);
  const people = ['ann@example.org', 'Bob@Example.org', 'cai@example.org'];
  await ledger.appendCompletions(
    Array.from({ length: count }, (_, n) =>
      sampleRecord({
        learner: { fullName: `Person ${n} “quoted”`, role: 'staff', identifier: people[n % 3]! },
      }),
    ),
  );
  await ledger.eraseRecords([ledger.liveRecords()[1]!.recordId], 'subject-request');
}

/** What the ledger says after an erasure must be what reading the rewritten file says. */
async function expectAsReadAgain(ledger: Ledger): Promise<void> {
  const fresh = await Ledger.open(dir, TEST_LEDGER);
  expect(ledger.entries()).toEqual(fresh.entries());
  expect(ledger.verification()).toEqual(fresh.verification());
  expect(ledger.checkpoint()).toEqual(fresh.checkpoint());
  expect(ledger.liveRecords()).toEqual(fresh.liveRecords());
  expect(ledger.size).toBe(fresh.size);
  // Where each line ends: what a checkpoint of any earlier entry is compared with.
  const ends = (l: Ledger) => l['scan'].placed.map(({ position, end }) => [position, end]);
  expect(ends(ledger)).toEqual(ends(fresh));
  for (const entry of fresh.entries()) {
    if (entry.kind !== 'completion') continue;
    expect(ledger.findByRecordId(entry.recordId)?.entry).toEqual(entry);
  }
  const index = recordIndexOf(ledger);
  const freshIndex = recordIndexOf(fresh);
  for (const person of ['ann@example.org', 'bob@example.org', 'CAI@example.org']) {
    expect(index.recordsOf(person)).toEqual(freshIndex.recordsOf(person));
  }
  expect(index.live()).toEqual(freshIndex.live());
}

describe('after an erasure, memory is what reading the file again gives', () => {
  it('for a ledger read in line, erasing records here and there', async () => {
    await written(40);
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    recordIndexOf(ledger);
    const live = ledger.liveRecords();
    await ledger.eraseRecords(
      [live[0]!, live[7]!, live[38]!].map((r) => r.recordId),
      'retention',
    );
    await expectAsReadAgain(ledger);
    // And it goes on appending where the file ends.
    await ledger.appendCompletion(sampleRecord());
    await expectAsReadAgain(ledger);
  });

  it('for a ledger opened quickly, its lines not yet parsed', async () => {
    await written(60);
    const ledger = await Ledger.openInBackground(dir, { key: TEST_KEY });
    recordIndexOf(ledger);
    const ids = ledger
      .liveRecords()
      .filter((_, n) => n % 2 === 0)
      .map((r) => r.recordId);
    await ledger.eraseRecords(ids, 'retention');
    await ledger.eraseRecords([ledger.liveRecords()[3]!.recordId], 'subject-request');
    await ledger.parsed;
    await ledger.fullyVerified;
    await expectAsReadAgain(ledger);
  });

  it('for a ledger whose last line lacks its newline', async () => {
    await written(10);
    const text = await readFile(ledgerPath(dir), 'utf8');
    await writeFile(ledgerPath(dir), text.slice(0, -1));
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    await ledger.eraseRecords([ledger.liveRecords()[4]!.recordId], 'retention');
    await expectAsReadAgain(ledger);
  });

  it('for a ledger with a torn last write and a damaged line', async () => {
    await written(10);
    const lines = (await readFile(ledgerPath(dir), 'utf8')).split('\n');
    lines[2] = lines[2]!.replace('"seal":"a', '"seal":"b').replace('"seal":"0', '"seal":"1');
    await writeFile(ledgerPath(dir), lines.join('\n'));
    await appendFile(ledgerPath(dir), '{"seq":99,"kind":"compl');
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    await ledger.eraseRecords([ledger.liveRecords()[5]!.recordId], 'retention');
    await expectAsReadAgain(ledger);
  });
});
