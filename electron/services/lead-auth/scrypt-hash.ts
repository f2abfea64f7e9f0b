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

export const storedHashSchema = z.object({
  algorithm: z.literal('scrypt'),
  N: z.number().int().min(2),
  r: z.number().int().min(1),
  p: z.number().int().min(1),
  salt: z.base64(),
  hash: z.base64(),
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
