import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../electron/services/errors';
import {
  isFormulaLike,
  neutraliseCell,
  wasNeutralised,
} from '../../electron/services/exports/csv-cells';
import { writeCsv } from '../../electron/services/exports/csv-export';
import {
  revisionsFrom,
  agreementVersionDigest,
} from '../../electron/services/policy/agreement-versions';
import type { AcceptanceRecord } from '../../common/records/acceptance-record';

const HOSTILE = [
  '=HYPERLINK("http://x","y")',
  '+cmd',
  '-1+1',
  '@SUM(A1)',
  '\tTabbed',
  '\rCarriage',
  '\nNewline first',
  'Say "hello", friend',
  'Line one\nLine two\r\nLine three',
  '\u202Eexe.pdf',
  'Siân 🦊 Llŵyd 👩🏽‍💻',
  '  padded  ',
  "O'Brien",
  "'=1+1",
];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'csv-export-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function record(fullName: string, overrides: Partial<AcceptanceRecord> = {}): AcceptanceRecord {
  return {
    recordId: randomUUID(),
    learner: { fullName, role: 'volunteer', identifier: `${fullName}@example.org` },
    recordType: 'refresher',
    aupVersion: '2026.1',
    aupTextSha256: 'a'.repeat(64),
    aupClauseRevisions: { 'no-personal-contact': 2, 'use-work-email': 1 },
    locale: 'cy',
    moduleScores: [
      { moduleId: 'accounts-and-contact', percent: 80, attempts: 2 },
      { moduleId: 'why-esafety-matters', percent: 100, attempts: 1 },
    ],
    overallPercent: 90,
    startedAt: '2026-11-22T09:00:00.000Z',
    completedAt: '2026-11-22T09:40:00.000Z',
    signedAt: '2026-11-22T09:41:00.000Z',
    deviceId: 'device-1',
    signatureMethod: 'drawn',
    signatureSha256: 'b'.repeat(64),
    certificateCode: 'ABCD-EFGH-JKLM-NPQR',
    expiresOn: '2027-11-22',
    organisationName: '=Org "Name", Ltd',
    ...overrides,
  };
}

/** What a spreadsheet user would type back: the cell minus the neutralising quote. */
const original = (cell: string) => (wasNeutralised(cell) ? cell.slice(1) : cell);

/** Rebuilds records from the parsed file, the inverse of the documented column encoding. */
function recordsFrom(rows: string[][]): AcceptanceRecord[] {
  const [header = [], ...data] = rows;
  return data.map((row) => {
    const get = (key: string) => original(row[header.indexOf(key)] ?? '');
    const ids = (kind: string) =>
      header.filter((h) => h.startsWith(`${kind}:`)).map((h) => h.slice(kind.length + 1));
    return {
      recordId: get('recordId'),
      learner: {
        fullName: get('learner.fullName'),
        role: get('learner.role'),
        identifier: get('learner.identifier'),
      },
      recordType: get('recordType'),
      aupVersion: get('aupVersion'),
      aupTextSha256: get('aupTextSha256'),
      aupClauseRevisions: Object.fromEntries(
        ids('clause')
          .filter((id) => get(`clause:${id}`) !== '')
          .map((id) => [id, Number(get(`clause:${id}`))]),
      ),
      locale: get('locale'),
      moduleScores: ids('score')
        .filter((id) => get(`score:${id}`) !== '')
        .map((id) => ({
          moduleId: id,
          percent: Number(get(`score:${id}`)),
          attempts: Number(get(`attempts:${id}`)),
        })),
      overallPercent: Number(get('overallPercent')),
      startedAt: get('startedAt'),
      completedAt: get('completedAt'),
      signedAt: get('signedAt'),
      deviceId: get('deviceId'),
      signatureMethod: get('signatureMethod'),
      signatureSha256: get('signatureSha256'),
      certificateCode: get('certificateCode'),
      expiresOn: get('expiresOn'),
      organisationName: get('organisationName'),
    } as AcceptanceRecord;
  });
}

async function exportAndParse(records: AcceptanceRecord[], labels?: Record<string, string>) {
  const path = join(dir, 'records.csv');
  await writeCsv(records, path, { labels });
  const bytes = await readFile(path);
  const text = bytes.toString('utf8');
  const parsed = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { bytes, text, rows: parsed.data };
}

describe('exporting completions to CSV', () => {
  it('reads back every field of every record, including modules only some people took', async () => {
    const records = [
      record('Ann'),
      record('Bryn', {
        moduleScores: [{ moduleId: 'gaming', percent: 50, attempts: 3 }],
        aupClauseRevisions: { 'use-work-email': 3 },
        signatureMethod: 'typed',
        locale: 'en-GB',
      }),
    ];
    const { rows } = await exportAndParse(records);
    expect(rows).toHaveLength(3);
    expect(recordsFrom(rows)).toEqual(records);
    expect(rows[0]).toContain('score:gaming');
    expect(rows[0]).toContain('attempts:accounts-and-contact');
  });

  it('gives a record the clause revisions of the version it names, kept apart from it', async () => {
    const version = { aupVersion: '2026.2', clauseRevisions: { 'use-work-email': 4 } };
    const kept = agreementVersionDigest(version);
    const records = [
      record('Ann', { aupClauseRevisions: undefined, aupVersionSha256: kept }),
      // Its version is not kept on this device: no revisions to show, rather than wrong ones.
      record('Bryn', { aupClauseRevisions: undefined, aupVersionSha256: 'c'.repeat(64) }),
      record('Carys'),
    ];
    const path = join(dir, 'records.csv');
    await writeCsv(records, path, { revisionsOf: revisionsFrom(new Map([[kept, version]])) });
    const text = (await readFile(path, 'utf8')).slice(1);
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(
      rows.data.map((row) => [
        row['aupVersionSha256'],
        row['clause:use-work-email'],
        row['clause:no-personal-contact'],
      ]),
    ).toEqual([
      [kept, '4', ''],
      ['c'.repeat(64), '', ''],
      ['', '1', '2'],
    ]);
  });

  it('shows a re-signed agreement as its own kind, with no score rather than 0', async () => {
    const { rows } = await exportAndParse([
      record('Ann'),
      record('Ann', { recordType: 'resign', moduleScores: [], overallPercent: 0 }),
    ]);
    const header = rows[0]!;
    const column = (name: string) => header.indexOf(name);
    expect(rows.slice(1).map((row) => row[column('recordType')])).toEqual(['refresher', 'resign']);
    expect(rows[2]![column('overallPercent')]).toBe('');
    expect(rows[1]![column('overallPercent')]).not.toBe('');
  });

  it('writes hostile names inert, marked with a quote, and otherwise intact', async () => {
    const records = HOSTILE.map((name) => record(name));
    const { rows, text } = await exportAndParse(records);
    const nameColumn = rows[0]?.indexOf('learner.fullName') ?? -1;
    HOSTILE.forEach((name, i) => {
      const cell = rows[i + 1]?.[nameColumn];
      expect(cell).toBe(neutraliseCell(name));
    });
    for (const row of rows.slice(1)) {
      for (const cell of row) expect(isFormulaLike(cell)).toBe(false);
    }
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(text).toContain(`"'+cmd"`);
    expect(recordsFrom(rows)).toEqual(records);
  });

  it('starts with a UTF-8 byte-order mark and ends every line with CRLF', async () => {
    const { bytes, text } = await exportAndParse([record('Ann'), record('Line one\nLine two')]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.endsWith('\r\n')).toBe(true);
    const outsideQuotes = text.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes.split('\r\n')).toHaveLength(4); // header, two rows, final empty
    expect(/[^\r]\n|\r[^\n]/.test(outsideQuotes)).toBe(false);
  });

  it('uses translated column headers and still neutralises them', async () => {
    const labels = {
      'learner.fullName': 'Enw llawn',
      score: 'Sgôr',
      'attempts:gaming': '=Ymdrechion gemau',
    };
    const records = [
      record('Ann', { moduleScores: [{ moduleId: 'gaming', percent: 1, attempts: 1 }] }),
    ];
    const { rows } = await exportAndParse(records, labels);
    expect(rows[0]).toContain('Enw llawn');
    expect(rows[0]).toContain('Sgôr:gaming');
    expect(rows[0]).toContain("'=Ymdrechion gemau");
    expect(rows[0]).toContain('recordId');
  });

  it('writes just the header when there is nothing to export', async () => {
    const { rows } = await exportAndParse([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('certificateCode');
  });

  it('refuses a record with the same module twice rather than dropping a score', async () => {
    const path = join(dir, 'records.csv');
    const twice = { moduleId: 'gaming', percent: 1, attempts: 1 };
    const bad = record('Ann', { moduleScores: [twice, { ...twice, percent: 2 }] });
    const error = await writeCsv([bad], path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('export-duplicate-module');
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('large exports', () => {
  const many = Array.from({ length: 2500 }, (_, i) => record(`Learner ${String(i)}`));

  it('reports progress chunk by chunk', async () => {
    const seen: number[] = [];
    await writeCsv(many, join(dir, 'big.csv'), {
      onProgress: ({ rowsWritten, totalRows }) => {
        expect(totalRows).toBe(2500);
        seen.push(rowsWritten);
      },
    });
    expect(seen).toEqual([1000, 2000, 2500]);
    const text = await readFile(join(dir, 'big.csv'), 'utf8');
    expect(Papa.parse(text.slice(1), { skipEmptyLines: true }).data).toHaveLength(2501);
  });

  it('leaves no file behind, and an earlier export untouched, when cancelled part-way', async () => {
    const path = join(dir, 'big.csv');
    await writeFile(path, 'an earlier export');
    const controller = new AbortController();
    const error = await writeCsv(many, path, {
      signal: controller.signal,
      onProgress: () => {
        controller.abort();
      },
    }).catch((e: unknown) => e);
    expect((error as DomainError).code).toBe('export-cancelled');
    expect(await readdir(dir)).toEqual(['big.csv']);
    expect(await readFile(path, 'utf8')).toBe('an earlier export');
  });

  it('writes nothing when cancelled before it starts', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await writeCsv(many, join(dir, 'big.csv'), { signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    expect((error as DomainError).code).toBe('export-cancelled');
    expect(await readdir(dir)).toEqual([]);
  });

  it('gives a clear error when the folder cannot be written', async () => {
    const error = await writeCsv(many, join(dir, 'missing', 'big.csv')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'export-write-failed', details: { reason: 'ENOENT' } });
  });
});
