import type { AppServices } from '../../services/app-services';
import { writeFileAtomic } from '../../services/fs/atomic-write';
import { fileFilter } from '../../services/platform/file-types';
import type { Handlers } from '../router';
import { guarded } from './lead-guard';

type LeadDataOps =
  | 'leadDashboard'
  | 'leadRecords'
  | 'leadPerson'
  | 'leadSaveCertificate'
  | 'leadVerifyCertificate'
  | 'leadErasePerson'
  | 'leadRetentionReview'
  | 'leadRetentionPurge'
  | 'leadImportBackup';

export function leadDataHandlers(services: AppServices): Pick<Handlers, LeadDataOps> {
  const { lead, env } = services;
  const g = <A extends unknown[], R>(handler: (...args: A) => R) => guarded(services, handler);
  return {
    leadDashboard: g(({ locale }) => lead.dashboard(locale)),
    leadRecords: g(({ filter, sort, offset, limit }) =>
      lead.records.query(filter, sort, { offset, limit }),
    ),
    leadPerson: g(({ identifier }) => lead.person(identifier)),
    leadSaveCertificate: g(async ({ recordId }) => {
      const { fileName, pdf } = await lead.certificateFor(recordId);
      const path = await env.dialogs.chooseSavePath({
        defaultName: fileName,
        filters: [fileFilter('pdf', services.settings.get().locale)],
      });
      if (!path) return null;
      await writeFileAtomic(path, pdf);
      return { path };
    }),
    leadVerifyCertificate: g(({ input }) => lead.verify(input)),
    leadErasePerson: g(({ identifier, confirmation }) =>
      lead.erasePerson(identifier, confirmation),
    ),
    leadRetentionReview: g(() => lead.retentionCandidates()),
    leadRetentionPurge: g(({ recordIds }) => lead.purgeRetention(recordIds)),
    leadImportBackup: g(async ({ adoptSettings }) => {
      const path = await env.dialogs.chooseOpenPath({
        filters: [fileFilter('backup', services.settings.get().locale)],
      });
      return path ? lead.importBackup(path, adoptSettings) : null;
    }),
  };
}
