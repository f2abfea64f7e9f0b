import { randomInt } from 'node:crypto';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { Ledger, type ReviewedRecord } from '../../electron/services/ledger/ledger';
import {
  prepareRecordIndex,
  RecordIndex,
  recordIndexOf,
} from '../../electron/services/records/record-index';
import { TEST_KEY, TEST_LEDGER } from '../support/test-device-key';
import { checkpointPath, ledgerPath } from './fixtures/ledger-forger';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
let original: Buffer;
let originalCheckpoint: Buffer;

beforeAll(async () => {
  ({ dir, cleanup } = await withTempDir());
  const ledger = await Ledger.open(dir, TEST_LEDGER);
  for (let n = 0; n < 8; n += 1) await ledger.appendCompletion(sampleRecord());
  await ledger.eraseRecords([ledger.liveRecords()[3]!.recordId], 'subject-request');
  original = await readFile(ledgerPath(dir));
  originalCheckpoint = await readFile(checkpointPath(dir));
});
afterAll(() => cleanup());

async function restore(bytes = original, checkpoint = originalCheckpoint): Promise<void> {
  await writeFile(ledgerPath(dir), bytes);
  await writeFile(checkpointPath(dir), checkpoint);
}

/** Opened in a worker, once its background verification has finished. */
async function inBackground(): Promise<Ledger> {
  const ledger = await Ledger.openInBackground(dir, { key: TEST_KEY });
  await ledger.fullyVerified;
  return ledger;
}

/**
 * A line's record name changed by hand, the JSON still valid, its hashes left as they were and
 * its length kept, so the checkpoint still covers the file (and opening uses it).
 */
function withEditedName(bytes: Buffer, line: number): Buffer {
  const lines = bytes.toString('utf8').split('\n');
  lines[line - 1] = lines[line - 1]!.replace(
    /"fullName":"(.)/,
    (_m, first: string) => `"fullName":"${first === 'X' ? 'Y' : 'X'}`,
  );
  return Buffer.from(lines.join('\n'));
}

describe('opening the ledger in a worker, verifying in the background', () => {
  it('gives the same entries, head and findings as reading it in line', async () => {
    await restore();
    const inLine = await Ledger.open(dir, TEST_LEDGER);
    const background = await inBackground();
    expect(background.verification()).toEqual({ ok: true, problems: [] });
    expect(background.entries()).toEqual(inLine.entries());
    expect(background.checkpoint()).toEqual(inLine.checkpoint());
    expect(background.liveRecords()).toEqual(inLine.liveRecords());
  });

  it('an old line edited by hand before the checkpoint is still found, once verification ends', async () => {
    await restore(withEditedName(original, 2));
    const ledger = await Ledger.openInBackground(dir, { key: TEST_KEY });
    // Opening trusted the sealed checkpoint: the check of every line is still running or done.
    await ledger.fullyVerified;
    const found = ledger.verification().problems;
    expect(found).toEqual((await Ledger.open(dir, TEST_LEDGER)).verification().problems);
    expect(found).toContainEqual(expect.objectContaining({ position: 2, nature: 'edited' }));
    // The damaged record is flagged wherever records are looked up, not only in the report.
    expect(
      recordIndexOf(ledger)
        .reviewed()
        .filter((r) => r.damage),
    ).toHaveLength(1);
    expect(ledger.liveRecords()).toHaveLength(6);
  });

  it('a forged seal on a line the checkpoint covers is found once verification ends', async () => {
    const lines = original.toString('utf8').split('\n');
    lines[1] = lines[1]!.replace(
      /"seal":"(.)/,
      (_m, c: string) => `"seal":"${c === 'a' ? 'b' : 'a'}`,
    );
    await restore(Buffer.from(lines.join('\n')));
    const ledger = await inBackground();
    const found = ledger.verification().problems;
    expect(found).toEqual((await Ledger.open(dir, TEST_LEDGER)).verification().problems);
    expect(found).toEqual([expect.objectContaining({ position: 2, nature: 'seal-mismatch' })]);
  });

  it('a line written after the checkpoint is checked before the ledger opens', async () => {
    // A crash after an append and before its checkpoint: the checkpoint lags one entry.
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    await restore();
    const lagging = await readFile(checkpointPath(dir));
    await ledger.appendCompletion(sampleRecord());
    const longer = await readFile(ledgerPath(dir));
    await restore(withEditedName(longer, 10), lagging);
    const opened = await Ledger.openInBackground(dir, { key: TEST_KEY });
    expect(opened.verification().problems).toContainEqual(
      expect.objectContaining({ position: 10, nature: 'edited' }),
    );
    await opened.fullyVerified;
  });

  it('random single-byte edits are each reported, as when reading in line', async () => {
    const missed: string[] = [];
    for (let trial = 0; trial < 12; trial += 1) {
      const edited = Buffer.from(original);
      const at = randomInt(edited.length);
      edited[at] = (edited[at]! + randomInt(1, 256)) % 256;
      await restore(edited);
      if ((await inBackground()).verification().problems.length === 0) missed.push(`byte ${at}`);
    }
    expect(missed).toEqual([]);
  });

  it('records appended while the background check runs are kept and chained', async () => {
    await restore();
    await copyFile(ledgerPath(dir), `${ledgerPath(dir)}.before`);
    const ledger = await Ledger.openInBackground(dir, { key: TEST_KEY });
    const added = sampleRecord();
    await ledger.appendCompletion(added);
    await ledger.fullyVerified;
    expect(ledger.verification()).toEqual({ ok: true, problems: [] });
    expect(ledger.findByRecordId(added.recordId)?.record).toEqual(added);
    const reopened = await Ledger.open(dir, TEST_LEDGER);
    expect(reopened.verification()).toEqual({ ok: true, problems: [] });
    expect(reopened.liveRecords()).toHaveLength(8);
  });

  it('without a checkpoint every line is checked before it opens', async () => {
    await restore(withEditedName(original, 2));
    await writeFile(checkpointPath(dir), 'not a checkpoint');
    const ledger = await Ledger.openInBackground(dir, { key: TEST_KEY });
    const natures = ledger.verification().problems.map((p) => p.nature);
    expect(natures).toContain('edited');
    expect(natures).toContain('checkpoint-invalid');
    await ledger.fullyVerified;
  });

  it.each([
    ['is not JSON', (line: string) => line.slice(0, -5)],
    ['is JSON but not an entry', () => 'null'],
    ['holds two objects', (line: string) => `${line}, ${line}`],
    ['is blank', () => ''],
  ])(
    'a line the checkpoint covers that %s is reported at opening, as when reading in line',
    async (_what, damage: (line: string) => string) => {
      const lines = original.toString('utf8').split('\n');
      lines[2] = damage(lines[2]!);
      await restore(Buffer.from(lines.join('\n')));
      const inLine = await Ledger.open(dir, TEST_LEDGER);
      const ledger = await Ledger.openInBackground(dir, { key: TEST_KEY });
      // Already at opening, not only once the background check ends.
      expect(ledger.verification().problems).toEqual(inLine.verification().problems);
      expect(ledger.verification().ok).toBe(false);
      expect(ledger.entries()).toEqual(inLine.entries());
      await ledger.fullyVerified;
      expect(ledger.verification().problems).toEqual(inLine.verification().problems);
    },
  );

  it('a background check that finds nothing new leaves the views built at opening standing', async () => {
    await restore();
    // A ledger just opened is at revision 0; each change to what is known about its lines adds one.
    const ledger = await inBackground();
    expect(ledger.revision).toBe(0);
    // One that does find something changes it, so every view rebuilds with the damage flagged.
    await restore(withEditedName(original, 2));
    const damaged = await inBackground();
    expect(damaged.revision).toBeGreaterThan(0);
  });
});

describe('opening a ledger longer than one message of lines', () => {
  it('gives every entry, in order, with the same findings as reading it in line', async () => {
    const { dir: big, cleanup: done } = await withTempDir();
    try {
      const writer = await Ledger.open(big, TEST_LEDGER);
      await writer.appendCompletions(Array.from({ length: 600 }, () => sampleRecord()));
      await writer.eraseRecords([writer.liveRecords()[300]!.recordId], 'subject-request');
      const inLine = await Ledger.open(big, TEST_LEDGER);
      const ledger = await Ledger.openInBackground(big, { key: TEST_KEY });
      await ledger.fullyVerified;
      expect(ledger.size).toBe(inLine.size);
      expect(ledger.entries()).toEqual(inLine.entries());
      expect(ledger.liveRecords()).toEqual(inLine.liveRecords());
      expect(ledger.verification()).toEqual({ ok: true, problems: [] });
      // The record index built a slice at a time at opening is the one built at once.
      await prepareRecordIndex(ledger);
      const index = recordIndexOf(ledger);
      const atOnce = new RecordIndex(inLine);
      // By name: a reviewed record reads `record` through a getter, which toEqual would skip.
      const plain = (list: readonly ReviewedRecord[]) =>
        list.map(({ record, ...rest }) => ({ record, ...rest }));
      expect(plain(index.reviewed())).toEqual(plain(atOnce.reviewed()));
      expect(index.live()).toEqual(atOnce.live());
      const someone = inLine.liveRecords()[450]!.learner.identifier;
      expect(index.recordsOf(someone.toUpperCase())).toEqual(atOnce.recordsOf(someone));
      // Appending continues the chain where the checkpoint's last entry and the file end.
      const added = sampleRecord({
        learner: { fullName: 'New Person', role: 'staff', identifier: 'new.person@example.org' },
      });
      await ledger.appendCompletion(added);
      expect(recordIndexOf(ledger).recordsOf(added.learner.identifier)).toEqual([added]);
      expect((await Ledger.open(big, TEST_LEDGER)).verification()).toEqual({
        ok: true,
        problems: [],
      });
    } finally {
      await done();
    }
  });
});
