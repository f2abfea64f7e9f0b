import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';
import { diskFullOr, nodeFileSystem, readIfExists, type FileSystem } from '../fs/file-system';
import { deviceKeyFrom, KEY_BYTES, type DeviceKey } from './device-key';
import type { SecretProtector } from './secret-protector';

export const DEVICE_KEY_FILE_NAME = 'device-key.json';

const keyFileSchema = z
  .object({
    format: z.literal('esafety-device-key'),
    version: z.literal(1),
    protection: z.enum(['os', 'none']),
    /** Base64: sealed by the OS ('os') or the key itself ('none'). */
    key: z
      .string()
      .regex(/^[A-Za-z0-9+/]+={0,2}$/)
      .max(4096),
    createdAt: z.iso.datetime({ offset: false }),
  })
  .strict();

export interface OpenedDeviceKey {
  key: DeviceKey;
  /**
   * The name the previous key file was kept aside under when it could not be used (damaged, or
   * sealed on another computer or for another user): a new key was made, and entries sealed
   * with the old one now show as sealed by another key. Null when the key file was sound.
   */
  keptAside: string | null;
  /** True when no key file existed: this run made the device's first key (see sealOlderLedger). */
  created: boolean;
}

export interface DeviceKeyOptions {
  dataDir: string;
  protector: SecretProtector;
  fs?: FileSystem;
  now?: () => Date;
}

/**
 * The device key: read from `<dataDir>/device-key.json`, or made on first use. It is stored
 * sealed by the OS where the OS can (see SecretProtector); where it cannot, it is stored as it is
 * and `key.protection` is 'none', which the lead area shows as a warning. A key file that is
 * already unprotected is never upgraded quietly: a forger could have planted it, so the warning
 * stays until the lead deals with it. A key that cannot be opened is never overwritten: it is
 * kept aside, because it is still what the old seals were made with.
 */
export async function openDeviceKey(options: DeviceKeyOptions): Promise<OpenedDeviceKey> {
  const fs = options.fs ?? nodeFileSystem;
  const now = options.now ?? (() => new Date());
  await fs.mkdir(options.dataDir, { recursive: true });
  const path = join(options.dataDir, DEVICE_KEY_FILE_NAME);
  const bytes = await readIfExists(fs, path);
  if (bytes) {
    const key = await unsealed(bytes, options.protector);
    if (key) return { key, keptAside: null, created: false };
    const aside = `device-key.corrupt-${now().toISOString().replace(/[:.]/g, '-')}.json`;
    await fs.rename(path, join(options.dataDir, aside));
    return {
      key: await createKey(path, options.protector, fs, now),
      keptAside: aside,
      created: false,
    };
  }
  return { key: await createKey(path, options.protector, fs, now), keptAside: null, created: true };
}

async function unsealed(bytes: Buffer, protector: SecretProtector): Promise<DeviceKey | null> {
  try {
    const file = keyFileSchema.parse(JSON.parse(bytes.toString('utf8')));
    const stored = Buffer.from(file.key, 'base64');
    if (file.protection === 'none') return deviceKeyFrom(stored, 'none');
    if ((await protector.protection()) !== 'os') return null;
    return deviceKeyFrom(await protector.unprotect(stored), 'os');
  } catch {
    return null;
  }
}

async function createKey(
  path: string,
  protector: SecretProtector,
  fs: FileSystem,
  now: () => Date,
): Promise<DeviceKey> {
  const secret = randomBytes(KEY_BYTES);
  const protection = await protector.protection();
  const stored = protection === 'os' ? await protector.protect(secret) : secret;
  const file = {
    format: 'esafety-device-key',
    version: 1,
    protection,
    key: stored.toString('base64'),
    createdAt: now().toISOString(),
  };
  try {
    await writeFileAtomic(path, `${JSON.stringify(file)}\n`, fs);
  } catch (error) {
    throw diskFullOr(error);
  }
  return deviceKeyFrom(secret, protection);
}
