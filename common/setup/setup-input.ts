import type { z } from 'zod';
import { organisationSchema, settingsSchema } from '../settings/settings-schema';
import { newPassphraseField } from './passphrase-field';

/**
 * What the e-safety lead fills in on first run: the organisation's details and the training rules
 * exactly as the settings declare them (so setup and the settings tab cannot disagree), and the
 * lead passphrase.
 */
export const setupInputSchema = organisationSchema
  .extend(settingsSchema.pick({ refresherMonths: true, passMarkPercent: true }).shape)
  .extend({ passphrase: newPassphraseField })
  .strict();

export type SetupInput = z.infer<typeof setupInputSchema>;
