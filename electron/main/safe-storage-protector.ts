import { safeStorage } from 'electron';
import type { KeyProtection, SecretProtector } from '../services/device-key/secret-protector';

/**
 * Electron's safeStorage behind the domain's SecretProtector port: Keychain on macOS, DPAPI on
 * Windows, the Secret Service or KWallet on Linux. On Linux without a keyring, safeStorage falls
 * back to 'basic_text', a password built into Chromium: that protects nothing, so it counts as
 * 'none' and the lead area shows its warning. Call only after the app is ready.
 */
export function safeStorageProtector(
  platform: NodeJS.Platform = process.platform,
): SecretProtector {
  return {
    async protection(): Promise<KeyProtection> {
      if (!(await safeStorage.isAsyncEncryptionAvailable())) return 'none';
      if (platform !== 'linux') return 'os';
      const backend = safeStorage.getSelectedStorageBackend();
      return backend === 'basic_text' || backend === 'unknown' ? 'none' : 'os';
    },
    // The key is 32 random bytes; safeStorage takes strings, so it travels as base64.
    protect: (secret) => safeStorage.encryptStringAsync(secret.toString('base64')),
    async unprotect(sealed) {
      const { result } = await safeStorage.decryptStringAsync(sealed);
      return Buffer.from(result, 'base64');
    },
  };
}
