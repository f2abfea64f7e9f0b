import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { WelcomeScreen } from '../screens/WelcomeScreen';
import { LeftNotice } from './LeftNotice';
import type { Screen } from './navigation';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';

// Only the welcome screen is in the first bundle, so it is interactive sooner. The learner's
// path loads as soon as the welcome screen is up (`preloadLearnerPath`), before anyone can press
// Start; About, setup, signing and the lead area (with the schema library their forms use) load
// when first opened.
const loadLearnerStart = () => import('../screens/learner/LearnerStartScreen');
const loadLearn = () => import('../screens/learner/LearnScreen');
const LearnerStartScreen = lazy(() =>
  loadLearnerStart().then((m) => ({ default: m.LearnerStartScreen })),
);
const LearnScreen = lazy(() => loadLearn().then((m) => ({ default: m.LearnScreen })));
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

/** Fetches the learner's screens ahead of need; the module loader keeps them for `lazy`. */
export function preloadLearnerPath(): void {
  for (const load of [loadLearnerStart, loadLearn]) load().catch(() => undefined);
}

/** Renders the current screen. Each feature adds its screens here and to `Screen`. */
export function ScreenSwitch({ screen }: { screen: Screen }) {
  const { t } = useTranslation('common');
  return (
    <ScreenErrorBoundary key={screen.name}>
      <Suspense fallback={<p role="status">{t('loading')}</p>}>
        <CurrentScreen screen={screen} />
      </Suspense>
    </ScreenErrorBoundary>
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
