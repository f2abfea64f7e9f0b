import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { AppInfo } from '../../common/ipc/operations/app-operations';
import type { Locale } from '../../common/content/content-schema';
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

/** Loads what every screen needs once, and keeps the UI language in step with settings. */
export function AppStateProvider({
  children,
  loading,
}: {
  children: ReactNode;
  loading: ReactNode;
}) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);

  const applySettings = useCallback(async (next: Settings) => {
    await changeLanguage(next.locale);
    setSettings(next);
  }, []);

  const reloadSettings = useCallback(async () => {
    await applySettings(await unwrap(api().getSettings()));
  }, [applySettings]);

  useEffect(() => {
    void (async () => {
      setInfo(await unwrap(api().getAppInfo()));
      await reloadSettings();
    })();
  }, [reloadSettings]);

  const setLocale = useCallback(
    async (locale: Locale) => applySettings(await unwrap(api().setLocale({ locale }))),
    [applySettings],
  );

  if (!info || !settings) return <>{loading}</>;
  return (
    <AppStateContext.Provider value={{ info, settings, setLocale, reloadSettings }}>
      {children}
    </AppStateContext.Provider>
  );
}
