import type { AppServices } from '../../services/app-services';
import type { Handlers } from '../router';

export function appHandlers(
  services: AppServices,
): Pick<Handlers, 'getAppInfo' | 'getSettings' | 'setLocale' | 'getContent'> {
  const { env, settings } = services;
  return {
    getAppInfo: () => ({
      name: env.appName,
      version: env.appVersion,
      settingsRecoveredFrom: settings.recoveredFrom,
    }),
    getSettings: () => settings.get(),
    setLocale: ({ locale }) => {
      const updated = settings.update({ locale });
      env.onLocaleChanged?.(locale);
      return updated;
    },
    getContent: ({ locale }) => services.content.pack(locale),
  };
}
