import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { passphraseLength } from '../../common/setup/passphrase-rule';
import { LeadAuth } from '../../electron/services/lead-auth/lead-auth';
import { SCRYPT_FLOOR } from '../../electron/services/lead-auth/scrypt-hash';
import { checkPin, newPin } from '../../electron/services/learning/pin-check';
import { rejection } from '../support/rejection';

// "Siân Llŵyd's caffi" with its accents as one character each, and as letter plus accent (what
// some keyboards and input methods send): the same passphrase to the lead.
const COMPOSED = 'Si\u00e2n Ll\u0175yd caf\u00e9 2026';
const DECOMPOSED = COMPOSED.normalize('NFD');

let dataDir: string;
let clock: Date;
const open = () => new LeadAuth({ dataDir, now: () => clock, scrypt: SCRYPT_FLOOR });

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'lead-secrets-'));
  clock = new Date('2026-11-22T09:00:00.000Z');
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('the same passphrase typed through another keyboard', () => {
  it('set up with accents as letter plus mark, it opens when typed with composed accents, and back', async () => {
    expect(COMPOSED).not.toBe(DECOMPOSED);
    expect(passphraseLength(DECOMPOSED)).toBe(passphraseLength(COMPOSED));
    await open().setUp(DECOMPOSED);
    await expect(open().unlock(COMPOSED)).resolves.toBeUndefined();
    await open().changePassphrase(COMPOSED, `${COMPOSED}!`);
    await expect(open().unlock(`${DECOMPOSED}!`)).resolves.toBeUndefined();
  });

  it('a recovery code retyped in lower case with spaces still resets the passphrase', async () => {
    const code = await open().setUp(COMPOSED);
    const retyped = ` ${code.toLowerCase().replaceAll('-', ' ')} `;
    expect(await open().resetWithRecoveryCode(retyped, DECOMPOSED)).toMatch(/^[A-Z2-9-]+$/);
    await expect(open().unlock(COMPOSED)).resolves.toBeUndefined();
  });

  it('a recovery code typed in full-width characters (an East Asian input method) still works', async () => {
    const code = await open().setUp(COMPOSED);
    // Each ASCII letter and digit has a full-width twin, 0xFEE0 above it; the dash is U+FF0D.
    const fullWidth = [...code]
      .map((c) => String.fromCodePoint((c.codePointAt(0) ?? 0) + 0xfee0))
      .join('');
    expect(fullWidth).not.toMatch(/[A-Z0-9]/);
    await expect(open().resetWithRecoveryCode(fullWidth, DECOMPOSED)).resolves.toBeTruthy();
  });
});

describe('a lock set while the computer’s clock was wrong', () => {
  it('does not keep the lead out for a year once the clock is put back right', async () => {
    await open().setUp(COMPOSED);
    clock = new Date('2027-11-22T09:00:00.000Z'); // a year fast
    for (let i = 0; i < 5; i += 1) await rejection(open().unlock('not the passphrase'));
    clock = new Date('2026-11-22T09:05:00.000Z'); // corrected, five minutes later
    expect((await open().status()).retryAfterSeconds).toBe(0);
    await expect(open().unlock(COMPOSED)).resolves.toBeUndefined();
  });

  it('a lock still running on a correct clock is kept, across a restart', async () => {
    await open().setUp(COMPOSED);
    for (let i = 0; i < 5; i += 1) await rejection(open().unlock('not the passphrase'));
    clock = new Date(clock.getTime() + 10_000);
    const error = await rejection(open().unlock(COMPOSED));
    expect(error.code).toBe('lead-locked');
    expect(error.details).toEqual({ retryAfterSeconds: 20 });
  });

  it('a learner’s PIN lock behaves the same', async () => {
    let stored = await newPin('2468', SCRYPT_FLOOR);
    const ahead = new Date('2027-11-22T09:00:00.000Z');
    for (let i = 0; i < 5; i += 1) stored = (await checkPin(stored, '1111', ahead)).pin;
    expect(stored.lockout.lockedUntil).not.toBeNull();
    const result = await checkPin(stored, '2468', new Date('2026-11-22T09:05:00.000Z'));
    expect(result.ok).toBe(true);
  });
});
