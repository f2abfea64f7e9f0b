import type { AppServices } from '../../services/app-services';
import { fileFilter } from '../../services/platform/file-types';
import type { Handlers } from '../router';

type LeadDataOps =
  | 'leadDashboard'
  | 'leadRecords'
  | 'leadPerson'
  | 'leadSaveCertificate'
  | 'leadVerifyCertificate'
  | 'leadErasePerson'
  | 'leadRetentionReview'
  | 'leadRetentionPurge'
  | 'leadInspectBackup'
  | 'leadImportBackup';

/** The lead's data screens; the router has already checked the lead session for each call. */
export function leadDataHandlers(services: AppServices): Pick<Handlers, LeadDataOps> {
  const { lead, env, certificates } = services;
  return {
    leadDashboard: ({ locale }) => lead.dashboard(locale),
    leadRecords: ({ filter, sort, offset, limit }) =>
      lead.records.query(filter, sort, { offset, limit }),
    leadPerson: ({ identifier }) => lead.person(identifier),
    // The same certificate, named and rendered as the learner's own save (certificate-service).
    leadSaveCertificate: async ({ recordId }) => {
      const { path } = await certificates.save(recordId);
      return path ? { path } : null;
    },
    leadVerifyCertificate: ({ input }) => certificates.verify(input),
    leadErasePerson: ({ identifier, confirmation }) => lead.erasePerson(identifier, confirmation),
    leadRetentionReview: () => lead.retentionCandidates(),
    leadRetentionPurge: ({ recordIds }) => lead.purgeRetention(recordIds),
    leadInspectBackup: async () => {
      const path = await env.dialogs.chooseOpenPath({
        filters: [fileFilter('backup', services.settings.get().locale)],
      });
      return path ? lead.imports.inspect(path) : null;
    },
    leadImportBackup: ({ ticket, adoptSettings }) => lead.imports.merge(ticket, adoptSettings),
  };
}
