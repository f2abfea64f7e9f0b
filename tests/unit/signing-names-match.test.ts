import { comparableName, namesMatch } from '../../electron/services/signing/names-match';

describe('a typed name is accepted as the learner’s name', () => {
  it.each([
    ['Siân Llŵyd', 'sian llwyd'],
    ['sian llwyd', 'Siân Llŵyd'],
    ['  Siân   Llŵyd ', 'Siân Llŵyd'],
    ['SIÂN LLŴYD', 'siân llŵyd'],
    ['Zoë Brontë', 'Zoe Bronte'],
    ['José Álvarez-Núñez', 'jose alvarez-nunez'],
    ['Siân\tLlŵyd', 'Siân Llŵyd'],
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

it('the comparable form drops accents, collapses spaces and folds case', () => {
  expect(comparableName('  Siân   LLŴYD ')).toBe('sian llwyd');
});
