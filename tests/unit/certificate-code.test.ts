import {
  CERTIFICATE_CODE_ALPHABET,
  makeCertificateCode,
  normaliseCertificateCode,
} from '../../electron/services/ledger/certificate-code';
import { acceptanceRecordSchema } from '../../common/records/acceptance-record';

describe('certificate codes', () => {
  it('look like XXXX-XXXX-XXXX-XXXX and fit the acceptance record', () => {
    const code = makeCertificateCode();
    expect(code).toMatch(/^[A-Z0-9]{4}(?:-[A-Z0-9]{4}){3}$/);
    expect(acceptanceRecordSchema.shape.certificateCode.safeParse(code).success).toBe(true);
  });

  it('never contain characters that are easy to misread', () => {
    const seen = new Set(
      Array.from({ length: 500 }, makeCertificateCode).join('').replace(/-/g, ''),
    );
    for (const char of '01OILU') expect(seen.has(char)).toBe(false);
    for (const char of seen) expect(CERTIFICATE_CODE_ALPHABET).toContain(char);
  });

  it('do not repeat across many draws', () => {
    const codes = new Set(Array.from({ length: 5000 }, makeCertificateCode));
    expect(codes.size).toBe(5000);
  });

  it.each([
    ['abcd efgh jkmn pqrs', 'ABCD-EFGH-JKMN-PQRS'],
    ['ABCD-EFGH-JKMN-PQRS', 'ABCD-EFGH-JKMN-PQRS'],
    ['abcdefghjkmnpqrs', 'ABCD-EFGH-JKMN-PQRS'],
    ['ABCD-EFGH-JKMN-PQR', null],
    ['ABCD-EFGH-JKMN-PQR0', null],
    ['', null],
  ])('typed as %j is read as %j', (typed, expected) => {
    expect(normaliseCertificateCode(typed)).toBe(expected);
  });
});
