import { appendFile, readFile, writeFile } from 'node:fs/promises';
import {
  canonicalJson,
  MAX_CANONICAL_DEPTH,
  TooDeepError,
} from '../../electron/services/ledger/canonical-json';
import { Ledger } from '../../electron/services/ledger/ledger';
import { TEST_LEDGER } from '../support/test-device-key';
import { ledgerPath, readEntries } from './fixtures/ledger-forger';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await withTempDir()));
afterEach(() => cleanup());

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('one crafted line cannot take the ledger down', () => {
  it('canonical JSON refuses input nested deeper than anything the app writes', () => {
    expect(() => canonicalJson(JSON.parse(nested(MAX_CANONICAL_DEPTH)))).not.toThrow();
    expect(() => canonicalJson(JSON.parse(nested(100_000)))).toThrow(TooDeepError);
  });

  it('an entry whose content hides a 100,000-deep array opens as a damaged line, and the app carries on', async () => {
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    const [first, second] = [sampleRecord(), sampleRecord()];
    await ledger.appendCompletion(first);
    await ledger.appendCompletion(second);
    const text = await readFile(ledgerPath(dir), 'utf8');
    const lines = text.split('\n');
    // The schema drops unknown keys, so only hashing the raw content would meet the nesting.
    lines[1] = lines[1]!.replace(
      '"organisationName":',
      `"x":${nested(100_000)},"organisationName":`,
    );
    await writeFile(ledgerPath(dir), lines.join('\n'));

    const reopened = await Ledger.open(dir, TEST_LEDGER);
    expect(reopened.verification().problems).toEqual([
      expect.objectContaining({ position: 2, nature: 'edited' }),
    ]);
    expect(reopened.liveRecords()).toEqual([first]);
    await reopened.appendCompletion(sampleRecord());
    expect(reopened.liveRecords()).toHaveLength(2);
  });

  it('a line that is deep JSON with no entry in it is reported as unreadable', async () => {
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    await ledger.appendCompletion(sampleRecord());
    await appendFile(ledgerPath(dir), `${nested(1_000_000)}\n`);
    const problems = (await Ledger.open(dir, TEST_LEDGER)).verification().problems;
    expect(problems.map((p) => [p.position, p.nature])).toEqual([[2, 'unparseable']]);
  });

  it('400,000 junk lines are each reported, without overflowing anything', async () => {
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    await ledger.appendCompletion(sampleRecord());
    await appendFile(ledgerPath(dir), 'junk\n'.repeat(400_000));
    const reopened = await Ledger.open(dir, TEST_LEDGER);
    const { problems } = reopened.verification();
    expect(problems).toHaveLength(400_000);
    expect(problems.every((p) => p.nature === 'unparseable')).toBe(true);
    expect(reopened.liveRecords()).toHaveLength(1);
  });

  it('many erasures over many records verify in one pass and stay sound', async () => {
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    const records = Array.from({ length: 400 }, () => sampleRecord());
    await ledger.appendCompletions(records);
    for (let n = 0; n < 40; n += 1) {
      await ledger.eraseRecords(
        records.slice(n * 5, n * 5 + 5).map((r) => r.recordId),
        'retention',
      );
    }
    const reopened = await Ledger.open(dir, TEST_LEDGER);
    expect(reopened.verification()).toEqual({ ok: true, problems: [] });
    expect(reopened.liveRecords()).toHaveLength(200);
    expect((await readEntries(dir)).filter((e) => e.body === null)).toHaveLength(200);
  });
});
