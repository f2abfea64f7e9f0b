import { z } from 'zod';

/**
 * What the e-safety lead fills in on first run. Every organisation detail is required: the
 * training names these people to learners as who to tell, so a blank would leave a learner with
 * nobody to report a concern to.
 */
const required = z.string().trim().min(1).max(200);

export const setupInputSchema = z
  .object({
    orgName: required,
    esafetyLeadName: required,
    esafetyLeadContact: required,
    safeguardingLeadName: required,
    safeguardingLeadContact: required,
    refresherMonths: z.number().int().min(1).max(60),
    passMarkPercent: z.number().int().min(50).max(100),
    passphrase: z.string().min(1).max(1024),
  })
  .strict();

export type SetupInput = z.infer<typeof setupInputSchema>;

export const DEFAULT_REFRESHER_MONTHS = 12;
export const DEFAULT_PASS_MARK_PERCENT = 80;
