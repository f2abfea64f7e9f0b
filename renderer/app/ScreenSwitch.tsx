import { AboutScreen } from '../screens/AboutScreen';
import { WelcomeScreen } from '../screens/WelcomeScreen';
import type { Screen } from './navigation';

/** Renders the current screen. Each feature adds its screens here and to `Screen`. */
export function ScreenSwitch({ screen }: { screen: Screen }) {
  switch (screen.name) {
    case 'welcome':
      return <WelcomeScreen />;
    case 'about':
      return <AboutScreen />;
    case 'setup':
    case 'learner-start':
    case 'lead-login':
      return <WelcomeScreen />;
  }
}
