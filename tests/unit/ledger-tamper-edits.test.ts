import { randomInt } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { Ledger } from '../../electron/services/ledger/ledger';
import { TEST_LEDGER } from '../support/test-device-key';
import { checkpointPath, ledgerPath } from './fixtures/ledger-forger';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
let original: Buffer;

beforeAll(async () => {
  ({ dir, cleanup } = await withTempDir());
  const ledger = await Ledger.open(dir, TEST_LEDGER);
  for (let n = 0; n < 8; n += 1) await ledger.appendCompletion(sampleRecord());
  await ledger.eraseRecords([ledger.liveRecords()[3]!.recordId], 'subject-request');
  original = await readFile(ledgerPath(dir));
});
afterAll(() => cleanup());

async function problemsWith(bytes: Buffer) {
  await writeFile(ledgerPath(dir), bytes);
  return (await Ledger.open(dir, TEST_LEDGER)).verification().problems;
}

/** The file without its last `count` lines, cut exactly at a line end. */
function withoutLastLines(count: number): Buffer {
  let end = original.length - 1;
  for (let n = 0; n < count; n += 1) end = original.lastIndexOf(0x0a, end - 1);
  return original.subarray(0, end + 1);
}

describe('deleting or editing the ledger by hand is always caught, given a checkpoint', () => {
  it('the untouched ledger verifies', async () => {
    expect(await problemsWith(original)).toEqual([]);
  });

  it.each([1, 5])('deleting the last %i line(s) is reported as entries missing', async (count) => {
    const problems = await problemsWith(withoutLastLines(count));
    expect(problems).toContainEqual(
      expect.objectContaining({ nature: 'tail-missing', entries: { first: 10 - count, last: 9 } }),
    );
  });

  it('300 random single-byte edits of the ledger are each reported', async () => {
    const missed: string[] = [];
    for (let trial = 0; trial < 300; trial += 1) {
      const edited = Buffer.from(original);
      const at = randomInt(edited.length);
      const was = edited[at]!;
      edited[at] = (was + randomInt(1, 256)) % 256;
      if ((await problemsWith(edited)).length === 0)
        missed.push(`byte ${at}: ${was}→${edited[at]}`);
    }
    expect(missed).toEqual([]);
  });

  it('single-byte edits of the checkpoint file are each reported', async () => {
    await writeFile(ledgerPath(dir), original);
    const checkpoint = await readFile(checkpointPath(dir));
    const missed: number[] = [];
    for (let trial = 0; trial < 50; trial += 1) {
      const edited = Buffer.from(checkpoint);
      const at = randomInt(edited.length - 1); // the final newline is not part of the JSON
      edited[at] = (edited[at]! + randomInt(1, 256)) % 256;
      await writeFile(checkpointPath(dir), edited);
      const { problems } = (await Ledger.open(dir, TEST_LEDGER)).verification();
      if (problems.length === 0) missed.push(at);
    }
    await writeFile(checkpointPath(dir), checkpoint);
    expect(missed).toEqual([]);
  });
});
