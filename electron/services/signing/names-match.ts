import { checkText, PERSON_NAME } from '../../../common/text/text-policy';

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

/**
 * True when the typed name (or typed signature) is the learner's name, ignoring case, accents
 * and extra spaces. The typed text must itself pass the one policy for names (common/text), the
 * same the name passed when the learner started: a control character, a direction override or an
 * invisible character never "matches" by being folded away.
 */
export function namesMatch(typed: string, learnerName: string): boolean {
  const { value, problem } = checkText(typed, PERSON_NAME);
  if (problem) return false;
  return comparableName(value) === comparableName(learnerName);
}
