import { describe, expect, it } from 'vitest';
import { operations } from '../../common/ipc/contract';
import { leadSettingsSchema, leadSettingsOf } from '../../common/settings/lead-settings';
import { settingsSchema, type Settings } from '../../common/settings/settings-schema';
import { setupInputSchema } from '../../common/setup/setup-input';
import { decodeFieldMessage } from '../../common/text/field-message';
import { validateSetup, INITIAL_SETUP_VALUES } from '../../renderer/screens/setup/setup-form';

// One rule, one place: setup, the lead's settings tab, the settings file and the renderer's
// forms all check a value with the same declaration, so none accepts what another refuses.

const organisation = {
  orgName: 'Clwb Ieuenctid Glan yr Afon',
  esafetyLeadName: 'Siân Llŵyd',
  esafetyLeadContact: '01234 567890',
  safeguardingLeadName: 'Ólafur Ragnar',
  safeguardingLeadContact: 'diogelu@example.org',
};
const stored: Settings = {
  schemaVersion: 3,
  locale: 'en-GB',
  defaultLocale: 'en-GB',
  organisation,
  refresherMonths: 12,
  passMarkPercent: 80,
  retentionYears: null,
  timeZone: 'Europe/London',
  leadAutoLockMinutes: 10,
  reminderDays: 30,
  deviceId: 'device-1',
  setupComplete: true,
};
const setup = {
  ...organisation,
  refresherMonths: 12,
  passMarkPercent: 80,
  passphrase: 'correct horse battery',
};
const formValues = {
  ...INITIAL_SETUP_VALUES,
  ...organisation,
  passphrase: setup.passphrase,
  passphraseAgain: setup.passphrase,
};

/** Whether each place that checks a setting accepts `patch`. */
function verdicts(patch: Partial<Settings>) {
  const { organisation: org, ...numbers } = patch;
  const setupForm = validateSetup({
    ...formValues,
    ...(org ?? {}),
    ...Object.fromEntries(Object.entries(numbers).map(([k, v]) => [k, String(v)])),
  });
  return {
    settingsFile: settingsSchema.safeParse({ ...stored, ...patch }).success,
    setup: setupInputSchema.safeParse({ ...setup, ...(org ?? {}), ...numbers }).success,
    setupForm: setupForm.input !== null,
    leadSettings: leadSettingsSchema.safeParse({ ...leadSettingsOf(stored), ...patch }).success,
  };
}

describe('the pass mark has one minimum everywhere', () => {
  it('49% is refused by setup, the settings tab and the settings file alike', () => {
    expect(verdicts({ passMarkPercent: 49 })).toEqual({
      settingsFile: false,
      setup: false,
      setupForm: false,
      leadSettings: false,
    });
  });

  it('50% is accepted by all of them', () => {
    expect(verdicts({ passMarkPercent: 50 })).toEqual({
      settingsFile: true,
      setup: true,
      setupForm: true,
      leadSettings: true,
    });
  });

  it('the refresher interval agrees too, at both ends', () => {
    for (const [months, ok] of [
      [0, false],
      [1, true],
      [60, true],
      [61, false],
    ] as const) {
      expect(verdicts({ refresherMonths: months })).toEqual({
        settingsFile: ok,
        setup: ok,
        setupForm: ok,
        leadSettings: ok,
      });
    }
  });

  it('the message says exactly which numbers fit, from the same rule', () => {
    const parsed = leadSettingsSchema.safeParse({ ...leadSettingsOf(stored), passMarkPercent: 30 });
    expect(decodeFieldMessage(parsed.error?.issues[0]?.message ?? '')).toEqual({
      key: 'errors.fields.wholeNumberRange',
      values: { min: '50', max: '100' },
    });
  });
});

describe('the organisation’s contacts are required in the settings tab as they are at setup', () => {
  it.each(['esafetyLeadContact', 'safeguardingLeadContact', 'safeguardingLeadName'] as const)(
    'blanking %s is refused by setup and by the settings tab',
    (field) => {
      const blank = { organisation: { ...organisation, [field]: '   ' } };
      const { setup: atSetup, setupForm, leadSettings } = verdicts(blank);
      expect({ atSetup, setupForm, leadSettings }).toEqual({
        atSetup: false,
        setupForm: false,
        leadSettings: false,
      });
    },
  );

  it('a device that is not set up yet may still hold blanks in its settings file', () => {
    const fresh = {
      ...stored,
      setupComplete: false,
      organisation: { ...organisation, orgName: '' },
    };
    expect(settingsSchema.safeParse(fresh).success).toBe(true);
  });
});

describe('the passphrase length has one rule, counted as people see characters', () => {
  // Eleven "ŵ" typed as w + combining circumflex: 22 code points, but 11 characters.
  const elevenDecomposed = 'w\u0302'.repeat(11);
  const twelveDecomposed = 'w\u0302'.repeat(12);

  it('setup, the setup form, recovery and the change form all refuse 11 characters', () => {
    const change = operations.leadChangePassphrase.input;
    const reset = operations.leadResetPassphrase.input;
    expect(setupInputSchema.safeParse({ ...setup, passphrase: elevenDecomposed }).success).toBe(
      false,
    );
    expect(
      validateSetup({
        ...formValues,
        passphrase: elevenDecomposed,
        passphraseAgain: elevenDecomposed,
      }).errors.passphrase,
    ).toEqual({ key: 'errors.lead.passphraseTooShort', values: { minLength: '12' } });
    expect(change.safeParse({ oldPassphrase: 'x', newPassphrase: elevenDecomposed }).success).toBe(
      false,
    );
    expect(reset.safeParse({ recoveryCode: 'x', newPassphrase: elevenDecomposed }).success).toBe(
      false,
    );
  });

  it('and all accept 12', () => {
    expect(setupInputSchema.safeParse({ ...setup, passphrase: twelveDecomposed }).success).toBe(
      true,
    );
    expect(
      validateSetup({
        ...formValues,
        passphrase: twelveDecomposed,
        passphraseAgain: twelveDecomposed,
      }).input,
    ).not.toBeNull();
  });
});
