import { z } from 'zod';
import { LOCALES } from '../content/content-schema';
import { LEARNER_ROLES } from '../records/record-kinds';
import { encodeFieldMessage } from '../text/field-message';

/**
 * What the lead asks for when building an evidence pack or a trustee's report: a period of days
 * on the organisation's calendar and the roles it covers. One rule for main (the IPC contract)
 * and the renderer's form: a real date each end, the start not after the end, at least one role.
 */
export const EVIDENCE_KINDS = ['evidence-pack', 'trustee-report'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

const day = z.iso.date({ error: encodeFieldMessage('errors.fields.invalid') });

export const evidenceRequestSchema = z
  .object({
    kind: z.enum(EVIDENCE_KINDS),
    locale: z.enum(LOCALES),
    from: day,
    to: day,
    roles: z
      .array(z.enum(LEARNER_ROLES))
      .min(1, { error: encodeFieldMessage('errors.evidence.noRoles') })
      .max(LEARNER_ROLES.length),
  })
  .strict()
  // YYYY-MM-DD strings sort as the days do; zod may run this even when a date failed its format
  // (its own message then stands), so it must not throw on one.
  .refine((r) => r.from <= r.to, {
    path: ['to'],
    error: encodeFieldMessage('errors.evidence.badPeriod'),
  });
export type EvidenceRequest = z.infer<typeof evidenceRequestSchema>;
