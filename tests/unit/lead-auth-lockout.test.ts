import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DomainError } from '../../electron/services/errors';
import { LeadAuth } from '../../electron/services/lead-auth/lead-auth';
import { LeadSession } from '../../electron/services/lead-auth/lead-session';
import { SCRYPT_FLOOR, type ScryptParams } from '../../electron/services/lead-auth/scrypt-hash';
import { rejection } from '../support/rejection';

// The cheapest cost the app accepts: real scrypt, fast enough to run many times.
const CHEAP: ScryptParams = SCRYPT_FLOOR;
const PASSPHRASE = 'correct horse battery';
const WRONG = 'wrong horse battery!';

let dataDir: string;
let clock: Date;
const now = () => clock;
const advance = (seconds: number) => (clock = new Date(clock.getTime() + seconds * 1000));
const open = () => new LeadAuth({ dataDir, now, scrypt: CHEAP });

async function failTimes(auth: LeadAuth, times: number): Promise<DomainError> {
  let last = await rejection(auth.unlock(WRONG));
  for (let i = 1; i < times; i += 1) last = await rejection(auth.unlock(WRONG));
  return last;
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'lead-lockout-'));
  clock = new Date('2026-11-22T09:00:00.000Z');
  await open().setUp(PASSPHRASE);
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('locking after wrong passphrases', () => {
  it('counts down the attempts left, then locks for 30 seconds on the fifth wrong one', async () => {
    const auth = open();
    const first = await rejection(auth.unlock(WRONG));
    expect(first.code).toBe('lead-wrong-passphrase');
    expect(first.details).toEqual({ attemptsLeft: 4 });
    const fifth = await failTimes(auth, 4);
    expect(fifth.code).toBe('lead-locked');
    expect(fifth.i18nKey).toBe('errors.lead.locked');
    expect(fifth.details).toEqual({ retryAfterSeconds: 30 });
  });

  it('refuses even the right passphrase while locked, and accepts it once the lock ends', async () => {
    const auth = open();
    await failTimes(auth, 5);
    advance(29);
    const refused = await rejection(auth.unlock(PASSPHRASE));
    expect(refused.code).toBe('lead-locked');
    expect(refused.details).toEqual({ retryAfterSeconds: 1 });
    advance(1);
    await expect(auth.unlock(PASSPHRASE)).resolves.toBeUndefined();
  });

  it('doubles the wait for each further lock, up to an hour', async () => {
    const auth = open();
    const waits: number[] = [];
    let error = await failTimes(auth, 5);
    for (let i = 0; i < 9; i += 1) {
      const wait = Number(error.details.retryAfterSeconds);
      waits.push(wait);
      advance(wait);
      error = await rejection(auth.unlock(WRONG));
      expect(error.code).toBe('lead-locked');
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
  });

  it('starts afresh after a correct passphrase', async () => {
    const auth = open();
    await failTimes(auth, 5);
    advance(30);
    await auth.unlock(PASSPHRASE);
    const error = await failTimes(auth, 4);
    expect(error.code).toBe('lead-wrong-passphrase');
    expect(error.details).toEqual({ attemptsLeft: 1 });
  });

  it('stays locked when the app is closed and opened again', async () => {
    await failTimes(open(), 3);
    const reopened = open();
    await failTimes(reopened, 2);
    advance(10);
    const error = await rejection(open().unlock(PASSPHRASE));
    expect(error.code).toBe('lead-locked');
    expect(error.details).toEqual({ retryAfterSeconds: 20 });
  });

  it('counts wrong recovery codes and old passphrases towards the same lock', async () => {
    const auth = open();
    await failTimes(auth, 3);
    await rejection(auth.changePassphrase(WRONG, 'brand new passphrase'));
    const error = await rejection(
      auth.resetWithRecoveryCode('AAAAA-AAAAA-AAAAA-AAAAA-AAAAA', WRONG),
    );
    expect(error.code).toBe('lead-locked');
  });

  it('counts every attempt when several arrive at once', async () => {
    const auth = open();
    const results = await Promise.allSettled([1, 2, 3, 4, 5].map(() => auth.unlock(WRONG)));
    const codes = results.map((r) =>
      r.status === 'rejected' ? (r.reason as DomainError).code : '',
    );
    expect(codes.at(-1)).toBe('lead-locked');
  });
});

describe('the lead session', () => {
  const start = new Date('2026-11-22T09:00:00.000Z');
  const later = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

  it('is locked until opened, and locks itself after the inactivity timeout', () => {
    const session = new LeadSession(10);
    expect(session.isUnlocked(start)).toBe(false);
    session.open(start);
    expect(session.isUnlocked(later(9.9))).toBe(true);
    expect(session.isUnlocked(later(10))).toBe(false);
  });

  it('stays open while the lead keeps working', () => {
    const session = new LeadSession(10);
    session.open(start);
    expect(session.admit(later(8))).toBe(true);
    expect(session.admit(later(16))).toBe(true);
    expect(session.isUnlocked(later(25))).toBe(true);
    expect(session.isUnlocked(later(26))).toBe(false);
  });

  it('cannot be revived by activity after it has lapsed', () => {
    const session = new LeadSession(5);
    session.open(start);
    expect(session.admit(later(6))).toBe(false);
    expect(session.isUnlocked(later(6))).toBe(false);
  });

  it('locks at once when the lead locks it, and follows a changed timeout', () => {
    const session = new LeadSession(30);
    session.open(start);
    session.lock();
    expect(session.isUnlocked(start)).toBe(false);
    session.open(start);
    session.setTimeoutMinutes(1);
    expect(session.isUnlocked(later(2))).toBe(false);
  });
});
