import { z } from 'zod';
import { LOCALES } from '../../content/content-schema';
import type { JobStatus } from '../../../electron/services/lead/export-jobs';
import { EXPORT_KINDS } from '../../lead/export-kinds';
import { lrsEndpointSchema } from '../../xapi/lrs-endpoint';
import { operation } from '../operation';
import { recordFilterSchema } from './lead-data-operations';

export { EXPORT_KINDS };

const webAddress = z.url({ protocol: /^https?$/ }).max(500);
const common = { locale: z.enum(LOCALES), filter: recordFilterSchema.optional() };

export const startExportSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('csv'), ...common }).strict(),
  z.object({ kind: z.literal('certificates-folder'), ...common }).strict(),
  z.object({ kind: z.literal('certificates-combined'), ...common }).strict(),
  z.object({ kind: z.literal('backup'), ...common }).strict(),
  z.object({ kind: z.literal('xapi-file'), ...common, homePage: webAddress }).strict(),
  z
    .object({
      kind: z.literal('xapi-send'),
      ...common,
      homePage: webAddress,
      endpoint: lrsEndpointSchema,
      username: z.string().min(1).max(500),
      password: z.string().min(1).max(500),
    })
    .strict(),
]);
export type StartExport = z.input<typeof startExportSchema>;

/** Exports run as jobs in main: start one, poll its progress, cancel it. */
export const leadExportOperations = {
  /** Null when the lead closed the save dialog. */
  leadStartExport: operation<JobStatus | null>('lead')(startExportSchema),
  leadExportStatus: operation<JobStatus>('lead')(z.object({ jobId: z.uuid() }).strict()),
  leadCancelExport: operation<JobStatus>('lead')(z.object({ jobId: z.uuid() }).strict()),
};
