import { safeStorageProtector } from '../../electron/main/safe-storage-protector';
import { safeStorage } from '../support/electron-mock';

// `electron` is this shared stand-in (tests/setup.ts); each test sets what the OS offers.
type Store = Record<string, unknown>;
const store = safeStorage as unknown as Store;
const original = { ...store };
afterEach(() => Object.assign(store, original));

function offer(available: boolean, backend: string) {
  Object.assign(store, {
    isAsyncEncryptionAvailable: async () => available,
    getSelectedStorageBackend: () => backend,
    encryptStringAsync: async (text: string) => Buffer.from(`sealed:${text}`),
    decryptStringAsync: async (sealed: Buffer) => ({
      shouldReEncrypt: false,
      result: sealed.toString().replace(/^sealed:/, ''),
    }),
  });
}

describe('the OS secret store behind Electron safeStorage', () => {
  it('counts as protection on Windows and macOS when encryption is available', async () => {
    offer(true, 'unknown');
    expect(await safeStorageProtector('win32').protection()).toBe('os');
    expect(await safeStorageProtector('darwin').protection()).toBe('os');
  });

  it('counts as protection on Linux only with a real keyring, not the built-in plain-text one', async () => {
    offer(true, 'gnome_libsecret');
    expect(await safeStorageProtector('linux').protection()).toBe('os');
    offer(true, 'basic_text');
    expect(await safeStorageProtector('linux').protection()).toBe('none');
  });

  it('counts as no protection when encryption is not available', async () => {
    offer(false, 'gnome_libsecret');
    expect(await safeStorageProtector('linux').protection()).toBe('none');
  });

  it('gives back exactly the 32 bytes it was given to protect', async () => {
    offer(true, 'kwallet6');
    const protector = safeStorageProtector('linux');
    const secret = Buffer.from(Array.from({ length: 32 }, (_, i) => i * 7));
    expect(await protector.unprotect(await protector.protect(secret))).toEqual(secret);
  });
});
