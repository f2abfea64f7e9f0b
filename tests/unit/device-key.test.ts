import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deviceKeyFrom } from '../../electron/services/device-key/device-key';
import { openDeviceKey } from '../../electron/services/device-key/device-key-file';
import { Ledger } from '../../electron/services/ledger/ledger';
import { testProtector, unprotectedStore } from '../support/test-device-key';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await withTempDir()));
afterEach(() => cleanup());

const keyFile = () => join(dir, 'device-key.json');
const now = () => new Date('2026-05-01T10:00:00Z');

describe('the device key that seals the records', () => {
  it('is made once, kept sealed by the OS store, and is the same key next time', async () => {
    const first = await openDeviceKey({ dataDir: dir, protector: testProtector(), now });
    expect(first.key.protection).toBe('os');
    expect(first.keptAside).toBeNull();
    const again = await openDeviceKey({ dataDir: dir, protector: testProtector(), now });
    expect(again.key.id).toBe(first.key.id);
    const seal = first.key.seal('ledger-entry', 'text');
    expect(again.key.verify('ledger-entry', 'text', seal)).toBe(true);
    expect(again.key.verify('backup', 'text', seal)).toBe(false);
  });

  it('is not in the key file as plain text when the OS can protect it', async () => {
    const opened = await openDeviceKey({ dataDir: dir, protector: testProtector(), now });
    const text = await readFile(keyFile(), 'utf8');
    const file = JSON.parse(text) as { key: string; protection: string };
    expect(file.protection).toBe('os');
    // Only the OS store opens what the file holds; what it opens is the key in use.
    const secret = await testProtector().unprotect(Buffer.from(file.key, 'base64'));
    expect(deviceKeyFrom(secret, 'os').id).toBe(opened.key.id);
    expect(text).not.toContain(secret.toString('base64'));
    expect(text).not.toContain(secret.toString('hex'));
  });

  it('is kept as it is, and reported as unprotected, on a computer with no OS store', async () => {
    const opened = await openDeviceKey({ dataDir: dir, protector: unprotectedStore, now });
    expect(opened.key.protection).toBe('none');
    // An unprotected key stays flagged even once the OS can protect keys: it may be planted.
    const later = await openDeviceKey({ dataDir: dir, protector: testProtector(), now });
    expect(later.key).toMatchObject({ id: opened.key.id, protection: 'none' });
  });

  it('copied to another computer, it cannot be opened: it is kept aside and records show as sealed by another key', async () => {
    const here = await openDeviceKey({ dataDir: dir, protector: testProtector('computer-a'), now });
    const ledger = await Ledger.open(dir, { key: here.key });
    await ledger.appendCompletion(sampleRecord());

    const there = await openDeviceKey({
      dataDir: dir,
      protector: testProtector('computer-b'),
      now,
    });
    expect(there.key.id).not.toBe(here.key.id);
    expect(there.keptAside).toBe('device-key.corrupt-2026-05-01T10-00-00-000Z.json');
    expect(await readdir(dir)).toContain(there.keptAside);
    const natures = (await Ledger.open(dir, { key: there.key }))
      .verification()
      .problems.map((p) => p.nature);
    expect(natures).toEqual(['checkpoint-invalid', 'other-key']);
  });

  it('a damaged key file is kept aside, never overwritten', async () => {
    await writeFile(keyFile(), '{"format":"esafety-device-key","vers');
    const opened = await openDeviceKey({ dataDir: dir, protector: testProtector(), now });
    expect(opened.keptAside).not.toBeNull();
    expect(await readFile(join(dir, opened.keptAside!), 'utf8')).toBe(
      '{"format":"esafety-device-key","vers',
    );
  });
});
