import { describe, expect, it } from 'vitest';
import { operations } from '../../common/ipc/contract';
import { decodeFieldMessage } from '../../common/text/field-message';

// A name is checked by one policy wherever it enters: when a learner starts, when they type their
// name to sign, in a typed signature, and as a lead's name at setup or in the settings tab.
const places = {
  'name at start': (name: string) =>
    operations.learningStart.input.safeParse({
      learner: { fullName: name, role: 'staff', identifier: 'sian@example.org' },
      recordType: 'induction',
      pin: '2468',
    }),
  'typed name when signing': (name: string) =>
    operations.signAgreement.input.safeParse({
      sessionId: 's',
      locale: 'cy',
      typedName: name,
      acknowledgedClauseIds: [],
      statementAccepted: true,
      signature: { method: 'drawn', dataUrl: 'data:' },
    }),
  'typed signature': (name: string) =>
    operations.signAgreement.input.safeParse({
      sessionId: 's',
      locale: 'cy',
      typedName: 'Siân Llŵyd',
      acknowledgedClauseIds: [],
      statementAccepted: true,
      signature: { method: 'typed', text: name },
    }),
  'lead’s name at setup': (name: string) =>
    operations.completeSetup.input.safeParse({
      orgName: 'Clwb',
      esafetyLeadName: name,
      esafetyLeadContact: '01234 567890',
      safeguardingLeadName: 'Sam',
      safeguardingLeadContact: '01234 567891',
      refresherMonths: 12,
      passMarkPercent: 80,
      passphrase: 'correct horse battery',
    }),
  'lead’s name in the settings tab': (name: string) =>
    operations.leadUpdateSettings.input.safeParse({
      organisation: {
        orgName: 'Clwb',
        esafetyLeadName: name,
        esafetyLeadContact: '01234 567890',
        safeguardingLeadName: 'Sam',
        safeguardingLeadContact: '01234 567891',
      },
      refresherMonths: 12,
      passMarkPercent: 80,
      defaultLocale: 'cy',
      leadAutoLockMinutes: 10,
      retentionYears: null,
      timeZone: 'Europe/London',
      reminderDays: 30,
    }),
};

describe.each(Object.entries(places))('%s', (_, parse) => {
  it.each([
    ['a right-to-left override', '\u202Edyŵll nâiS', 'errors.fields.directionControl'],
    ['a tab', 'Siân\tLlŵyd', 'errors.fields.controlCharacter'],
    ['a zero-width space', 'Si\u200Bân Llŵyd', 'errors.fields.invisibleCharacter'],
    ['a lone surrogate', 'Siân \uD83D', 'errors.fields.brokenCharacter'],
    ['a CJK character', 'Siân 王', 'errors.fields.notPrintable'],
    ['nothing but spaces', '   ', 'errors.fields.required'],
    ['101 characters', 'a'.repeat(101), 'errors.fields.tooLong'],
  ])('refuses %s with that reason', (__, name, key) => {
    const result = parse(name);
    expect(result.success).toBe(false);
    expect(decodeFieldMessage(result.error?.issues[0]?.message ?? '')?.key).toBe(key);
  });

  it('accepts a Welsh name and keeps it cleaned (NFC, single spaces)', () => {
    const result = parse('  Sia\u0302n   Llŵyd ');
    expect(result.success).toBe(true);
    expect(JSON.stringify(result.data)).toContain('"Siân Llŵyd"');
  });
});

describe('an email or staff ID at the start follows the same policy', () => {
  const start = (identifier: string) =>
    operations.learningStart.input.safeParse({
      learner: { fullName: 'Siân Llŵyd', role: 'staff', identifier },
      recordType: 'induction',
      pin: '2468',
    });

  it('refuses a direction override, which would show the address reversed in the records', () => {
    expect(start('\u202Egro.elpmaxe@nais').success).toBe(false);
  });

  it('keeps an ordinary address as it was typed, trimmed', () => {
    expect(start(' Sian@Example.org ').data?.learner.identifier).toBe('Sian@Example.org');
  });
});
