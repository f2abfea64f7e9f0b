import type { AppServices } from '../../services/app-services';
import { translatorFor } from '../../services/i18n/main-translator';
import { fileFilter } from '../../services/platform/file-types';
import type { ParsedInputOf } from '../../../common/ipc/contract';
import type { Handlers } from '../router';

/** The evidence pack and the trustee's report (as export jobs), and verifying a kept pack. */
export function evidenceHandlers(
  services: AppServices,
): Pick<
  Handlers,
  'leadStartEvidence' | 'leadVerifyEvidencePack' | 'leadReminders' | 'leadStartReminderExport'
> {
  const { lead, env, evidence, reminders } = services;
  const start = async (input: ParsedInputOf<'leadStartEvidence'>) => {
    const t = translatorFor(input.locale);
    const pack = input.kind === 'evidence-pack';
    const target = await env.dialogs.chooseSavePath({
      defaultName: t(pack ? 'evidence:fileNames.pack' : 'evidence:fileNames.report'),
      filters: [fileFilter(pack ? 'zip' : 'pdf', input.locale)],
    });
    if (target === null) return null;
    const scope = { from: input.from, to: input.to, roles: input.roles };
    return lead.jobs.start(input.kind, (context) =>
      pack
        ? evidence.writePack(scope, input.locale, target, context)
        : evidence.writeReport(scope, input.locale, target, context),
    );
  };
  return {
    leadStartEvidence: start,
    leadVerifyEvidencePack: async ({ locale }) => {
      const path = await env.dialogs.chooseOpenPath({ filters: [fileFilter('zip', locale)] });
      return path === null ? null : evidence.verify(path);
    },
    leadReminders: () => reminders.view(),
    leadStartReminderExport: async ({ format, locale }) => {
      const t = translatorFor(locale);
      const target = await env.dialogs.chooseSavePath({
        defaultName: t(`evidence:fileNames.reminders-${format}`),
        filters: [fileFilter(format, locale)],
      });
      if (target === null) return null;
      return lead.jobs.start(`reminders-${format}`, (context) =>
        format === 'csv'
          ? reminders.writeCsv(locale, target, context)
          : reminders.writePdf(locale, target, context),
      );
    },
  };
}
