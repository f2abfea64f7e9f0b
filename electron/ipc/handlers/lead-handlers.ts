import type { AppServices } from '../../services/app-services';
import type { LeadAccessStatus } from '../../../common/ipc/operations/lead-operations';
import type { Handlers } from '../router';

type LeadAccessOps =
  | 'leadStatus'
  | 'leadUnlock'
  | 'leadLock'
  | 'leadResetPassphrase'
  | 'leadChangePassphrase'
  | 'leadUpdateSettings';

export function leadHandlers(services: AppServices): Pick<Handlers, LeadAccessOps> {
  const { leadAuth, leadSession, settings, env } = services;
  const status = async (): Promise<LeadAccessStatus> => ({
    ...(await leadAuth.status()),
    unlocked: leadSession.isUnlocked(env.now()),
  });
  const open = () => {
    leadSession.setTimeoutMinutes(settings.get().leadAutoLockMinutes);
    leadSession.open(env.now());
  };
  return {
    leadStatus: status,
    leadUnlock: async ({ passphrase }) => {
      await leadAuth.unlock(passphrase);
      open();
      return status();
    },
    leadLock: () => {
      leadSession.lock();
      return null;
    },
    // Whoever holds the recovery code is the lead, so a reset also opens the area.
    leadResetPassphrase: async ({ recoveryCode, newPassphrase }) => {
      const next = await leadAuth.resetWithRecoveryCode(recoveryCode, newPassphrase);
      open();
      return { recoveryCode: next };
    },
    leadChangePassphrase: async ({ oldPassphrase, newPassphrase }) => {
      await leadAuth.changePassphrase(oldPassphrase, newPassphrase);
      return null;
    },
    leadUpdateSettings: (patch) => {
      const before = settings.get();
      // A new default language takes effect at once, not only after the next learner finishes.
      const locale =
        patch.defaultLocale !== before.defaultLocale ? { locale: patch.defaultLocale } : {};
      const updated = settings.update({ ...patch, ...locale });
      if (locale.locale) env.onLocaleChanged?.(locale.locale);
      leadSession.setTimeoutMinutes(updated.leadAutoLockMinutes);
      return updated;
    },
  };
}
