/**
 * A name in the form used to compare two spellings of it: accents removed (NFD, then combining
 * marks dropped), whitespace collapsed, case folded. Learners on a shared device often cannot
 * type ŵ or â, and that must not stop them signing as themselves.
 */
export function comparableName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLocaleLowerCase('und');
}

/** True when the typed name is the learner's name, ignoring case, accents and extra spaces. */
export function namesMatch(a: string, b: string): boolean {
  const left = comparableName(a);
  return left.length > 0 && left === comparableName(b);
}
