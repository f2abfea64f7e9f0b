import type { AppServices } from '../../services/app-services';
import type { Handlers } from '../router';

export function appHandlers(
  services: AppServices,
): Pick<Handlers, 'getStartup' | 'getSettings' | 'setLocale' | 'getContent'> {
  const { env, settings } = services;
  return {
    getStartup: async () => ({
      info: {
        name: env.appName,
        version: env.appVersion,
        settingsRecoveredFrom: settings.recoveredFrom,
        // Asked only of a device that says it is not set up: the passphrase files are read then.
        settingsLost: !settings.get().setupComplete && (await services.leadAuth.status()).isSetUp,
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
