import { randomInt } from 'node:crypto';

/**
 * Letters and digits that cannot be mistaken for one another when read aloud or retyped from
 * paper: no 0/O, 1/I/L, and no U (avoids accidental words), as in Crockford's base 32.
 */
export const CERTIFICATE_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A random code in the form XXXX-XXXX-XXXX-XXXX (about 78 bits), from the OS's secure random
 * source; `randomInt` is unbiased, so every code is equally likely.
 */
export function makeCertificateCode(): string {
  const groups: string[] = [];
  for (let group = 0; group < 4; group += 1) {
    let chars = '';
    for (let i = 0; i < 4; i += 1) {
      chars += CERTIFICATE_CODE_ALPHABET[randomInt(CERTIFICATE_CODE_ALPHABET.length)];
    }
    groups.push(chars);
  }
  return groups.join('-');
}

/** Accepts what people type: lower case, spaces or no dashes. Null if it cannot be a code. */
export function normaliseCertificateCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== 16) return null;
  for (const char of compact) if (!CERTIFICATE_CODE_ALPHABET.includes(char)) return null;
  return compact.match(/.{4}/g)?.join('-') ?? null;
}
