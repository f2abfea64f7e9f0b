import { z } from 'zod';
import type {
  PolicyOverview,
  PolicyPreview,
  PolicyVersionSummary,
  PackImportResult,
} from '../../../electron/services/policy/policy-service';
import type { PublishedAgreement } from '../../policy/policy-schema';
import { changeNoteSchema, orgPolicySchema } from '../../policy/policy-schema';
import { LEARNER_ROLES } from '../../policy/policy-rules';
import { LOCALES } from '../../i18n/locales';
import { operation } from '../operation';

export type {
  PackImportResult,
  PolicyOverview,
  PolicyPreview,
  PolicyVersionSummary,
  PublishedAgreement,
};

/** The organisation's own policy, edited and published by the lead only. */
export const policyOperations = {
  leadPolicyOverview: operation<PolicyOverview>('lead')(z.void()),
  leadPolicySaveDraft: operation<PolicyOverview>('lead')(
    z.strictObject({ draft: orgPolicySchema }),
  ),
  leadPolicyPublish: operation<PolicyVersionSummary>('lead')(
    z.strictObject({ changeNote: changeNoteSchema }),
  ),
  leadPolicyPreview: operation<PolicyPreview>('lead')(
    z.strictObject({ role: z.enum(LEARNER_ROLES), locale: z.enum(LOCALES) }),
  ),
  leadPolicyVersionText: operation<PublishedAgreement | null>('lead')(
    z.strictObject({ version: z.string().min(1).max(100), locale: z.enum(LOCALES) }),
  ),
  leadPolicyExportPack: operation<{ target: string } | null>('lead')(z.void()),
  leadPolicyImportPack: operation<PackImportResult | null>('lead')(z.void()),
};
