import { citationIndex } from '../../electron/services/content/seed-citations';
import {
  emailFingerprint,
  identifierFingerprint,
  shingleFingerprints,
  type SeedFingerprints,
} from '../../electron/services/content/seed-fingerprint';
import {
  checkSeedHygiene,
  toFingerprintSets,
  type HygieneRules,
} from '../../electron/services/content/seed-hygiene';

// A made-up policy standing in for a seed; its people, numbers and addresses are invented
// (Ofcom drama-range numbers, example.org addresses).
const POLICY = `Harbourlight e-Safety Policy
Workers must never lend a personal handset to a participant during an evening club session.
Our welfare contact is Morwenna Trelawny: 01632 960983
Email: morwenna.trelawny@example.org
Reporting Worries About Something Seen Online In A Club Session
Write down what you saw, then tell the welfare contact the same day without fail.`;

function fingerprintsOf(policy: string): SeedFingerprints {
  return {
    version: 1,
    note: 'made up for the test',
    shingles: shingleFingerprints(policy),
    names: [
      identifierFingerprint('Morwenna Trelawny'),
      identifierFingerprint('Trelawny'),
      identifierFingerprint('01632960983'),
      emailFingerprint('morwenna.trelawny@example.org'),
    ],
    organisations: [identifierFingerprint('Harbourlight')],
    casedOrganisations: [identifierFingerprint('OpenDoor', true)],
  };
}

const sets = toFingerprintSets(fingerprintsOf(POLICY));
const content: HygieneRules = { contactRules: true, citations: citationIndex([]) };
const code: HygieneRules = { contactRules: false, citations: citationIndex([]) };
const check = (text: string, rules = content) => checkSeedHygiene('f.json', text, sets, rules);
const kinds = (text: string, rules = content) => check(text, rules).map((hit) => hit.kind);

describe('seed hygiene', () => {
  it('flags a sentence copied from a seed, with its line, whatever its case and punctuation', () => {
    const hits = check(
      '{\n  "text": "Workers MUST never lend a personal-handset to a participant!"\n}',
    );
    expect(hits).toEqual([
      {
        file: 'f.json',
        line: 2,
        kind: 'copied-seed-text',
        text: 'Workers MUST never lend a personal handset to a participant',
      },
    ]);
  });

  it('does not flag the same rule written in other words', () => {
    expect(
      check('Never hand your own phone to a young person at club, even for a minute.'),
    ).toEqual([]);
  });

  it('flags copied text written with JSON escapes for quotes and line breaks', () => {
    expect(
      kinds('"Write down what you saw, then tell the welfare\\ncontact the same day"'),
    ).toEqual(['copied-seed-text']);
  });

  it('lets content cite a seed section by its heading but still catches a copied sentence after it', () => {
    const cited = {
      ...content,
      citations: citationIndex(['Reporting worries about something seen online in a club session']),
    };
    expect(
      check('"section": "Reporting Worries About Something Seen Online In A Club Session"', cited),
    ).toEqual([]);
    const pasted =
      'Reporting Worries About Something Seen Online In A Club Session\nWrite down what you saw, then tell the welfare contact';
    expect(check(pasted, cited).map((hit) => hit.line)).toEqual([2]);
  });

  it('flags a seed person in any case or spacing, across a line break, and by surname alone', () => {
    expect(check('Ask MORWENNA   trelawny first.')).toMatchObject([
      { kind: 'seed-name', text: 'MORWENNA trelawny' },
    ]);
    expect(check('Ask Morwenna\n  Trelawny first.')).toMatchObject([
      { kind: 'seed-name', line: 1 },
    ]);
    expect(kinds("Ms Trelawny's team", code)).toEqual(['seed-name']);
    expect(check('Ask Morwenna, who runs the club.', code)).toEqual([]);
  });

  it('flags a seed organisation, and a camel-case one only when written with its own capitals', () => {
    expect(kinds('Staff at HARBOURLIGHT agree', code)).toEqual(['seed-organisation']);
    expect(kinds('Staff at Harbour Light agree', code)).toEqual(['seed-organisation']);
    expect(kinds('Welcome to OpenDoor club', code)).toEqual(['seed-organisation']);
    expect(kinds('Keep an open door for questions', code)).toEqual([]);
  });

  it.each([
    '01632 960983',
    '01632-960-984',
    '+44 1632 960985',
    '+44 (0)1632 960986',
    '(01632) 960987',
    '07700 900123',
    '020 7946 0958',
    '0800 123 4567',
    '02079460958',
  ])('flags the phone number %s in content', (phone) => {
    expect(kinds(`Call ${phone} today.`)).toContain('phone-number');
  });

  it.each(['dial 141 first', 'Childline on 0800 1111', 'since 2024-01-01', 'id a01632960983'])(
    'does not take "%s" for a phone number',
    (text) => {
      expect(check(text)).toEqual([]);
    },
  );

  it('flags a seed phone number outside content too, but other numbers only in content', () => {
    expect(kinds("const n = '01632-960983';", code)).toEqual(['seed-name']);
    expect(kinds("const n = '07700 900123';", code)).toEqual([]);
  });

  it('flags any email address in content, and a seed address anywhere', () => {
    expect(check('Write to help@example.net for a copy.')).toMatchObject([
      { kind: 'email-address', text: 'help@example.net' },
    ]);
    expect(kinds('to: Morwenna.Trelawny@Example.org', code)).toEqual([
      'seed-name',
      'email-address',
    ]);
    expect(kinds('to: help@example.net', code)).toEqual([]);
  });
});
