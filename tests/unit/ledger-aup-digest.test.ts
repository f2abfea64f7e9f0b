import { createHash } from 'node:crypto';
import { aupTextDigest } from '../../electron/services/ledger/aup-text-digest';

const clauses = [
  { id: 'accounts', text: 'I keep personal and work accounts apart.' },
  { id: 'images', text: 'I only take images with consent.' },
];

describe('AUP text digest', () => {
  it('is the SHA-256 of the documented canonical form', () => {
    const canonical =
      '{"clauses":[{"id":"accounts","text":"I keep personal and work accounts apart."},' +
      '{"id":"images","text":"I only take images with consent."}],"locale":"en-GB"}';
    const expected = createHash('sha256').update(canonical).digest('hex');
    expect(aupTextDigest(clauses, 'en-GB')).toBe(expected);
  });

  it('changes when one character of the shown wording changes', () => {
    const edited = [clauses[0]!, { id: 'images', text: 'I only take images with consent!' }];
    expect(aupTextDigest(edited, 'en-GB')).not.toBe(aupTextDigest(clauses, 'en-GB'));
  });

  it('changes with the clause order and the locale shown', () => {
    expect(aupTextDigest([...clauses].reverse(), 'en-GB')).not.toBe(
      aupTextDigest(clauses, 'en-GB'),
    );
    expect(aupTextDigest(clauses, 'cy')).not.toBe(aupTextDigest(clauses, 'en-GB'));
  });

  it('ignores extra properties the caller happens to pass along', () => {
    const withExtras = clauses.map((c) => ({ ...c, revision: 3 }));
    expect(aupTextDigest(withExtras, 'en-GB')).toBe(aupTextDigest(clauses, 'en-GB'));
  });
});
