import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeCertificateFolder } from '../../electron/services/certificates/certificate-folder';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await withTempDir()));
afterEach(() => cleanup());

const fakePdf = (text: string) => async () => ({
  pdf: new TextEncoder().encode(text),
  missingCharacters: [],
});

describe('writing a folder of certificates', () => {
  it('two certificates that would share a file name, written together, both keep their own file', async () => {
    const record = sampleRecord();
    const twin = { ...record };
    let n = 0;
    const result = await writeCertificateFolder([record, twin], dir, () => fakePdf(`pdf ${++n}`)());
    expect(result.written).toBe(2);
    const names = (await readdir(dir)).sort();
    expect(names).toHaveLength(2);
    expect(names.filter((name) => name.endsWith('-2.pdf'))).toHaveLength(1);
    const texts = await Promise.all(names.map((name) => readFile(join(dir, name), 'utf8')));
    expect(texts.sort()).toEqual(['pdf 1', 'pdf 2']);
  });

  it('a folder that cannot be written fails the export with the disk’s error', async () => {
    await expect(
      writeCertificateFolder([sampleRecord()], join(dir, 'missing'), fakePdf('x')),
    ).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
