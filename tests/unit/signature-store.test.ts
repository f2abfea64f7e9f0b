import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { SignatureStore } from '../../electron/services/signatures/signature-store';
import { withTempDir } from './fixtures/temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await withTempDir()));
afterEach(() => cleanup());

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const pngDataUrl = (png: Uint8Array) =>
  `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
const realPng = () => QRCode.toBuffer('a drawn signature stand-in', { type: 'png' });

describe('signature store', () => {
  it('saves a drawn signature as a PNG named by its hash and reads it back', async () => {
    const png = await realPng();
    const store = new SignatureStore(dir);
    const hash = await store.saveDrawn(pngDataUrl(png));
    expect(hash).toBe(sha256(png));
    expect(await readFile(join(dir, 'signatures', `${hash}.png`))).toEqual(png);
    const back = await store.read(hash);
    expect(back.method).toBe('drawn');
    expect(back.method === 'drawn' && Buffer.from(back.png).equals(png)).toBe(true);
  });

  it('saves a typed signature as text, trimmed, and reads it back', async () => {
    const store = new SignatureStore(dir);
    const hash = await store.saveTyped('  Siân Llŵyd-Łukasz ');
    expect(hash).toBe(sha256('Siân Llŵyd-Łukasz'));
    expect(await store.read(hash)).toEqual({
      method: 'typed',
      sha256: hash,
      text: 'Siân Llŵyd-Łukasz',
    });
  });

  it('saving the same signature twice keeps one file', async () => {
    const store = new SignatureStore(dir);
    await store.saveTyped('Ελένη');
    await store.saveTyped('Ελένη');
    expect(await readdir(join(dir, 'signatures'))).toHaveLength(1);
  });

  it.each([
    ['a JPEG data URL', 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==', 'SIGNATURE_INVALID_IMAGE'],
    [
      'text pretending to be a PNG',
      pngDataUrl(new TextEncoder().encode('x'.repeat(100))),
      'SIGNATURE_INVALID_IMAGE',
    ],
    ['broken base64', 'data:image/png;base64,iVBOR%%%', 'SIGNATURE_INVALID_IMAGE'],
    ['an empty string', '', 'SIGNATURE_INVALID_IMAGE'],
  ])('rejects %s as a drawn signature', async (_name, dataUrl, code) => {
    const store = new SignatureStore(dir);
    await expect(store.saveDrawn(dataUrl)).rejects.toMatchObject({ code });
  });

  it('rejects a drawn signature over 512 KB', async () => {
    const png = await realPng();
    const huge = new Uint8Array(513 * 1024);
    huge.set(png.subarray(0, 8));
    await expect(new SignatureStore(dir).saveDrawn(pngDataUrl(huge))).rejects.toMatchObject({
      code: 'SIGNATURE_TOO_LARGE',
    });
  });

  it.each(['', '   ', 'x'.repeat(101), 'Name\u0000hidden', '\u202EemaN', 'Na\u200Bme', 'Mei 美玲'])(
    'rejects the typed signature %j',
    async (text) => {
      await expect(new SignatureStore(dir).saveTyped(text)).rejects.toMatchObject({
        code: 'SIGNATURE_INVALID_TEXT',
      });
    },
  );

  it('reports a missing, malformed or altered signature with a typed error', async () => {
    const store = new SignatureStore(dir);
    await expect(store.read('c'.repeat(64))).rejects.toMatchObject({ code: 'SIGNATURE_NOT_FOUND' });
    await expect(store.read('../ledger')).rejects.toMatchObject({ code: 'SIGNATURE_INVALID_HASH' });
    const hash = await store.saveTyped('Ольга');
    await writeFile(join(dir, 'signatures', `${hash}.txt`), 'Olga');
    await expect(store.read(hash)).rejects.toMatchObject({ code: 'SIGNATURE_TAMPERED' });
  });

  it('removes a signature when a person’s data is erased', async () => {
    const store = new SignatureStore(dir);
    const hash = await store.saveTyped('Ýmir Ŷ');
    await store.remove(hash);
    await expect(store.read(hash)).rejects.toMatchObject({ code: 'SIGNATURE_NOT_FOUND' });
  });
});
