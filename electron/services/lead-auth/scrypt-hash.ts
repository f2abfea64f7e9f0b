import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';

/** Cost parameters for scrypt; stored beside every hash so they can be raised later. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
  saltBytes: number;
  keyBytes: number;
}

/** OWASP Password Storage Cheat Sheet: N=2^17, r=8, p=1; 32-byte salt, 64-byte key. */
export const OWASP_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1, saltBytes: 32, keyBytes: 64 };

/**
 * The cheapest cost this app will ever write or accept: N=2^14, r=8 (16 MiB, the scrypt paper's
 * interactive-login setting), a 16-byte salt and a 32-byte key. A stored record below it was not
 * written by this app; accepting it would let an edit of the file weaken the lock (N=2) or open
 * it outright (an empty hash compares equal to an empty key, so any passphrase would match).
 */
export const SCRYPT_FLOOR: ScryptParams = { N: 2 ** 14, r: 8, p: 1, saltBytes: 16, keyBytes: 32 };
/** Above this, one check would need more memory than a laptop can spare (128·N·r bytes). */
const MAX_SCRYPT_MEMORY = 2 ** 30;
const MAX_KEY_BYTES = 128;

const isPowerOfTwo = (n: number) => Number.isSafeInteger(n) && n > 1 && (n & (n - 1)) === 0;

/** Why a set of cost parameters is refused, or null when it is at or above the floor. */
export function scryptParamsProblem(params: ScryptParams): string | null {
  const { N, r, p, saltBytes, keyBytes } = params;
  if (!isPowerOfTwo(N) || N < SCRYPT_FLOOR.N) return 'N below the floor or not a power of two';
  if (!Number.isInteger(r) || r < SCRYPT_FLOOR.r) return 'r below the floor';
  if (!Number.isInteger(p) || p < SCRYPT_FLOOR.p || p > 16) return 'p outside 1..16';
  if (128 * N * r > MAX_SCRYPT_MEMORY) return 'needs too much memory';
  if (saltBytes < SCRYPT_FLOOR.saltBytes) return 'salt too short';
  if (keyBytes < SCRYPT_FLOOR.keyBytes || keyBytes > MAX_KEY_BYTES)
    return 'key length outside range';
  return null;
}

export const storedHashSchema = z
  .object({
    algorithm: z.literal('scrypt'),
    N: z.number(),
    r: z.number(),
    p: z.number(),
    salt: z.base64(),
    hash: z.base64(),
  })
  .superRefine((stored, ctx) => {
    const problem = scryptParamsProblem({
      ...stored,
      saltBytes: Buffer.from(stored.salt, 'base64').length,
      keyBytes: Buffer.from(stored.hash, 'base64').length,
    });
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
export type StoredHash = z.infer<typeof storedHashSchema>;

function deriveKey(secret: string, salt: Buffer, params: Omit<ScryptParams, 'saltBytes'>) {
  // scrypt needs about 128 * N * r bytes; Node's default 32 MiB ceiling is too low for OWASP N.
  const options: ScryptOptions = {
    N: params.N,
    r: params.r,
    p: params.p,
    maxmem: 256 * params.N * params.r + 1024 * 1024,
  };
  return new Promise<Buffer>((resolve, reject) => {
    // NFC so the same passphrase typed through different keyboards or input methods matches.
    scrypt(secret.normalize('NFC'), salt, params.keyBytes, options, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

export async function hashSecret(secret: string, params: ScryptParams): Promise<StoredHash> {
  const salt = randomBytes(params.saltBytes);
  const key = await deriveKey(secret, salt, params);
  return {
    algorithm: 'scrypt',
    N: params.N,
    r: params.r,
    p: params.p,
    salt: salt.toString('base64'),
    hash: key.toString('base64'),
  };
}

export async function verifySecret(secret: string, stored: StoredHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  // Checked again here, not only when the file is parsed: an empty key would match anything.
  const problem = scryptParamsProblem({
    ...stored,
    saltBytes: Buffer.from(stored.salt, 'base64').length,
    keyBytes: expected.length,
  });
  if (problem) throw new Error(`Refusing a stored hash: ${problem}`);
  const actual = await deriveKey(secret, Buffer.from(stored.salt, 'base64'), {
    ...stored,
    keyBytes: expected.length,
  });
  return timingSafeEqual(actual, expected);
}

/** True when a stored hash is cheaper than what we now want, so it should be redone. */
export function isWeakerThan(stored: StoredHash, wanted: ScryptParams): boolean {
  return (
    stored.N < wanted.N ||
    stored.r < wanted.r ||
    stored.p < wanted.p ||
    Buffer.from(stored.salt, 'base64').length < wanted.saltBytes ||
    Buffer.from(stored.hash, 'base64').length < wanted.keyBytes
  );
}
