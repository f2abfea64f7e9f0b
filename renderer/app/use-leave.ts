import { useCallback } from 'react';
import { api } from './api';
import { useAppState } from './app-state';
import { useNavigation, type LeaveReason, type Screen } from './navigation';

/** The open training session a learner's screen belongs to, if any. */
export function sessionOf(screen: Screen): string | undefined {
  return screen.name === 'learn' || screen.name === 'sign' ? screen.sessionId : undefined;
}

/**
 * Leaves a learner's screen for the welcome screen on a shared device: main closes the session
 * (every step is already saved), so it answers nobody until the learner's PIN is given again,
 * and the next person starts in the organisation's default language.
 */
export function useLeave(): (reason: LeaveReason) => Promise<void> {
  const { screen, go } = useNavigation();
  const { settings, setLocale } = useAppState();
  return useCallback(
    async (reason: LeaveReason) => {
      const sessionId = sessionOf(screen);
      // Leaving must never strand someone's training on screen, so a failure here is not shown:
      // the session is closed in main anyway when the app next starts.
      if (sessionId) await api().learningLeave({ sessionId });
      if (settings.locale !== settings.defaultLocale) {
        await setLocale(settings.defaultLocale).catch(() => undefined);
      }
      go({ name: 'welcome', left: sessionId ? reason : 'cleared' });
    },
    [screen, go, settings.locale, settings.defaultLocale, setLocale],
  );
}
