import { createHmac, timingSafeEqual } from 'node:crypto';
import type { KeyProtection } from './secret-protector';

/** What a MAC is for: the same key never signs two kinds of thing with the same bytes. */
export type SealPurpose =
  'ledger-entry' | 'ledger-checkpoint' | 'backup' | 'certificate' | 'evidence-pack';

/**
 * This device's secret key, used only through HMAC-SHA-256: the key itself never leaves this
 * object. A forger who can edit the data folder can recompute every SHA-256 in the ledger,
 * but not these seals without the key.
 */
export interface DeviceKey {
  /** 16 hex digits naming the key (derived from it, revealing nothing useful about it). */
  readonly id: string;
  readonly protection: KeyProtection;
  seal(purpose: SealPurpose, text: string): string;
  verify(purpose: SealPurpose, text: string, seal: string): boolean;
}

export const KEY_BYTES = 32;
export const KEY_ID_PATTERN = /^[0-9a-f]{16}$/;
export const SEAL_PATTERN = /^[0-9a-f]{64}$/;

export function deviceKeyFrom(secret: Buffer, protection: KeyProtection): DeviceKey {
  if (secret.length !== KEY_BYTES) throw new RangeError('device key must be 32 bytes');
  const key = Buffer.from(secret);
  const mac = (label: string, text: string) =>
    createHmac('sha256', key).update(`esafety/${label}/v1\n`).update(text).digest();
  const id = mac('key-id', '').toString('hex').slice(0, 16);
  return {
    id,
    protection,
    seal: (purpose, text) => mac(purpose, text).toString('hex'),
    verify: (purpose, text, seal) => {
      if (!SEAL_PATTERN.test(seal)) return false;
      return timingSafeEqual(mac(purpose, text), Buffer.from(seal, 'hex'));
    },
  };
}
