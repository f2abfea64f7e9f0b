/** Kept apart from the job runner so the renderer can list the kinds without node modules. */
export const EXPORT_KINDS = [
  'csv',
  'certificates-folder',
  'certificates-combined',
  'backup',
  'xapi-file',
  'xapi-send',
  'evidence-pack',
  'trustee-report',
  'reminders-csv',
  'reminders-pdf',
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
