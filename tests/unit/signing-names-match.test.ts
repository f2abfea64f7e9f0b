import { comparableName, namesMatch } from '../../electron/services/signing/names-match';

describe('a typed name is accepted as the learner’s name', () => {
  it.each([
    ['Siân Llŵyd', 'sian llwyd'],
    ['sian llwyd', 'Siân Llŵyd'],
    ['  Siân   Llŵyd ', 'Siân Llŵyd'],
    ['SIÂN LLŴYD', 'siân llŵyd'],
    ['Zoë Brontë', 'Zoe Bronte'],
    ['José Álvarez-Núñez', 'jose alvarez-nunez'],
    ['Siân\u00a0Llŵyd', 'Siân Llŵyd'], // a no-break space is a space
    // Precomposed (NFC) and decomposed (NFD) forms of the same letters.
    ['Sia\u0302n Llw\u0302yd', 'Si\u00e2n Ll\u0175yd'],
    ['Ólafur Ragnar', 'olafur ragnar'],
  ])('"%s" matches "%s"', (typed, learner) => {
    expect(namesMatch(typed, learner)).toBe(true);
  });
});

describe('a typed name that is not the learner’s name is refused', () => {
  it.each([
    ['Sian Lloyd', 'Siân Llŵyd'],
    ['Siân', 'Siân Llŵyd'],
    ['SianLlwyd', 'Siân Llŵyd'],
    ['', 'Siân Llŵyd'],
    ['   ', '   '],
    ['Siân Llŵyd Jones', 'Siân Llŵyd'],
  ])('"%s" does not match "%s"', (typed, learner) => {
    expect(namesMatch(typed, learner)).toBe(false);
  });
});

// The typed name and a typed signature follow the same policy as the name given at the start
// (common/text/text-policy.ts): what that refuses never "matches" by being folded away.
describe('a typed name the name policy refuses never matches, even when it folds to the name', () => {
  it.each([
    ['a tab inside it', 'Siân\tLlŵyd'],
    ['a NUL', 'Siân Llŵyd\u0000'],
    ['a right-to-left override', '\u202ESiân Llŵyd'],
    ['a directional isolate', 'Siân \u2066Llŵyd\u2069'],
    ['a zero-width space', 'Si\u200Bân Llŵyd'],
    ['a lone surrogate', 'Siân Llŵyd\uD800'],
  ])('%s', (_, typed) => {
    expect(namesMatch(typed, 'Siân Llŵyd')).toBe(false);
  });
});

it('the comparable form drops accents, collapses spaces and folds case', () => {
  expect(comparableName('  Siân   LLŴYD ')).toBe('sian llwyd');
});
