import type { AppServices } from '../../services/app-services';
import type { Handlers } from '../router';

export function appHandlers(
  services: AppServices,
): Pick<Handlers, 'getStartup' | 'getSettings' | 'setLocale' | 'getContent'> {
  const { env, settings } = services;
  return {
    getStartup: () => ({
      info: {
        name: env.appName,
        version: env.appVersion,
        settingsRecoveredFrom: settings.recoveredFrom,
      },
      settings: settings.get(),
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
