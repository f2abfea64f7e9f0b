import { z } from 'zod';
import { isKnownTimeZone } from '../calendar/time-zone';
import { LOCALES } from '../content/content-schema';
import { encodeFieldMessage } from '../text/field-message';
import { organisationTextField, personNameField } from '../text/text-fields';

/**
 * Every rule for a setting is declared here once. The settings file is parsed with this schema,
 * and the forms that edit settings (first-run setup, the lead's settings tab) `.pick()` the
 * fields they show, in main (the IPC contract) and in the renderer (checking before sending).
 */

/**
 * A whole number in a range. Every failure (not a number, a fraction, too small, too big) has
 * the one message "a whole number from {min} to {max}", so the field can say exactly what fits.
 */
export function wholeNumberBetween(min: number, max: number) {
  const error = encodeFieldMessage('errors.fields.wholeNumberRange', { min, max });
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

/**
 * The organisation's own details; they fill the content placeholders ("tell {{esafetyLeadName}}")
 * and the certificate. Every one is required: the training names these people to learners as who
 * to tell, so a blank would leave a learner with nobody to report a concern to.
 */
export const organisationSchema = z.object({
  orgName: organisationTextField,
  esafetyLeadName: personNameField,
  esafetyLeadContact: organisationTextField,
  safeguardingLeadName: personNameField,
  safeguardingLeadContact: organisationTextField,
});
export type Organisation = z.infer<typeof organisationSchema>;

export const DEFAULT_ORGANISATION: Organisation = {
  orgName: '',
  esafetyLeadName: '',
  esafetyLeadContact: '',
  safeguardingLeadName: '',
  safeguardingLeadContact: '',
};

/**
 * As the settings file may hold it: a device that is not set up yet has blanks. Derived from the
 * rule above, not a second copy of it: each field is that field's rule, or empty.
 */
const storedOrganisationSchema = z.object({
  orgName: organisationTextField.or(z.literal('')),
  esafetyLeadName: personNameField.or(z.literal('')),
  esafetyLeadContact: organisationTextField.or(z.literal('')),
  safeguardingLeadName: personNameField.or(z.literal('')),
  safeguardingLeadContact: organisationTextField.or(z.literal('')),
}) satisfies z.ZodType<Organisation>;

/** An IANA time zone this runtime knows, e.g. `Europe/London`. */
export const timeZoneSchema = z
  .string({ error: encodeFieldMessage('errors.fields.invalid') })
  .max(100, { error: encodeFieldMessage('errors.fields.invalid') })
  .refine(isKnownTimeZone, { error: encodeFieldMessage('errors.fields.invalid') });

/** 2 added `timeZone`, 3 `reminderDays` (see the upgrade steps in settings-migrations.ts). */
export const CURRENT_SETTINGS_VERSION = 3;

/** What a new device starts with, and what the setup form offers. */
export const SETTING_DEFAULTS = {
  refresherMonths: 12,
  passMarkPercent: 80,
  retentionYears: null,
  leadAutoLockMinutes: 10,
  reminderDays: 30,
} as const;

export const settingsSchema = z.object({
  schemaVersion: z.literal(CURRENT_SETTINGS_VERSION),
  /** Chosen on the welcome screen and remembered; the lead sets the default for new learners. */
  locale: z.enum(LOCALES),
  defaultLocale: z.enum(LOCALES),
  organisation: storedOrganisationSchema,
  refresherMonths: wholeNumberBetween(1, 60),
  /** Below half, a learner could pass by guessing on most questions. */
  passMarkPercent: wholeNumberBetween(50, 100),
  /** Years after which the lead is offered a reviewed purge; null keeps records indefinitely. */
  retentionYears: wholeNumberBetween(1, 100).nullable(),
  /**
   * The organisation's time zone: issue, expiry and due dates are days on its calendar (see
   * common/calendar). Europe/London unless the lead chooses another.
   */
  timeZone: timeZoneSchema,
  /**
   * The dashboard's reminder list shows who falls due within this many days (and everyone
   * overdue), so the lead can remind them before they lapse.
   */
  reminderDays: wholeNumberBetween(1, 365),
  /** Minutes of inactivity after which the lead area locks itself. */
  leadAutoLockMinutes: wholeNumberBetween(1, 120),
  /** A random id for this device, recorded on every acceptance record. */
  deviceId: z.string().min(1),
  /** True once the lead has finished first-run setup; learners cannot start before. */
  setupComplete: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** The bounds of a `wholeNumberBetween` setting, for a form's min/max and its message. */
export function numberBounds(schema: z.ZodNumber | z.ZodNullable<z.ZodNumber>): {
  min: number;
  max: number;
} {
  const number = schema instanceof z.ZodNullable ? schema.unwrap() : schema;
  return { min: number.minValue ?? 0, max: number.maxValue ?? Number.MAX_SAFE_INTEGER };
}
