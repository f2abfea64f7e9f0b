import { describe, expect, it } from 'vitest';
import { LOCALE_RESOURCES } from '../../common/i18n/locale-resources';

type Tree = { [key: string]: string | Tree };

/** Every string of a locale, by its full key (namespace:path). */
function strings(tree: Tree, prefix: string): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : strings(value, `${prefix}${key}.`),
  );
}

const english = new Map(strings(LOCALE_RESOURCES['en-GB'] as unknown as Tree, ''));
const welsh = new Map(strings(LOCALE_RESOURCES.cy as unknown as Tree, ''));

// A lead who sets a "cyfrinymadrodd" at setup and is then asked for an "ymadrodd cyfrin" at
// sign-in cannot tell they are the same thing: one English term, one Welsh term, everywhere.
const TERMS = [{ english: /passphrase/i, welsh: /ymadrodd(ion)? cyfrin/i }];

describe('the Welsh names each thing the lead must recognise by one term', () => {
  for (const term of TERMS) {
    it(`every string about a ${term.english.source} uses “${term.welsh.source}” in Welsh`, () => {
      const stray = [...english]
        .filter(([, text]) => term.english.test(text))
        .map(([key]) => [key, welsh.get(key) ?? ''] as const)
        .filter(([, text]) => !term.welsh.test(text));
      expect(stray).toEqual([]);
    });
  }
});
