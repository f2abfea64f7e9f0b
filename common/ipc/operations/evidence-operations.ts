import { z } from 'zod';
import type { JobStatus } from '../../../electron/services/lead/export-jobs';
import type { PackVerification } from '../../../electron/services/evidence/verify-pack';
import type { ReminderView } from '../../../electron/services/reminders/reminder-service';
import { LOCALES } from '../../content/content-schema';
import { evidenceRequestSchema } from '../../evidence/evidence-request';
import { operation } from '../operation';

/**
 * The evidence pack and the trustee's report run as export jobs (progress with
 * leadExportStatus, cancel with leadCancelExport); verifying a pack opens a file the lead picks.
 */
export const evidenceOperations = {
  /** Null when the lead closed the save dialog. */
  leadStartEvidence: operation<JobStatus | null>('lead')(evidenceRequestSchema),
  /** Null when the lead closed the open dialog. */
  leadVerifyEvidencePack: operation<PackVerification | null>('lead')(
    z.object({ locale: z.enum(LOCALES) }).strict(),
  ),
  /** Who falls due within the reminder window (a setting) or is overdue, per role. */
  leadReminders: operation<ReminderView>('lead')(z.void()),
  /** The reminder list as a spreadsheet or a printable PDF, in the lead's language. */
  leadStartReminderExport: operation<JobStatus | null>('lead')(
    z.object({ format: z.enum(['csv', 'pdf']), locale: z.enum(LOCALES) }).strict(),
  ),
};
