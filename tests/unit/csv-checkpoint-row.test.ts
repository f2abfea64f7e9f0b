import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeCsv } from '../../electron/services/exports/csv-export';
import {
  CHECKPOINT_ROW_MARKER,
  readCheckpointRow,
} from '../../electron/services/exports/csv-checkpoint-row';
import { isFormulaLike } from '../../electron/services/exports/csv-cells';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

let temp: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => (temp = await withTempDir()));
afterEach(() => temp.cleanup());

const checkpoint = { entries: 42, headHash: 'c'.repeat(64) };

describe('the ledger checkpoint in a CSV export', () => {
  it('is one closing row as wide as the header, so papaparse reads every row cleanly', async () => {
    const path = join(temp.dir, 'records.csv');
    await writeCsv([sampleRecord(), sampleRecord()], path, { checkpoint });
    const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(3);
    expect(parsed.data[2]?.recordId).toBe(CHECKPOINT_ROW_MARKER);

    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(readCheckpointRow(rows)).toEqual(checkpoint);
    expect(rows.at(-1)?.length).toBe(rows[0]?.length);
    expect(rows.at(-1)?.some((cell) => isFormulaLike(cell))).toBe(false);
  });

  it('is absent when no checkpoint is given, and then nothing is read as one', async () => {
    const path = join(temp.dir, 'records.csv');
    await writeCsv([sampleRecord()], path);
    const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
    expect(readCheckpointRow(Papa.parse<string[]>(text, { skipEmptyLines: true }).data)).toBeNull();
  });
});
