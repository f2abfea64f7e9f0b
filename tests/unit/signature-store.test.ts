import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { SignatureStore } from '../../electron/services/signatures/signature-store';
import { drawnSignature, pngDataUrl } from './fixtures/drawn-signature';
import { withTempDir } from './fixtures/temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await withTempDir()));
afterEach(() => cleanup());

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
// A real PNG that is not the stored form: another size, 8-bit colour, as the pad's own export was.
const otherPng = () => QRCode.toBuffer('a drawn signature stand-in', { type: 'png' });

describe('signature store', () => {
  it('saves a drawn signature as a PNG named by its hash and reads it back', async () => {
    const png = Buffer.from(drawnSignature());
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

  it('rejects a PNG that is not the stored size and form, such as a full-screen drawing', async () => {
    await expect(
      new SignatureStore(dir).saveDrawn(pngDataUrl(await otherPng())),
    ).rejects.toMatchObject({
      code: 'SIGNATURE_INVALID_IMAGE',
      details: { reason: 'notStoredForm' },
    });
  });

  it('still reads a drawn signature stored before the fixed size, with its hash checked', async () => {
    const old = await otherPng();
    const hash = sha256(old);
    await mkdir(join(dir, 'signatures'), { recursive: true });
    await writeFile(join(dir, 'signatures', `${hash}.png`), old);
    const back = await new SignatureStore(dir).read(hash);
    expect(back.method === 'drawn' && Buffer.from(back.png).equals(old)).toBe(true);
  });

  it('rejects a drawn signature over 64 KB, more than the stored form can ever be', async () => {
    const huge = new Uint8Array(65 * 1024);
    huge.set(drawnSignature().subarray(0, 32));
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
