import {
  numberBounds,
  SETTING_DEFAULTS,
  settingsSchema,
} from '../../../common/settings/settings-schema';
import { MIN_PASSPHRASE_LENGTH } from '../../../common/setup/passphrase-rule';
import { setupInputSchema, type SetupInput } from '../../../common/setup/setup-input';
import type { FieldMessage } from '../../../common/text/field-message';
import { fieldProblemsOf } from '../../../common/text/field-problems';

/** The setup form's values as typed, and the checks the lead sees before anything is saved. */
export interface SetupFormValues {
  orgName: string;
  esafetyLeadName: string;
  esafetyLeadContact: string;
  safeguardingLeadName: string;
  safeguardingLeadContact: string;
  refresherMonths: string;
  passMarkPercent: string;
  passphrase: string;
  passphraseAgain: string;
}

export type SetupField = keyof SetupFormValues;
export type SetupErrors = Partial<Record<SetupField, FieldMessage>>;

export const INITIAL_SETUP_VALUES: SetupFormValues = {
  orgName: '',
  esafetyLeadName: '',
  esafetyLeadContact: '',
  safeguardingLeadName: '',
  safeguardingLeadContact: '',
  refresherMonths: String(SETTING_DEFAULTS.refresherMonths),
  passMarkPercent: String(SETTING_DEFAULTS.passMarkPercent),
  passphrase: '',
  passphraseAgain: '',
};

/** Interpolation values for the hints, from the same rules the form is checked against. */
export const SETUP_HINT_VALUES: Partial<Record<SetupField, Record<string, number>>> = {
  refresherMonths: { usual: SETTING_DEFAULTS.refresherMonths },
  passMarkPercent: {
    ...numberBounds(settingsSchema.shape.passMarkPercent),
    usual: SETTING_DEFAULTS.passMarkPercent,
  },
  passphrase: { minLength: MIN_PASSPHRASE_LENGTH },
};

// A number field's text as a number for the schema; anything else is NaN, which it refuses.
const asNumber = (text: string) => (/^\s*-?\d+(?:\.\d+)?\s*$/.test(text) ? Number(text) : NaN);

/**
 * Checks the form with the schema main checks the call with (common/setup/setup-input.ts), so
 * the two cannot disagree. Returns each field's first problem, and the cleaned input to send
 * when there are none.
 */
export function validateSetup(values: SetupFormValues): {
  errors: SetupErrors;
  input: SetupInput | null;
} {
  const { passphraseAgain, ...rest } = values;
  const parsed = setupInputSchema.safeParse({
    ...rest,
    refresherMonths: asNumber(values.refresherMonths),
    passMarkPercent: asNumber(values.passMarkPercent),
  });
  const errors: SetupErrors = parsed.success ? {} : (fieldProblemsOf(parsed.error) as SetupErrors);
  if (passphraseAgain !== values.passphrase) {
    errors.passphraseAgain = { key: 'setup.errors.passphraseMismatch', values: {} };
  }
  return { errors, input: parsed.success && !errors.passphraseAgain ? parsed.data : null };
}
