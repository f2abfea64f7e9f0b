import { expiryDate } from '../../electron/services/ledger/expiry-date';

describe('certificate expiry date', () => {
  it.each([
    ['2026-03-02T10:00:00Z', 12, 'UTC', '2027-03-02', 'a plain year'],
    ['2026-01-31T10:00:00Z', 1, 'UTC', '2026-02-28', '31 Jan + 1 month clamps to 28 Feb'],
    ['2027-01-31T10:00:00Z', 1, 'UTC', '2027-02-28', 'a non-leap February'],
    ['2028-01-31T10:00:00Z', 1, 'UTC', '2028-02-29', 'a leap-year February'],
    ['2028-02-29T10:00:00Z', 12, 'UTC', '2029-02-28', '29 Feb + 1 year clamps to 28 Feb'],
    ['2028-02-29T10:00:00Z', 48, 'UTC', '2032-02-29', '29 Feb + 4 years stays on 29 Feb'],
    ['2026-08-31T10:00:00Z', 6, 'UTC', '2027-02-28', '31 Aug + 6 months crosses the year'],
    ['2026-03-31T10:00:00Z', 1, 'UTC', '2026-04-30', '31 Mar + 1 month clamps to 30 Apr'],
    ['2026-12-15T10:00:00Z', 1, 'UTC', '2027-01-15', 'December rolls into January'],
    ['2026-11-30T10:00:00Z', 24, 'UTC', '2028-11-30', 'two years'],
    [
      '2026-06-30T23:30:00Z',
      12,
      'Europe/London',
      '2027-07-01',
      'late evening UTC is next day in BST',
    ],
    ['2026-06-30T23:30:00Z', 12, 'UTC', '2027-06-30', 'the same moment read in UTC'],
    ['2026-01-31T23:30:00Z', 1, 'Europe/London', '2026-02-28', 'GMT in winter equals UTC'],
  ])('signed %s + %i months in %s expires %s (%s)', (signedAt, months, zone, expected) => {
    expect(expiryDate(signedAt, months, zone)).toBe(expected);
  });

  it.each([0, -1, 1.5, 121, Number.NaN])('rejects a refresher interval of %s months', (months) => {
    expect(() => expiryDate('2026-01-01T00:00:00Z', months, 'UTC')).toThrow(
      expect.objectContaining({ code: 'EXPIRY_INVALID_MONTHS' }),
    );
  });

  it.each(['', 'yesterday', '2026-13-45T00:00:00Z'])('rejects the signing time %j', (signedAt) => {
    expect(() => expiryDate(signedAt, 12, 'UTC')).toThrow(
      expect.objectContaining({ code: 'EXPIRY_INVALID_DATE' }),
    );
  });
});
