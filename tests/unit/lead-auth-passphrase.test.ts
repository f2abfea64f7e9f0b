import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LeadAuth } from '../../electron/services/lead-auth/lead-auth';
import { leadAuthPath, readLeadAuthFile } from '../../electron/services/lead-auth/lead-auth-file';
import { SCRYPT_FLOOR, type ScryptParams } from '../../electron/services/lead-auth/scrypt-hash';
import { rejection } from '../support/rejection';

// Real scrypt at the floor's cost: the OWASP cost (~0.3 s a hash) is exercised by one test below.
// The cheapest cost the app accepts: real scrypt, fast enough to run many times.
const CHEAP: ScryptParams = SCRYPT_FLOOR;
const PASSPHRASE = 'correct horse battery';
const OTHER = 'a different passphrase';

let dataDir: string;
let clock: Date;
const now = () => clock;
const open = (scrypt: ScryptParams = CHEAP) => new LeadAuth({ dataDir, now, scrypt });

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'lead-auth-'));
  clock = new Date('2026-11-22T09:00:00.000Z');
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('setting up the lead passphrase', () => {
  it('gives a one-time recovery code and then opens with the passphrase', async () => {
    const auth = open();
    expect(await auth.status()).toEqual({
      isSetUp: false,
      retryAfterSeconds: 0,
      needsRecoveryCode: false,
    });
    const code = await auth.setUp(PASSPHRASE);
    expect(code).toMatch(/^[A-Z2-9]{5}(-[A-Z2-9]{5}){4}$/);
    await expect(auth.unlock(PASSPHRASE)).resolves.toBeUndefined();
    expect((await auth.status()).isSetUp).toBe(true);
  });

  it('refuses a passphrase shorter than 12 characters and saves nothing', async () => {
    const error = await rejection(open().setUp('short phrase'.slice(0, 11)));
    expect(error.code).toBe('lead-passphrase-too-short');
    expect(error.details).toEqual({ minLength: 12 });
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('cannot be set up a second time over an existing passphrase', async () => {
    await open().setUp(PASSPHRASE);
    expect((await rejection(open().setUp(OTHER))).code).toBe('lead-already-set-up');
    await expect(open().unlock(PASSPHRASE)).resolves.toBeUndefined();
  });

  it('never writes the passphrase or the recovery code to disk', async () => {
    const auth = open();
    const code = await auth.setUp(PASSPHRASE);
    await auth.changePassphrase(PASSPHRASE, OTHER);
    const next = await auth.resetWithRecoveryCode(code, PASSPHRASE);
    expect((await readdir(dataDir)).sort()).toEqual([
      'lead-auth.json',
      'lead-auth.last-good.json',
      'lead-recovery.json',
    ]);
    for (const file of await readdir(dataDir)) {
      const bytes = await readFile(join(dataDir, file));
      for (const secret of [PASSPHRASE, OTHER, code, next, next.replace(/-/g, '')]) {
        expect(bytes.indexOf(Buffer.from(secret, 'utf8'))).toBe(-1);
        expect(bytes.indexOf(Buffer.from(secret, 'utf16le'))).toBe(-1);
      }
    }
  });

  it('uses the OWASP scrypt cost by default and stores it beside the hash', async () => {
    const auth = new LeadAuth({ dataDir, now }); // no scrypt option: the default cost
    await auth.setUp(PASSPHRASE);
    const file = await readLeadAuthFile(dataDir);
    expect(file?.passphrase).toMatchObject({ algorithm: 'scrypt', N: 131072, r: 8, p: 1 });
    expect(Buffer.from(file?.passphrase.salt ?? '', 'base64')).toHaveLength(32);
    expect(Buffer.from(file?.passphrase.hash ?? '', 'base64')).toHaveLength(64);
    await expect(auth.unlock(PASSPHRASE)).resolves.toBeUndefined();
    expect((await rejection(auth.unlock(OTHER))).code).toBe('lead-wrong-passphrase');
  });

  it('raises an older, cheaper hash to the current cost on the next unlock', async () => {
    await open().setUp(PASSPHRASE);
    const stronger = { ...CHEAP, N: CHEAP.N * 2 };
    await open(stronger).unlock(PASSPHRASE);
    const file = await readLeadAuthFile(dataDir);
    expect(file?.passphrase.N).toBe(CHEAP.N * 2);
    await expect(open(stronger).unlock(PASSPHRASE)).resolves.toBeUndefined();
  });

  it('reports a damaged file instead of treating it as not set up, and leaves it alone', async () => {
    // A file from before the last-good copy and the recovery record existed: nothing to fall
    // back on, so the lead is told plainly rather than offered a fresh setup.
    await writeFile(leadAuthPath(dataDir), '{"version":1,');
    expect((await rejection(open().setUp(PASSPHRASE))).code).toBe('lead-auth-unrecoverable');
    expect((await rejection(open().unlock(PASSPHRASE))).code).toBe('lead-auth-unrecoverable');
    expect(await readFile(leadAuthPath(dataDir), 'utf8')).toBe('{"version":1,');
  });
});

describe('changing the passphrase', () => {
  it('needs the old passphrase', async () => {
    const auth = open();
    await auth.setUp(PASSPHRASE);
    const error = await rejection(auth.changePassphrase('not the old one at all', OTHER));
    expect(error.code).toBe('lead-wrong-passphrase');
    expect((await rejection(auth.unlock(OTHER))).code).toBe('lead-wrong-passphrase');
    await auth.changePassphrase(PASSPHRASE, OTHER);
    await expect(auth.unlock(OTHER)).resolves.toBeUndefined();
    expect((await rejection(auth.unlock(PASSPHRASE))).code).toBe('lead-wrong-passphrase');
  });

  it('refuses a new passphrase that is too short and keeps the old one', async () => {
    const auth = open();
    await auth.setUp(PASSPHRASE);
    expect((await rejection(auth.changePassphrase(PASSPHRASE, 'tiny'))).code).toBe(
      'lead-passphrase-too-short',
    );
    await expect(auth.unlock(PASSPHRASE)).resolves.toBeUndefined();
  });
});

describe('the recovery code', () => {
  it('resets a forgotten passphrase once and hands out a new code', async () => {
    const auth = open();
    const code = await auth.setUp(PASSPHRASE);
    const next = await auth.resetWithRecoveryCode(code, OTHER);
    expect(next).not.toBe(code);
    await expect(auth.unlock(OTHER)).resolves.toBeUndefined();

    const reused = await rejection(auth.resetWithRecoveryCode(code, 'yet another passphrase'));
    expect(reused.code).toBe('lead-wrong-recovery-code');
    await expect(auth.unlock(OTHER)).resolves.toBeUndefined();

    // Typed by hand: lower case, spaces instead of dashes.
    await auth.resetWithRecoveryCode(next.toLowerCase().replace(/-/g, ' '), PASSPHRASE);
    await expect(auth.unlock(PASSPHRASE)).resolves.toBeUndefined();
  });
});
