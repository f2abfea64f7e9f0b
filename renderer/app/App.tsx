import { useEffect, useMemo, useState } from 'react';
import type { Startup } from '../../common/ipc/operations/app-operations';
import { AppLayout } from '../components/AppLayout';
import { AppStateProvider } from './app-state';
import { IdleGuard } from './IdleGuard';
import { NavigationContext, type Screen } from './navigation';
import { ScreenSwitch } from './ScreenSwitch';

export function App({ startup }: { startup: Startup }) {
  const [screen, setScreen] = useState<Screen>({ name: 'welcome' });
  const navigation = useMemo(() => ({ screen, go: setScreen }), [screen]);

  // The app menu (Electron only) opens the lead area, exports and About from anywhere.
  useEffect(
    () =>
      window.esafety.onMenuCommand?.((command) => {
        if (command === 'open-about') setScreen({ name: 'about' });
        else if (command === 'open-exports') setScreen({ name: 'lead-login', tab: 'exports' });
        else setScreen({ name: 'lead-login' });
      }),
    [],
  );

  return (
    <AppStateProvider startup={startup}>
      <NavigationContext.Provider value={navigation}>
        <AppLayout>
          <IdleGuard />
          <ScreenSwitch screen={screen} />
        </AppLayout>
      </NavigationContext.Provider>
    </AppStateProvider>
  );
}
