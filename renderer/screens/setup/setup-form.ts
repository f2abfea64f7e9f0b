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
/** Keys into the `setup` namespace's `errors` group. */
export type SetupErrors = Partial<Record<SetupField, string>>;

export const INITIAL_SETUP_VALUES: SetupFormValues = {
  orgName: '',
  esafetyLeadName: '',
  esafetyLeadContact: '',
  safeguardingLeadName: '',
  safeguardingLeadContact: '',
  refresherMonths: '12',
  passMarkPercent: '80',
  passphrase: '',
  passphraseAgain: '',
};

export const MIN_PASSPHRASE_LENGTH = 12;

const REQUIRED: SetupField[] = [
  'orgName',
  'esafetyLeadName',
  'esafetyLeadContact',
  'safeguardingLeadName',
  'safeguardingLeadContact',
];

function wholeNumberIn(text: string, min: number, max: number): boolean {
  const value = Number(text);
  return /^\d+$/.test(text.trim()) && value >= min && value <= max;
}

export function validateSetup(values: SetupFormValues): SetupErrors {
  const errors: SetupErrors = {};
  for (const field of REQUIRED) if (values[field].trim() === '') errors[field] = 'required';
  if (!wholeNumberIn(values.refresherMonths, 1, 60)) errors.refresherMonths = 'months';
  if (!wholeNumberIn(values.passMarkPercent, 50, 100)) errors.passMarkPercent = 'passMark';
  if ([...values.passphrase].length < MIN_PASSPHRASE_LENGTH) errors.passphrase = 'passphraseShort';
  if (values.passphraseAgain !== values.passphrase) errors.passphraseAgain = 'passphraseMismatch';
  return errors;
}
