import { randomBytes } from 'node:crypto';
import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import type { AcceptanceRecord } from '../../common/records/acceptance-record';
import { Ledger } from '../../electron/services/ledger/ledger';
import type { LedgerCheckpoint } from '../../electron/services/ledger/ledger-checkpoint';
import type { LedgerProblemNature } from '../../electron/services/ledger/ledger-problem';
import { TEST_LEDGER } from '../support/test-device-key';
import {
  checkpointPath,
  ledgerPath,
  readEntries,
  rechain,
  rehash,
  writeEntries,
  type RawEntry,
} from './fixtures/ledger-forger';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
let records: AcceptanceRecord[];
/** What the lead kept before the forger came: a backup's, certificate's or export's checkpoint. */
let kept: LedgerCheckpoint;

beforeEach(async () => {
  ({ dir, cleanup } = await withTempDir());
  const ledger = await Ledger.open(dir, TEST_LEDGER);
  records = Array.from({ length: 6 }, (_, n) =>
    sampleRecord({ learner: { fullName: `Person ${n}`, role: 'staff', identifier: `p${n}` } }),
  );
  for (const record of records) await ledger.appendCompletion(record);
  kept = ledger.checkpoint();
});
afterEach(() => cleanup());

const natures = async () =>
  new Set((await Ledger.open(dir, TEST_LEDGER)).verification().problems.map((p) => p.nature));

async function expectFound(...expected: LedgerProblemNature[]) {
  const found = await natures();
  for (const nature of expected) expect(found).toContain(nature);
}

describe('a forger who recomputes every hash is still caught', () => {
  it('a forged completion appended with recomputed hashes is flagged and gets no certificate', async () => {
    const entries = await readEntries(dir);
    const last = entries.at(-1)!;
    const body = sampleRecord({
      learner: { fullName: 'Never Trained', role: 'staff', identifier: 'x' },
    });
    const variants: Array<Partial<RawEntry>> = [
      {}, // no seal at all
      { keyId: last.keyId, seal: last.seal }, // a seal copied from a genuine entry
      { keyId: last.keyId, seal: randomBytes(32).toString('hex') }, // an invented one
    ];
    for (const seal of variants) {
      const forged: RawEntry = rehash({
        seq: last.seq + 1,
        kind: 'completion',
        recordId: body.recordId,
        prevHash: last.hash,
        salt: randomBytes(16).toString('hex'),
        bodySha256: '',
        body: body as unknown as Record<string, unknown>,
        hash: '',
        ...seal,
      });
      await writeEntries(dir, [...entries, forged]);
      const ledger = await Ledger.open(dir, TEST_LEDGER);
      const found = ledger.findByRecordId(body.recordId);
      expect(found?.damage).toMatch(/^(unsealed|seal-mismatch)$/);
      expect(ledger.liveRecords().map((r) => r.recordId)).not.toContain(body.recordId);
      expect(ledger.reviewedRecords().at(-1)).toMatchObject({
        record: body,
        damage: found?.damage,
      });
    }
  });

  it('a record edited and the chain after it recomputed is caught by the seals and by a kept checkpoint', async () => {
    const entries = await readEntries(dir);
    (entries[2]!.body as { overallPercent: number }).overallPercent = 100;
    rechain(entries, 2);
    await writeEntries(dir, entries);
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    const problems = ledger.verification().problems;
    // The edited entry and every re-linked one after it lose their seal.
    expect(problems.filter((p) => p.nature === 'seal-mismatch').map((p) => p.position)).toEqual([
      3, 4, 5, 6,
    ]);
    expect(ledger.findByRecordId(records[2]!.recordId)?.damage).toBe('seal-mismatch');
    expect(ledger.checkAgainst(kept, 'A kept backup')).toEqual([
      expect.objectContaining({ nature: 'rewritten', position: 6, entries: { first: 1, last: 6 } }),
    ]);
    expect(problems).toContainEqual(expect.objectContaining({ nature: 'rewritten', position: 6 }));
  });

  it('a record blanked out with a forged erasure entry is caught', async () => {
    const entries = await readEntries(dir);
    const victim = entries[1]!;
    victim.body = null; // its hashes still check out: that is how a real erasure looks
    const last = entries.at(-1)!;
    const erasure = rehash({
      seq: last.seq + 1,
      kind: 'erasure',
      recordId: null,
      prevHash: last.hash,
      salt: randomBytes(16).toString('hex'),
      bodySha256: '',
      body: {
        erasedRecordIds: [victim.recordId],
        at: new Date().toISOString(),
        reason: 'retention',
      },
      hash: '',
      keyId: last.keyId,
      seal: last.seal,
    });
    await writeEntries(dir, [...entries, erasure]);
    const problems = (await Ledger.open(dir, TEST_LEDGER)).verification().problems;
    expect(problems).toContainEqual(
      expect.objectContaining({ position: 7, nature: 'seal-mismatch' }),
    );
    // An erasure this device did not seal does not account for the missing content.
    expect(problems).toContainEqual(
      expect.objectContaining({ position: 2, nature: 'redacted-without-erasure' }),
    );
  });

  it('the newest records cut off are caught by this device’s checkpoint', async () => {
    const entries = await readEntries(dir);
    await writeEntries(dir, entries.slice(0, 4));
    const problems = (await Ledger.open(dir, TEST_LEDGER)).verification().problems;
    expect(problems).toEqual([
      expect.objectContaining({
        nature: 'tail-missing',
        position: 5,
        entries: { first: 5, last: 6 },
      }),
    ]);
  });

  it('cutting the newest records and deleting the checkpoint is caught, and a kept checkpoint says what is gone', async () => {
    const entries = await readEntries(dir);
    await writeEntries(dir, entries.slice(0, 4));
    await rm(checkpointPath(dir));
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    expect(ledger.verification().problems).toEqual([
      expect.objectContaining({ nature: 'checkpoint-missing', position: 0 }),
    ]);
    expect(ledger.checkAgainst(kept, 'A kept certificate')).toEqual([
      expect.objectContaining({ nature: 'tail-missing', entries: { first: 5, last: 6 } }),
    ]);
  });

  it('a checkpoint the forger writes themselves is not taken for this device’s own', async () => {
    const entries = await readEntries(dir);
    await writeEntries(dir, entries.slice(0, 4));
    const file = JSON.parse(await readFile(checkpointPath(dir), 'utf8')) as Record<string, unknown>;
    const head = entries[3]!;
    await writeFile(
      checkpointPath(dir),
      JSON.stringify({ ...file, entries: 4, headHash: head.hash, bytes: 0 }),
    );
    await expectFound('checkpoint-invalid');
  });

  it('rolling back both files to an older copy escapes this device, but not a checkpoint kept elsewhere', async () => {
    await copyFile(ledgerPath(dir), `${ledgerPath(dir)}.old`);
    await copyFile(checkpointPath(dir), `${checkpointPath(dir)}.old`);
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    await ledger.appendCompletion(sampleRecord());
    const later = ledger.checkpoint();
    await copyFile(`${ledgerPath(dir)}.old`, ledgerPath(dir));
    await copyFile(`${checkpointPath(dir)}.old`, checkpointPath(dir));
    const rolledBack = await Ledger.open(dir, TEST_LEDGER);
    expect(rolledBack.verification().ok).toBe(true); // documented in SECURITY.md
    expect(rolledBack.checkAgainst(later, 'A kept backup')).toEqual([
      expect.objectContaining({ nature: 'tail-missing', entries: { first: 7, last: 7 } }),
    ]);
  });
});
