import { randomBytes, scryptSync } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LeadAuth } from '../../electron/services/lead-auth/lead-auth';
import {
  leadAuthLastGoodPath,
  leadAuthPath,
  leadRecoveryPath,
} from '../../electron/services/lead-auth/lead-auth-file';
import { SCRYPT_FLOOR, verifySecret } from '../../electron/services/lead-auth/scrypt-hash';
import { rejection } from '../support/rejection';

const PASSPHRASE = 'correct horse battery';
const NEW_PASSPHRASE = 'a passphrase after recovery';
const ATTACKER = 'the attacker chose this one';

let dataDir: string;
let clock: Date;
const now = () => clock;
const open = () => new LeadAuth({ dataDir, now, scrypt: SCRYPT_FLOOR });

const damage = (path: string) => writeFile(path, '{"version":1,"passphrase":');

/** Rewrites the stored passphrase hash in a file, as someone editing the data folder could. */
async function editPassphraseHash(path: string, hash: Record<string, unknown>): Promise<void> {
  const file = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  await writeFile(path, JSON.stringify({ ...file, passphrase: hash }));
}

/** A valid scrypt record of `secret` at N=2: one a forger can make in microseconds. */
function weakHashOf(secret: string) {
  const salt = randomBytes(32);
  const hash = scryptSync(secret, salt, 64, { N: 2, r: 1, p: 1 });
  return {
    algorithm: 'scrypt',
    N: 2,
    r: 1,
    p: 1,
    salt: salt.toString('base64'),
    hash: hash.toString('base64'),
  };
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'lead-auth-damage-'));
  clock = new Date('2026-11-22T09:00:00.000Z');
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('a damaged passphrase file', () => {
  it('is restored from its last-good copy: the passphrase still opens the lead area', async () => {
    await open().setUp(PASSPHRASE);
    await damage(leadAuthPath(dataDir));

    await expect(open().unlock(PASSPHRASE)).resolves.toBeUndefined();
    expect(JSON.parse(await readFile(leadAuthPath(dataDir), 'utf8'))).toMatchObject({
      version: 1,
    });
    // The damaged file is kept aside, not deleted: it may be evidence of tampering.
    const kept = (await readdir(dataDir)).filter((name) => name.includes('.corrupt-'));
    expect(kept).toEqual(['lead-auth.corrupt-2026-11-22T09-00-00-000Z.json']);
  });

  it('keeps the last-good copy in step with every change', async () => {
    const auth = open();
    await auth.setUp(PASSPHRASE);
    await auth.changePassphrase(PASSPHRASE, NEW_PASSPHRASE);
    expect(await readFile(leadAuthLastGoodPath(dataDir), 'utf8')).toBe(
      await readFile(leadAuthPath(dataDir), 'utf8'),
    );
    await damage(leadAuthPath(dataDir));
    expect((await rejection(open().unlock(PASSPHRASE))).code).toBe('lead-wrong-passphrase');
    await expect(open().unlock(NEW_PASSPHRASE)).resolves.toBeUndefined();
  });
});

describe('when the passphrase file and its last-good copy are both unusable', () => {
  async function bothDamaged(): Promise<string> {
    const code = await open().setUp(PASSPHRASE);
    await damage(leadAuthPath(dataDir));
    await damage(leadAuthLastGoodPath(dataDir));
    return code;
  }

  it('the lead area stays closed, even to the right passphrase, and says to use the recovery code', async () => {
    await bothDamaged();
    expect(await open().status()).toEqual({
      isSetUp: true,
      retryAfterSeconds: 0,
      needsRecoveryCode: true,
    });
    expect((await rejection(open().unlock(PASSPHRASE))).code).toBe('lead-auth-corrupt');
  });

  it('nobody can take over by setting up a new passphrase', async () => {
    await bothDamaged();
    expect((await rejection(open().setUp(ATTACKER))).code).toBe('lead-auth-corrupt');
    expect((await rejection(open().resetWithRecoveryCode('not-the-code', ATTACKER))).code).toBe(
      'lead-wrong-recovery-code',
    );
    expect((await open().status()).needsRecoveryCode).toBe(true);
  });

  it('the recovery code sets a new passphrase, hands out a new code, and the area opens again', async () => {
    const code = await bothDamaged();
    const next = await open().resetWithRecoveryCode(code, NEW_PASSPHRASE);
    expect(next).not.toBe(code);
    await expect(open().unlock(NEW_PASSPHRASE)).resolves.toBeUndefined();
    expect((await open().status()).needsRecoveryCode).toBe(false);
    // The used code is spent; the new one works.
    expect((await rejection(open().resetWithRecoveryCode(code, ATTACKER))).code).toBe(
      'lead-wrong-recovery-code',
    );
    await open().resetWithRecoveryCode(next, PASSPHRASE);
    await expect(open().unlock(PASSPHRASE)).resolves.toBeUndefined();
  });

  it('the same holds when both files were deleted: the device is not treated as new', async () => {
    const code = await open().setUp(PASSPHRASE);
    await unlink(leadAuthPath(dataDir));
    await unlink(leadAuthLastGoodPath(dataDir));
    expect(await open().status()).toMatchObject({ isSetUp: true, needsRecoveryCode: true });
    expect((await rejection(open().setUp(ATTACKER))).code).toBe('lead-auth-corrupt');
    await open().resetWithRecoveryCode(code, NEW_PASSPHRASE);
    await expect(open().unlock(NEW_PASSPHRASE)).resolves.toBeUndefined();
  });

  it('wrong recovery codes still lock the area for a while', async () => {
    const code = await bothDamaged();
    for (let attempt = 1; attempt < 5; attempt += 1) {
      const error = await rejection(open().resetWithRecoveryCode(`WRONG-${attempt}`, ATTACKER));
      expect(error.details).toEqual({ attemptsLeft: 5 - attempt });
    }
    expect((await rejection(open().resetWithRecoveryCode('WRONG-5', ATTACKER))).code).toBe(
      'lead-locked',
    );
    expect((await rejection(open().resetWithRecoveryCode(code, NEW_PASSPHRASE))).code).toBe(
      'lead-locked',
    );
    expect((await open().status()).retryAfterSeconds).toBe(30);
    clock = new Date(clock.getTime() + 30_000);
    await open().resetWithRecoveryCode(code, NEW_PASSPHRASE);
    await expect(open().unlock(NEW_PASSPHRASE)).resolves.toBeUndefined();
  });

  it('with the recovery record unusable too, the lead is told it cannot be recovered here', async () => {
    const code = await bothDamaged();
    await damage(leadRecoveryPath(dataDir));
    expect((await rejection(open().unlock(PASSPHRASE))).code).toBe('lead-auth-unrecoverable');
    expect((await rejection(open().resetWithRecoveryCode(code, NEW_PASSPHRASE))).code).toBe(
      'lead-auth-unrecoverable',
    );
    expect((await rejection(open().setUp(ATTACKER))).code).toBe('lead-auth-unrecoverable');
  });
});

describe('stored scrypt parameters are held to a floor', () => {
  it('a hash edited down to N=2 is refused: the forger’s passphrase does not open the area', async () => {
    await open().setUp(PASSPHRASE);
    const weak = weakHashOf(ATTACKER);
    await editPassphraseHash(leadAuthPath(dataDir), weak);
    await editPassphraseHash(leadAuthLastGoodPath(dataDir), weak);
    expect((await rejection(open().unlock(ATTACKER))).code).toBe('lead-auth-corrupt');
  });

  it('an empty stored hash does not let any passphrase in', async () => {
    await open().setUp(PASSPHRASE);
    const file = JSON.parse(await readFile(leadAuthPath(dataDir), 'utf8')) as {
      passphrase: Record<string, unknown>;
    };
    const empty = { ...file.passphrase, hash: '' };
    await editPassphraseHash(leadAuthPath(dataDir), empty);
    await editPassphraseHash(leadAuthLastGoodPath(dataDir), empty);
    expect((await rejection(open().unlock('anything at all, really'))).code).toBe(
      'lead-auth-corrupt',
    );
    // And the check itself refuses, whoever calls it.
    await expect(
      verifySecret('anything', { ...file.passphrase, hash: '' } as never),
    ).rejects.toThrow(/Refusing a stored hash/);
  });

  it('a weakened main file falls back to the last-good copy, where only the real passphrase works', async () => {
    await open().setUp(PASSPHRASE);
    await editPassphraseHash(leadAuthPath(dataDir), weakHashOf(ATTACKER));
    expect((await rejection(open().unlock(ATTACKER))).code).toBe('lead-wrong-passphrase');
    await expect(open().unlock(PASSPHRASE)).resolves.toBeUndefined();
  });

  it('the app never writes a hash below the floor itself', () => {
    expect(() => new LeadAuth({ dataDir, now, scrypt: { ...SCRYPT_FLOOR, N: 2 } })).toThrow(
      /below the floor/,
    );
    expect(() => new LeadAuth({ dataDir, now, scrypt: { ...SCRYPT_FLOOR, keyBytes: 0 } })).toThrow(
      /below the floor/,
    );
  });
});
