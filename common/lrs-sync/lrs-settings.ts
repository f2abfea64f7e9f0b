import { z } from 'zod';
import { lrsEndpointSchema } from '../xapi/lrs-endpoint';

const webAddress = z.url({ protocol: /^https?$/ }).max(500);

/**
 * What the lead enters to point this device at the organisation's LRS. The secret may be left
 * out to keep the one already saved (the form never receives it back).
 */
export const lrsSettingsInputSchema = z
  .object({
    endpoint: lrsEndpointSchema,
    key: z.string().trim().min(1).max(200),
    secret: z.string().min(1).max(500).optional(),
    /** Base IRI for the course, module and question activities: the same on every device. */
    activityBase: webAddress,
    /** The organisation's home page: staff IDs are accounts under it. */
    homePage: webAddress,
  })
  .strict();
export type LrsSettingsInput = z.input<typeof lrsSettingsInputSchema>;

/** The saved settings as the lead area sees them: never the secret itself. */
export interface LrsSettingsView {
  configured: boolean;
  endpoint: string;
  key: string;
  activityBase: string;
  homePage: string;
  secretSaved: boolean;
  /** 'none': this computer cannot encrypt the secret; the panel shows a warning. */
  protection: 'os' | 'none';
}
