import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ledger } from '../../electron/services/ledger/ledger';
import { GENESIS_HASH } from '../../electron/services/ledger/ledger-entry';
import { DomainError } from '../../electron/services/errors';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';
import { TEST_LEDGER } from '../support/test-device-key';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await withTempDir()));
afterEach(() => cleanup());

const ledgerFile = () => join(dir, 'ledger.jsonl');
const readLines = async () => (await readFile(ledgerFile(), 'utf8')).split('\n');
const writeLines = (lines: string[]) => writeFile(ledgerFile(), lines.join('\n'));

async function ledgerWith(count: number) {
  const ledger = await Ledger.open(dir, TEST_LEDGER);
  const records = Array.from({ length: count }, () => sampleRecord());
  for (const record of records) await ledger.appendCompletion(record);
  return { ledger, records };
}

describe('completion ledger chain', () => {
  it('reads back every completion recorded, in order, after re-opening', async () => {
    const { records } = await ledgerWith(3);
    const reopened = await Ledger.open(dir, TEST_LEDGER);
    expect(reopened.verification()).toEqual({ ok: true, problems: [] });
    expect(reopened.liveRecords()).toEqual(records);
    const entries = reopened.entries();
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(entries[0]?.prevHash).toBe(GENESIS_HASH);
    expect(entries[1]?.prevHash).toBe(entries[0]?.hash);
    expect(reopened.findByCertificateCode(records[1]!.certificateCode)?.record).toEqual(records[1]);
  });

  it('starts an empty ledger when the data folder has none yet', async () => {
    const ledger = await Ledger.open(join(dir, 'new-folder'), TEST_LEDGER);
    expect(ledger.entries()).toEqual([]);
    expect(ledger.verification().ok).toBe(true);
  });

  it('writes concurrent completions one after another so the chain stays linked', async () => {
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    await Promise.all(Array.from({ length: 10 }, () => ledger.appendCompletion(sampleRecord())));
    const reopened = await Ledger.open(dir, TEST_LEDGER);
    expect(reopened.verification().ok).toBe(true);
    expect(reopened.entries()).toHaveLength(10);
  });

  it('rejects an invalid record or a repeated record id with a typed error and writes nothing', async () => {
    const { ledger, records } = await ledgerWith(1);
    const before = await readFile(ledgerFile(), 'utf8');
    const bad = { ...sampleRecord(), overallPercent: 140 };
    await expect(ledger.appendCompletion(bad)).rejects.toMatchObject({
      code: 'LEDGER_INVALID_RECORD',
      details: { field: 'overallPercent' },
    });
    await expect(ledger.appendCompletion(records[0]!)).rejects.toBeInstanceOf(DomainError);
    expect(await readFile(ledgerFile(), 'utf8')).toBe(before);
  });

  it('reports one edited byte in an entry at its line, and keeps the other entries readable', async () => {
    await ledgerWith(4);
    const lines = await readLines();
    lines[2] = lines[2]!.replace('Riverside', 'Rivers1de');
    await writeLines(lines);
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    expect(ledger.verification().problems).toEqual([
      expect.objectContaining({ position: 3, nature: 'edited' }),
    ]);
    expect(ledger.liveRecords()).toHaveLength(3);
    expect(await readFile(ledgerFile(), 'utf8')).toBe(lines.join('\n'));
  });

  it('reports an edited header even when the edited entry’s hash was recomputed to hide it', async () => {
    await ledgerWith(3);
    const lines = await readLines();
    const entry = JSON.parse(lines[1]!);
    entry.hash = 'f'.repeat(64);
    lines[1] = JSON.stringify(entry);
    await writeLines(lines);
    const problems = (await Ledger.open(dir, TEST_LEDGER)).verification().problems;
    expect(problems).toContainEqual(expect.objectContaining({ position: 2, nature: 'edited' }));
    expect(problems).toContainEqual(
      expect.objectContaining({ position: 3, nature: 'broken-link' }),
    );
  });

  it('reports two swapped lines as reordered at both positions', async () => {
    await ledgerWith(5);
    const lines = await readLines();
    [lines[2], lines[3]] = [lines[3]!, lines[2]!];
    await writeLines(lines);
    const problems = (await Ledger.open(dir, TEST_LEDGER)).verification().problems;
    expect(problems.map((p) => [p.position, p.nature])).toEqual([
      [3, 'reordered'],
      [4, 'reordered'],
    ]);
  });

  it('reports a deleted entry as a broken link where the chain resumes', async () => {
    await ledgerWith(4);
    const lines = await readLines();
    lines.splice(1, 1);
    await writeLines(lines);
    const problems = (await Ledger.open(dir, TEST_LEDGER)).verification().problems;
    expect(problems).toEqual([expect.objectContaining({ position: 2, nature: 'broken-link' })]);
  });

  it('reports a damaged middle entry that no longer parses as unparseable, with the entry it lost', async () => {
    await ledgerWith(3);
    const lines = await readLines();
    lines[1] = lines[1]!.slice(0, 40);
    await writeLines(lines);
    const problems = (await Ledger.open(dir, TEST_LEDGER)).verification().problems;
    expect(problems).toContainEqual(
      expect.objectContaining({
        position: 2,
        nature: 'unparseable',
        entries: { first: 2, last: 2 },
      }),
    );
  });

  it('reports a junk line slipped between two entries as damage even though no entry is missing', async () => {
    await ledgerWith(3);
    const lines = await readLines();
    lines.splice(1, 0, 'not an entry');
    await writeLines(lines);
    const problems = (await Ledger.open(dir, TEST_LEDGER)).verification().problems;
    expect(problems).toEqual([
      expect.objectContaining({ position: 2, nature: 'unparseable', entries: null }),
    ]);
  });

  it('reports an interrupted write at the end as truncated, changes nothing on open, and drops it on the next append', async () => {
    const { records } = await ledgerWith(3);
    const full = await readFile(ledgerFile(), 'utf8');
    const torn = `${full}{"seq":4,"kind":"completion","recordId":"`;
    await writeFile(ledgerFile(), torn);
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    expect(ledger.verification().problems).toEqual([
      expect.objectContaining({ position: 4, nature: 'truncated', entries: null }),
    ]);
    expect(await readFile(ledgerFile(), 'utf8')).toBe(torn);
    expect(ledger.liveRecords()).toEqual(records);

    const late = sampleRecord();
    await ledger.appendCompletion(late);
    expect(ledger.verification()).toEqual({ ok: true, problems: [] });
    const reopened = await Ledger.open(dir, TEST_LEDGER);
    expect(reopened.verification()).toEqual({ ok: true, problems: [] });
    expect(reopened.liveRecords()).toEqual([...records, late]);
    expect((await readFile(ledgerFile(), 'utf8')).startsWith(full)).toBe(true);
  });

  it('reports a saved last entry cut mid-line as entries missing, not as a harmless interrupted write', async () => {
    await ledgerWith(3);
    const full = await readFile(ledgerFile(), 'utf8');
    await writeFile(ledgerFile(), full.slice(0, full.length - 30));
    const problems = (await Ledger.open(dir, TEST_LEDGER)).verification().problems;
    expect(problems).toEqual([
      expect.objectContaining({ position: 3, nature: 'truncated' }),
      expect.objectContaining({
        position: 4,
        nature: 'tail-missing',
        entries: { first: 3, last: 3 },
      }),
    ]);
  });

  it('reports a damaged last line that still ends in a newline as damage, not as an interrupted write', async () => {
    await ledgerWith(3);
    const lines = await readLines();
    lines[2] = lines[2]!.slice(0, 50);
    await writeLines(lines);
    const problems = (await Ledger.open(dir, TEST_LEDGER)).verification().problems;
    expect(problems.map((p) => p.nature)).toEqual(['unparseable', 'tail-missing']);
    expect(problems[0]).toMatchObject({ position: 3 });
    expect(problems[1]).toMatchObject({ entries: { first: 3, last: 3 } });
  });

  it('keeps a complete last entry that only lost its newline, and heals it on the next append', async () => {
    const { records } = await ledgerWith(2);
    const full = await readFile(ledgerFile(), 'utf8');
    await writeFile(ledgerFile(), full.slice(0, -1));
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    expect(ledger.verification().problems).toEqual([
      expect.objectContaining({ position: 2, nature: 'truncated' }),
    ]);
    expect(ledger.liveRecords()).toEqual(records);
    await ledger.appendCompletion(sampleRecord());
    expect(ledger.verification().ok).toBe(true);
    expect((await Ledger.open(dir, TEST_LEDGER)).verification().ok).toBe(true);
  });

  it('continues a damaged chain from the last sound entry and keeps reporting the damage', async () => {
    await ledgerWith(3);
    const lines = await readLines();
    lines[1] = lines[1]!.replace('Riverside', 'Rivers1de');
    await writeLines(lines);
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    const added = await ledger.appendCompletion(sampleRecord());
    expect(added.seq).toBe(4);
    expect(added.prevHash).toBe(ledger.entries()[2]?.hash);
    const reopened = await Ledger.open(dir, TEST_LEDGER);
    expect(reopened.verification().problems).toEqual([
      expect.objectContaining({ position: 2, nature: 'edited' }),
    ]);
    expect(reopened.verification()).toEqual(ledger.verification());
  });

  it('reports a record whose content was blanked without an erasure entry', async () => {
    await ledgerWith(2);
    const lines = await readLines();
    lines[0] = JSON.stringify({ ...JSON.parse(lines[0]!), body: null });
    await writeLines(lines);
    const problems = (await Ledger.open(dir, TEST_LEDGER)).verification().problems;
    expect(problems).toEqual([
      expect.objectContaining({ position: 1, nature: 'redacted-without-erasure' }),
    ]);
  });
});
