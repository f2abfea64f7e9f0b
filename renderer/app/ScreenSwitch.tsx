import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LearnerStartScreen } from '../screens/learner/LearnerStartScreen';
import { LearnScreen } from '../screens/learner/LearnScreen';
import { WelcomeScreen } from '../screens/WelcomeScreen';
import { LeftNotice } from './LeftNotice';
import type { Screen } from './navigation';

// The learner's path is in the first bundle; About, setup, signing and the lead area (with the schema
// library their forms use) load when first opened, so the welcome screen is interactive sooner.
const AboutScreen = lazy(() =>
  import('../screens/AboutScreen').then((m) => ({ default: m.AboutScreen })),
);
const SetupScreen = lazy(() =>
  import('../screens/setup/SetupScreen').then((m) => ({ default: m.SetupScreen })),
);
const SignScreen = lazy(() =>
  import('../screens/signing/SignScreen').then((m) => ({ default: m.SignScreen })),
);
const CertificateScreen = lazy(() =>
  import('../screens/signing/CertificateScreen').then((m) => ({ default: m.CertificateScreen })),
);
const LeadLoginScreen = lazy(() =>
  import('../screens/lead/LeadLoginScreen').then((m) => ({ default: m.LeadLoginScreen })),
);
const LeadRecoveryScreen = lazy(() =>
  import('../screens/lead/LeadRecoveryScreen').then((m) => ({ default: m.LeadRecoveryScreen })),
);
const LeadAreaScreen = lazy(() =>
  import('../screens/lead/LeadAreaScreen').then((m) => ({ default: m.LeadAreaScreen })),
);

/** Renders the current screen. Each feature adds its screens here and to `Screen`. */
export function ScreenSwitch({ screen }: { screen: Screen }) {
  const { t } = useTranslation('common');
  return (
    <Suspense fallback={<p role="status">{t('loading')}</p>}>
      <CurrentScreen screen={screen} />
    </Suspense>
  );
}

function CurrentScreen({ screen }: { screen: Screen }) {
  switch (screen.name) {
    case 'welcome':
      return (
        <>
          {screen.left && <LeftNotice reason={screen.left} />}
          <WelcomeScreen />
        </>
      );
    case 'about':
      return <AboutScreen />;
    case 'setup':
      return <SetupScreen />;
    case 'learner-start':
      return <LearnerStartScreen />;
    case 'learn':
      return <LearnScreen key={screen.sessionId} sessionId={screen.sessionId} />;
    case 'sign':
      return <SignScreen key={screen.sessionId} sessionId={screen.sessionId} />;
    case 'certificate':
      return <CertificateScreen key={screen.recordId} recordId={screen.recordId} />;
    case 'lead-login':
      return <LeadLoginScreen tab={screen.tab} locked={screen.locked} />;
    case 'lead-recovery':
      return <LeadRecoveryScreen />;
    case 'lead-area':
      return <LeadAreaScreen tab={screen.tab} person={screen.person} />;
  }
}
