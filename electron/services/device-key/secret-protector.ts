/**
 * How the secret is kept on disk. 'os': encrypted with a key the operating system keeps for
 * this user (Keychain on macOS, DPAPI on Windows, the Secret Service or KWallet on Linux).
 * 'none': the OS offers no such store, so the secret sits in the file as it is and the lead
 * is shown a warning.
 */
export type KeyProtection = 'os' | 'none';

/**
 * What the operating system offers for keeping a secret on this computer. In the app this is
 * Electron's safeStorage (electron/main/safe-storage-protector.ts, the only place that imports
 * it); domain code and tests see only this port.
 */
export interface SecretProtector {
  /** Whether this computer can keep a secret encrypted for this user right now. */
  protection(): Promise<KeyProtection>;
  /** Only called when `protection()` is 'os'. */
  protect(secret: Buffer): Promise<Buffer>;
  /** Rejects when the sealed bytes cannot be opened here (another computer or user, damage). */
  unprotect(sealed: Buffer): Promise<Buffer>;
}
