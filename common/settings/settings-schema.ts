import { z } from 'zod';
import { LOCALES } from '../content/content-schema';

/** The organisation's own details; they fill the content placeholders. */
export const organisationSchema = z.object({
  orgName: z.string().trim().max(200),
  esafetyLeadName: z.string().trim().max(200),
  esafetyLeadContact: z.string().trim().max(200),
  safeguardingLeadName: z.string().trim().max(200),
  safeguardingLeadContact: z.string().trim().max(200),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const CURRENT_SETTINGS_VERSION = 1;

export const settingsSchema = z.object({
  schemaVersion: z.literal(CURRENT_SETTINGS_VERSION),
  /** Chosen on the welcome screen and remembered; the lead sets the default for new learners. */
  locale: z.enum(LOCALES),
  defaultLocale: z.enum(LOCALES),
  organisation: organisationSchema,
  refresherMonths: z.number().int().min(1).max(60),
  passMarkPercent: z.number().int().min(1).max(100),
  /** Years after which the lead is offered a reviewed purge; null keeps records indefinitely. */
  retentionYears: z.number().int().min(1).max(100).nullable(),
  /** Minutes of inactivity after which the lead area locks itself. */
  leadAutoLockMinutes: z.number().int().min(1).max(120),
  /** A random id for this device, recorded on every acceptance record. */
  deviceId: z.string().min(1),
  /** True once the lead has finished first-run setup; learners cannot start before. */
  setupComplete: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_ORGANISATION: Organisation = {
  orgName: '',
  esafetyLeadName: '',
  esafetyLeadContact: '',
  safeguardingLeadName: '',
  safeguardingLeadContact: '',
};
