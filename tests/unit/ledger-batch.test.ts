import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Ledger } from '../../electron/services/ledger/ledger';
import { sampleRecord } from './fixtures/sample-record';
import { TEST_LEDGER } from '../support/test-device-key';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'esafety-ledger-batch-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('appending many records at once (a restore)', () => {
  it('chains every record after the existing ones, and the file verifies on reopening', async () => {
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    await ledger.appendCompletion(sampleRecord());
    const batch = [sampleRecord(), sampleRecord(), sampleRecord()];
    const entries = await ledger.appendCompletions(batch);
    expect(entries.map((entry) => entry.seq)).toEqual([2, 3, 4]);
    const reopened = await Ledger.open(dir, TEST_LEDGER);
    expect(reopened.verification()).toEqual({ ok: true, problems: [] });
    expect(reopened.liveRecords().slice(1)).toEqual(batch);
  });

  it('a batch holding a record already in the ledger writes nothing at all', async () => {
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    const existing = sampleRecord();
    await ledger.appendCompletion(existing);
    const before = await readFile(path.join(dir, 'ledger.jsonl'), 'utf8');
    await expect(ledger.appendCompletions([sampleRecord(), existing])).rejects.toMatchObject({
      code: 'LEDGER_DUPLICATE_RECORD',
    });
    expect(await readFile(path.join(dir, 'ledger.jsonl'), 'utf8')).toBe(before);
  });

  it('two records of the same batch sharing a certificate code are refused', async () => {
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    const first = sampleRecord();
    await expect(
      ledger.appendCompletions([first, sampleRecord({ certificateCode: first.certificateCode })]),
    ).rejects.toMatchObject({ code: 'LEDGER_DUPLICATE_CODE' });
    expect(ledger.liveRecords()).toEqual([]);
  });

  it('records are found by id and by code after a batch, and erased ones no longer by code', async () => {
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    const [a, b] = [sampleRecord(), sampleRecord()];
    await ledger.appendCompletions([a, b]);
    expect(ledger.findByCertificateCode(b.certificateCode)?.record).toEqual(b);
    await ledger.eraseRecords([b.recordId], 'subject-request');
    expect(ledger.findByCertificateCode(b.certificateCode)).toBeUndefined();
    expect(ledger.findByRecordId(b.recordId)?.record).toBeNull();
    expect(ledger.findByRecordId(a.recordId)?.record).toEqual(a);
  });
});
