import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ledger } from '../../electron/services/ledger/ledger';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';
import { TEST_LEDGER } from '../support/test-device-key';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await withTempDir()));
afterEach(() => cleanup());

const fileText = () => readFile(join(dir, 'ledger.jsonl'), 'utf8');

describe('erasing a person’s records from the ledger', () => {
  it('removes the personal data from the file while the chain still verifies', async () => {
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    const keep = sampleRecord({
      learner: { fullName: 'Ağrı Işık', role: 'staff', identifier: 'S-1' },
    });
    const erase = sampleRecord({
      learner: {
        fullName: 'Seán Ó Briain',
        role: 'trustee',
        identifier: 'sean.obriain@example.org',
      },
    });
    await ledger.appendCompletion(keep);
    await ledger.appendCompletion(erase);
    const headersBefore = ledger.entries().map(({ body: _body, ...header }) => header);

    const entry = await ledger.eraseRecords([erase.recordId], 'subject-request');

    const text = await fileText();
    expect(text).not.toContain('Seán Ó Briain');
    expect(text).not.toContain('sean.obriain@example.org');
    expect(text).not.toContain(erase.certificateCode);
    expect(text).toContain('Ağrı Işık');
    expect(entry.kind).toBe('erasure');
    expect(entry.body).toMatchObject({
      erasedRecordIds: [erase.recordId],
      reason: 'subject-request',
    });

    const reopened = await Ledger.open(dir, TEST_LEDGER);
    expect(reopened.verification()).toEqual({ ok: true, problems: [] });
    expect(reopened.liveRecords()).toEqual([keep]);
    expect(reopened.findByRecordId(erase.recordId)?.record).toBeNull();
    const headersAfter = reopened
      .entries()
      .slice(0, 2)
      .map(({ body: _body, ...header }) => header);
    expect(headersAfter).toEqual(headersBefore);
    expect((await readdir(dir)).sort()).toEqual(['ledger-checkpoint.json', 'ledger.jsonl']);
  });

  it('keeps appending after an erasure with the chain intact', async () => {
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    const first = sampleRecord();
    await ledger.appendCompletion(first);
    await ledger.eraseRecords([first.recordId], 'retention');
    const later = sampleRecord();
    await ledger.appendCompletion(later);
    const reopened = await Ledger.open(dir, TEST_LEDGER);
    expect(reopened.verification().ok).toBe(true);
    expect(reopened.entries().map((e) => e.kind)).toEqual(['completion', 'erasure', 'completion']);
    expect(reopened.liveRecords()).toEqual([later]);
  });

  it('refuses to erase an unknown or already erased record and leaves the file as it was', async () => {
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    const record = sampleRecord();
    await ledger.appendCompletion(record);
    const before = await fileText();
    await expect(
      ledger.eraseRecords(['7b0f6f2e-3f0a-4a55-9a2a-0d2f4a6e1c11'], 'subject-request'),
    ).rejects.toMatchObject({ code: 'LEDGER_UNKNOWN_RECORD' });
    await expect(ledger.eraseRecords([], 'subject-request')).rejects.toMatchObject({
      code: 'LEDGER_NOTHING_TO_ERASE',
    });
    expect(await fileText()).toBe(before);
    await ledger.eraseRecords([record.recordId], 'subject-request');
    await expect(ledger.eraseRecords([record.recordId], 'retention')).rejects.toMatchObject({
      code: 'LEDGER_ALREADY_ERASED',
    });
  });

  it('keeps a cut-off entry byte for byte as evidence when erasing other records', async () => {
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    const record = sampleRecord();
    await ledger.appendCompletion(record);
    await ledger.appendCompletion(sampleRecord());
    const torn = (await fileText()).slice(0, -25);
    await writeFile(join(dir, 'ledger.jsonl'), torn);
    const damaged = await Ledger.open(dir, TEST_LEDGER);
    await damaged.eraseRecords([record.recordId], 'subject-request');
    const text = await fileText();
    const tornLine = torn.split('\n')[1]!;
    expect(text.split('\n')[1]).toBe(tornLine);
    // The checkpoint knew entry 2: its loss stays reported, now as damage in the middle.
    const reopened = await Ledger.open(dir, TEST_LEDGER);
    expect(reopened.verification().problems).toEqual([
      expect.objectContaining({ position: 2, nature: 'unparseable' }),
      expect.objectContaining({ position: 3, nature: 'rewritten' }),
    ]);
  });

  it('drops an interrupted write at the end when erasing, since it was never saved', async () => {
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    const record = sampleRecord();
    await ledger.appendCompletion(record);
    const whole = await fileText();
    await writeFile(join(dir, 'ledger.jsonl'), `${whole}{"seq":2,"kind":"compl`);
    const torn = await Ledger.open(dir, TEST_LEDGER);
    await torn.eraseRecords([record.recordId], 'subject-request');
    expect((await fileText()).split('\n')).toHaveLength(3);
    expect((await Ledger.open(dir, TEST_LEDGER)).verification()).toEqual({
      ok: true,
      problems: [],
    });
  });
});
