import type { AppServices } from '../../services/app-services';
import { fileFilter } from '../../services/platform/file-types';
import { translatorFor } from '../../services/i18n/main-translator';
import type { Handlers } from '../router';

type PolicyOps =
  | 'leadPolicyOverview'
  | 'leadPolicySaveDraft'
  | 'leadPolicyPublish'
  | 'leadPolicyPreview'
  | 'leadPolicyVersionText'
  | 'leadPolicyExportPack'
  | 'leadPolicyImportPack';

/** The lead's Policy tab; the router has already checked the lead session for each call. */
export function policyHandlers(services: AppServices): Pick<Handlers, PolicyOps> {
  const { policy, env, settings } = services;
  const filters = () => [fileFilter('contentPack', settings.get().locale)];
  return {
    leadPolicyOverview: () => policy.overview(),
    leadPolicySaveDraft: ({ draft }) => policy.saveDraft(draft),
    leadPolicyPublish: ({ changeNote }) => policy.publish(changeNote),
    leadPolicyPreview: ({ role, locale }) => policy.preview(role, locale),
    leadPolicyVersionText: ({ version, locale }) => policy.versionText(version, locale),
    leadPolicyExportPack: async () => {
      const target = await env.dialogs.chooseSavePath({
        defaultName: translatorFor(settings.get().locale)('lead:fileNames.contentPack'),
        filters: filters(),
      });
      return target ? policy.exportPack(target) : null;
    },
    leadPolicyImportPack: async () => {
      const source = await env.dialogs.chooseOpenPath({ filters: filters() });
      return source ? policy.importPack(source) : null;
    },
  };
}
