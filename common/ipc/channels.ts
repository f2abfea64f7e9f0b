/**
 * Every IPC operation's name, in one `as const` list. The channel is derived from the name, so the
 * preload can build its API from this list alone, without bundling the schemas (zod) into it.
 * `contract.ts` checks that the operations it defines are exactly these.
 */
export const OPERATION_NAMES = [
  'getStartup',
  'getSettings',
  'setLocale',
  'getContent',
  'completeSetup',
  'learningSuggest',
  'learningStart',
  'learningResume',
  'learningSession',
  'learningSetPage',
  'learningSort',
  'learningReveal',
  'learningAnswer',
  'learningAcknowledge',
  'learningRetake',
  'learningSummary',
  'learningChooseNewPin',
  'learningLeave',
  'leadResetLearnerPin',
  'leadStatus',
  'leadUnlock',
  'leadLock',
  'leadResetPassphrase',
  'leadChangePassphrase',
  'leadUpdateSettings',
  'leadDashboard',
  'leadRecords',
  'leadPerson',
  'leadSaveCertificate',
  'leadVerifyCertificate',
  'leadErasePerson',
  'leadRetentionReview',
  'leadRetentionPurge',
  'leadInspectBackup',
  'leadImportBackup',
  'leadStartExport',
  'leadExportStatus',
  'leadCancelExport',
  'getSigningAgreement',
  'signAgreement',
  'getCertificateSummary',
  'saveCertificate',
  'printCertificate',
  'reportRendererError',
] as const;

export type OperationName = (typeof OPERATION_NAMES)[number];

export const channelOf = (name: OperationName) => `esafety:${name}` as const;
