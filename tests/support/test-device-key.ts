import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { deviceKeyFrom, type DeviceKey } from '../../electron/services/device-key/device-key';
import type { SecretProtector } from '../../electron/services/device-key/secret-protector';

/**
 * The OS secret store, as tests see it: real encryption (AES-256-GCM) under a key that stands
 * for one computer's user account. A key sealed for 'computer-a' cannot be opened on
 * 'computer-b', as with Keychain, DPAPI or the Secret Service.
 */
export function testProtector(computer = 'computer-a'): SecretProtector {
  const machineKey = createHash('sha256').update(`test-os-store:${computer}`).digest();
  return {
    protection: async () => 'os',
    async protect(secret) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', machineKey, iv);
      const body = Buffer.concat([cipher.update(secret), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    async unprotect(sealed) {
      const decipher = createDecipheriv('aes-256-gcm', machineKey, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
    },
  };
}

/** A computer whose OS offers no secret store (Linux without a keyring). */
export const unprotectedStore: SecretProtector = {
  protection: async () => 'none',
  protect: () => Promise.reject(new Error('no OS secret store here')),
  unprotect: () => Promise.reject(new Error('no OS secret store here')),
};

/** A fixed device key for tests that do not care where the key is kept. */
export const TEST_KEY: DeviceKey = deviceKeyFrom(Buffer.alloc(32, 7), 'os');

/** The options a test ledger opens with: `Ledger.open(dir, TEST_LEDGER)`. */
export const TEST_LEDGER = { key: TEST_KEY } as const;

/** Another device's key, for backups made elsewhere. */
export const OTHER_DEVICE_KEY: DeviceKey = deviceKeyFrom(Buffer.alloc(32, 9), 'os');

/** One key per named test device ('source', 'target', …), the same each time it is asked for. */
export function keyOf(device: string): DeviceKey {
  return deviceKeyFrom(createHash('sha256').update(`test-device:${device}`).digest(), 'os');
}
