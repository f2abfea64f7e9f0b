import { backupFileName } from '../../services/backup/backup-format';
import type { AppServices } from '../../services/app-services';
import type { Locale } from '../../../common/content/content-schema';
import {
  exportBackup,
  exportCertificateFolder,
  exportCombinedCertificates,
  exportCsv,
  exportXapiFile,
  exportXapiSend,
} from '../../services/lead/lead-exports';
import { exportFileNames } from '../../services/lead/lead-labels';
import { fileFilter } from '../../services/platform/file-types';
import type { FileFilter } from '../../services/platform/native-dialogs';
import type { ParsedInputOf } from '../../../common/ipc/contract';
import type { Handlers } from '../router';

type StartInput = ParsedInputOf<'leadStartExport'>;

/** Where an export goes: a native save dialog (or a folder picker). Null when cancelled. */
function chooseTarget(services: AppServices, kind: StartInput['kind'], locale: Locale) {
  const { dialogs, now } = services.env;
  const names = exportFileNames(locale);
  const save = (defaultName: string, filter: FileFilter) =>
    dialogs.chooseSavePath({ defaultName, filters: [filter] });
  switch (kind) {
    case 'csv':
      return save(names.csv, fileFilter('csv', locale));
    case 'certificates-folder':
      return dialogs.chooseDirectory();
    case 'certificates-combined':
      return save(names.combined, fileFilter('pdf', locale));
    case 'backup':
      return save(backupFileName(now()), fileFilter('backup', locale));
    case 'xapi-file':
      return save(names.statements, fileFilter('json', locale));
    case 'xapi-send':
      return Promise.resolve('');
  }
}

export function leadExportHandlers(
  services: AppServices,
): Pick<Handlers, 'leadStartExport' | 'leadExportStatus' | 'leadCancelExport'> {
  const { lead, env, settings, certificates } = services;
  const start = async (input: StartInput) => {
    const target = await chooseTarget(services, input.kind, input.locale);
    if (target === null) return null;
    const records = await lead.records.matching(input.filter ?? {});
    const { passMarkPercent } = settings.get();
    const statementOptions = (homePage: string) => ({
      homePage,
      activityBase: `${homePage.replace(/\/+$/, '')}/esafety-induction`,
      passMarkPercent,
    });
    return lead.jobs.start(input.kind, (context) => {
      switch (input.kind) {
        case 'csv':
          return Promise.all([
            services.ledger(),
            services.content.rawPack(input.locale),
            services.agreementVersions.revisionsOf(),
          ]).then(([ledger, pack, revisionsOf]) =>
            exportCsv(records, target, input.locale, ledger.checkpoint(), context, {
              currentVersion: pack.aup.version,
              revisionsOf,
            }),
          );
        case 'certificates-folder':
          return exportCertificateFolder(records, target, certificates, context);
        case 'certificates-combined':
          return exportCombinedCertificates(records, target, input.locale, certificates, context);
        case 'backup':
          return services
            .deviceKey()
            .then(({ key }) =>
              exportBackup(env.dataDir, settings.get(), target, env.now(), key, context),
            );
        case 'xapi-file':
          return exportXapiFile(records, target, statementOptions(input.homePage), context);
        case 'xapi-send':
          return exportXapiSend(records, input, statementOptions(input.homePage), context);
      }
    });
  };
  return {
    leadStartExport: start,
    leadExportStatus: ({ jobId }) => lead.jobs.status(jobId),
    leadCancelExport: ({ jobId }) => lead.jobs.cancel(jobId),
  };
}
