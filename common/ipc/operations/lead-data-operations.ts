import { z } from 'zod';
import type {
  ImportInspection,
  ImportOutcome,
} from '../../../electron/services/backup/backup-imports';
import { LOCALES } from '../../content/content-schema';
import type { LeadDashboard } from '../../../electron/services/lead/dashboard';
import type { ErasureResult } from '../../../electron/services/lead/erase-person';
import type { RetentionCandidate } from '../../../electron/services/lead/lead-area';
import type { PersonHistory } from '../../../electron/services/lead/person-history';
import { RECORD_SORT_KEYS, type RecordPage } from '../../lead/record-query';
import type { VerifiedCertificate } from '../../certificates/certificate-verification';
import { LEARNER_ROLES, RECORD_TYPES } from '../../records/acceptance-record';
import { PERSON_STATUSES } from '../../status/person-status';
import { storedIdentifierField } from '../../text/text-fields';
import { IDENTIFIER } from '../../text/text-policy';
import { operation } from '../operation';

export { LEARNER_ROLES, PERSON_STATUSES, RECORD_SORT_KEYS, RECORD_TYPES };

/** The most rows one call may ask for: a screenful or two, never the whole ledger. */
export const MAX_RECORD_WINDOW = 500;

export const recordFilterSchema = z
  .object({
    search: z.string().max(200).optional(),
    role: z.enum(LEARNER_ROLES).optional(),
    status: z.enum(PERSON_STATUSES).optional(),
    recordType: z.enum(RECORD_TYPES).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
  })
  .strict();

const identifier = storedIdentifierField;

/** The lead's view of the records: dashboard, table, people, verification and erasure. */
export const leadDataOperations = {
  leadDashboard: operation<LeadDashboard>('lead')(z.object({ locale: z.enum(LOCALES) }).strict()),
  leadRecords: operation<RecordPage>('lead')(
    z
      .object({
        filter: recordFilterSchema,
        sort: z
          .object({ key: z.enum(RECORD_SORT_KEYS), direction: z.enum(['asc', 'desc']) })
          .strict(),
        offset: z.number().int().min(0),
        limit: z.number().int().min(1).max(MAX_RECORD_WINDOW),
      })
      .strict(),
  ),
  leadPerson: operation<PersonHistory>('lead')(z.object({ identifier }).strict()),
  /** Null when the lead closed the save dialog. */
  leadSaveCertificate: operation<{ path: string } | null>('lead')(
    z.object({ recordId: z.uuid() }).strict(),
  ),
  leadVerifyCertificate: operation<VerifiedCertificate>('lead')(
    z.object({ input: z.string().min(1).max(500) }).strict(),
  ),
  leadErasePerson: operation<ErasureResult>('lead')(
    // The lead types the identifier again to confirm: as long as an identifier can be, in UTF-16
    // units (a character is at most two).
    z.object({ identifier, confirmation: z.string().max(IDENTIFIER.maxLength * 2) }).strict(),
  ),
  leadRetentionReview: operation<{ years: number | null; candidates: RetentionCandidate[] }>(
    'lead',
  )(z.void()),
  leadRetentionPurge: operation<{ erasedRecords: number }>('lead')(
    z.object({ recordIds: z.array(z.uuid()).min(1).max(1_000_000) }).strict(),
  ),
  /**
   * Step one of an import: the lead chooses a file and sees what it holds and who vouches for
   * it, before anything is merged. Null when the lead closed the open dialog.
   */
  leadInspectBackup: operation<ImportInspection | null>('lead')(z.void()),
  /** Step two: merges the file inspected under `ticket`. */
  leadImportBackup: operation<ImportOutcome>('lead')(
    z.object({ ticket: z.uuid(), adoptSettings: z.boolean() }).strict(),
  ),
};
