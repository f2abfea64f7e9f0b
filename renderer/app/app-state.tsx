import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import type { Locale } from '../../common/i18n/locales';
import type { AppInfo, Startup } from '../../common/ipc/operations/app-operations';
import type { Settings } from '../../common/settings/settings-schema';
import { changeLanguage } from '../i18n/i18n';
import { api, unwrap } from './api';

export interface AppState {
  info: AppInfo;
  settings: Settings;
  setLocale: (locale: Locale) => Promise<void>;
  reloadSettings: () => Promise<void>;
}

const AppStateContext = createContext<AppState | null>(null);

export function useAppState(): AppState {
  const state = useContext(AppStateContext);
  if (!state) throw new Error('useAppState outside AppStateProvider');
  return state;
}

/**
 * Holds what every screen needs, from the one start-up call made before the first render, and
 * keeps the UI language in step with settings.
 */
export function AppStateProvider({ startup, children }: { startup: Startup; children: ReactNode }) {
  const [settings, setSettings] = useState<Settings>(startup.settings);

  const applySettings = useCallback(async (next: Settings) => {
    await changeLanguage(next.locale);
    setSettings(next);
  }, []);

  const reloadSettings = useCallback(async () => {
    await applySettings(await unwrap(api().getSettings()));
  }, [applySettings]);

  const setLocale = useCallback(
    async (locale: Locale) => applySettings(await unwrap(api().setLocale({ locale }))),
    [applySettings],
  );

  return (
    <AppStateContext.Provider value={{ info: startup.info, settings, setLocale, reloadSettings }}>
      {children}
    </AppStateContext.Provider>
  );
}
