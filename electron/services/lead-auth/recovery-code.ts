import { randomInt } from 'node:crypto';

/** 32 symbols without look-alikes (no I, O, 0, 1), so a code copied by hand reads back right. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const GROUPS = 5;
const GROUP_LENGTH = 5;

/** 25 symbols of 5 bits each: 125 bits from the OS random source, shown as XXXXX-XXXXX-…. */
export function generateRecoveryCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g += 1) {
    let group = '';
    for (let i = 0; i < GROUP_LENGTH; i += 1) group += ALPHABET.charAt(randomInt(ALPHABET.length));
    groups.push(group);
  }
  return groups.join('-');
}

/**
 * People retype codes with spaces, lower case or no dashes, or through an input method that
 * types full-width letters and digits (NFKC folds those to plain ones); all should still work.
 */
export function normaliseRecoveryCode(code: string): string {
  return code
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}
