/**
 * A test-only pseudo locale made from en-GB when a test runs (never shipped, never a file in
 * common/locales): every letter accented and each string about 40 % longer, between markers.
 * A screen, PDF or file rendered with it shows at once any word that did not come through
 * i18next: that word is left plain, outside the markers.
 */
export const PSEUDO_OPEN = '‹';
export const PSEUDO_CLOSE = '›';

const ACCENTED: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ď',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ĺ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  w: 'ŵ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ď',
  E: 'É',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ĺ',
  N: 'Ñ',
  O: 'Ó',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  W: 'Ŵ',
  Y: 'Ý',
  Z: 'Ž',
};

// Kept as they are: interpolations ({{name}}, {{- name}}), nesting ($t(key)) and markup tags.
const UNTOUCHED = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<[^>]*>)/;

/** One string, pseudo-localised. */
export function pseudoLocalise(text: string): string {
  if (text === '') return text;
  const accented = text
    .split(UNTOUCHED)
    .map((part, index) =>
      index % 2 === 1 ? part : [...part].map((char) => ACCENTED[char] ?? char).join(''),
    )
    .join('');
  // In short words, as a longer language's words would be, so wrapping is tested and not defeated.
  const padding = ' ~~~~~'
    .repeat(Math.ceil((text.length * 0.4) / 6))
    .slice(0, Math.ceil(text.length * 0.4));
  return `${PSEUDO_OPEN}${accented}${padding}${PSEUDO_CLOSE}`;
}

/** A whole namespace (nested objects of strings), pseudo-localised. */
export function pseudoCatalogue<T>(json: T): T {
  if (typeof json === 'string') return pseudoLocalise(json) as T;
  if (Array.isArray(json)) return json.map((item: unknown) => pseudoCatalogue(item)) as T;
  if (json && typeof json === 'object') {
    return Object.fromEntries(
      Object.entries(json).map(([key, value]) => [key, pseudoCatalogue(value)]),
    ) as T;
  }
  return json;
}

/**
 * What is left of a piece of shown text once every pseudo-localised part and every allowed value
 * (data: names, codes, the content pack's own text) is taken out, if that still has a letter in
 * it; null when the text passes. Allowed values are removed longest first.
 */
export function strayText(text: string, allowed: readonly string[] = []): string | null {
  // Innermost first: a translated date holds a translated month name inside it.
  const segment = new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*${PSEUDO_CLOSE}`, 'u');
  let rest = text;
  while (segment.test(rest)) rest = rest.replace(segment, ' ');
  for (const value of [...allowed].filter(Boolean).sort((a, b) => b.length - a.length)) {
    rest = rest.split(value).join(' ');
  }
  rest = rest.replace(/\s+/gu, ' ').trim();
  return /\p{L}/u.test(rest) ? rest : null;
}
