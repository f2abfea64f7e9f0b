import { describe, expect, it } from 'vitest';
import {
  checkText,
  IDENTIFIER,
  ORGANISATION_TEXT,
  PERSON_NAME,
} from '../../common/text/text-policy';

describe('names, identifiers and organisation details are cleaned the same way everywhere', () => {
  it.each([
    ['decomposed accents become one character (NFC)', 'Sia\u0302n Llw\u0302yd', 'Siân Llŵyd'],
    ['spaces around are trimmed', '  Siân Llŵyd  ', 'Siân Llŵyd'],
    ['runs of spaces, no-break spaces included, become one', 'Siân \u00a0  Llŵyd', 'Siân Llŵyd'],
  ])('%s', (_, typed, stored) => {
    expect(checkText(typed, PERSON_NAME)).toEqual({ value: stored, problem: null });
  });

  it('an email or staff ID keeps its inner spacing exactly, but is NFC and trimmed', () => {
    expect(checkText(' AB  12\u0301 ', IDENTIFIER).value).toBe('AB  12\u0301');
    expect(checkText('sia\u0302n@example.org', IDENTIFIER).value).toBe('siân@example.org');
  });
});

describe('names people really have are accepted', () => {
  it.each([
    ['Welsh', 'Siân Llŵyd-Ffransis'],
    ['Polish', 'Łukasz Żółć-Wiśniewski'],
    ['Greek', 'Ελένη Παπαδοπούλου'],
    ['Cyrillic', 'Ольга Ковальчук'],
    ['Turkish', 'Ayşe Yılmaz'],
    ['Irish', 'Seán Ó Briain'],
    ['Vietnamese (Latin with stacked accents)', 'Nguyễn Thị Minh Khai'],
    ['Armenian', 'Անահիտ'],
    ['Georgian', 'ნინო'],
    ['hyphens, apostrophes and full stops', "Mary-Jane O'Neill Jr."],
    ['exactly 100 characters', 'a'.repeat(100)],
    ['an emoji the certificate font does have', 'Sam 😀 Jones'],
  ])('%s: %s', (_, name) => {
    expect(checkText(name, PERSON_NAME).problem).toBeNull();
  });
});

describe('text that would mislead, break or print as boxes is refused with a reason', () => {
  it.each([
    ['blank', '   ', 'required', {}],
    ['too long (101 characters)', 'a'.repeat(101), 'tooLong', { max: 100 }],
    ['101 emoji count as 101 characters, not 202', '😀'.repeat(101), 'tooLong', { max: 100 }],
    ['a lone surrogate', 'Siân\uD800 Llŵyd', 'brokenCharacter', {}],
    ['a NUL', 'Siân\u0000Llŵyd', 'controlCharacter', {}],
    ['a tab', 'Siân\tLlŵyd', 'controlCharacter', {}],
    ['a line break', 'Siân\nLlŵyd', 'controlCharacter', {}],
    ['a C1 control', 'Siân\u0085Llŵyd', 'controlCharacter', {}],
    ['a line separator', 'Siân\u2028Llŵyd', 'controlCharacter', {}],
    ['a right-to-left override', '\u202Edyŵll nâiS', 'directionControl', {}],
    ['a left-to-right embedding', 'Siân \u202ALlŵyd', 'directionControl', {}],
    ['a pop directional formatting', 'Siân Llŵyd\u202C', 'directionControl', {}],
    ['a first-strong isolate', 'Siân \u2068Llŵyd\u2069', 'directionControl', {}],
    ['a right-to-left mark', 'Siân\u200F Llŵyd', 'directionControl', {}],
    ['a left-to-right mark', 'Siân\u200E Llŵyd', 'directionControl', {}],
    ['an Arabic letter mark', 'Siân\u061C Llŵyd', 'directionControl', {}],
    ['a zero-width space', 'Si\u200Bân Llŵyd', 'invisibleCharacter', {}],
    ['a zero-width joiner', 'Siân\u200DLlŵyd', 'invisibleCharacter', {}],
    ['a soft hyphen', 'Siân Ll\u00ADŵyd', 'invisibleCharacter', {}],
    ['a byte-order mark inside', 'Siân\uFEFFLlŵyd', 'invisibleCharacter', {}],
    ['a private-use character', 'Siân \uE000', 'invisibleCharacter', {}],
    ['a CJK character', '王 Siân', 'notPrintable', { characters: '王' }],
    ['an emoji the font does not have', 'Siân 🦊', 'notPrintable', { characters: '🦊' }],
    ['several, each named once', '王王小明 👍', 'notPrintable', { characters: '王 小 明 👍' }],
    ['Hebrew, which would print backwards', 'דוד', 'notPrintable', { characters: 'ד ו' }],
    [
      'Arabic, which would print backwards and unjoined',
      'سارة',
      'notPrintable',
      {
        characters: 'س ا ر ة',
      },
    ],
    ['a blank-looking filler', 'Siân\u3164', 'notPrintable', { characters: '\u3164' }],
    // The font has these glyphs, but they are right-to-left: shown reordered, printed as typed.
    ['an Arabic question mark', 'Room ؟ 12', 'notPrintable', { characters: '؟' }],
    [
      'an Arabic tatweel and mark',
      'Sam\u0640\u064B',
      'notPrintable',
      { characters: '\u0640 \u064B' },
    ],
  ])('%s', (_, text, code, values) => {
    expect(checkText(text, PERSON_NAME).problem).toEqual({ code, values });
  });

  it('identifiers and organisation details follow the same rules, with their own lengths', () => {
    expect(checkText('\u202Egro.elpmaxe@nas', IDENTIFIER).problem?.code).toBe('directionControl');
    expect(checkText(`${'a'.repeat(242)}@example.org`, IDENTIFIER).problem).toBeNull();
    expect(checkText(`${'a'.repeat(243)}@example.org`, IDENTIFIER).problem).toEqual({
      code: 'tooLong',
      values: { max: 254 },
    });
    expect(checkText('Clwb Ieuenctid 王', ORGANISATION_TEXT).problem?.code).toBe('notPrintable');
    expect(checkText('x'.repeat(201), ORGANISATION_TEXT).problem?.code).toBe('tooLong');
  });

  it('a 10 MB paste is refused as too long without first being searched character by character', () => {
    expect(checkText('a'.repeat(10 * 1024 * 1024), PERSON_NAME).problem?.code).toBe('tooLong');
  });
});
