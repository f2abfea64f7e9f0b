import { AboutScreen } from '../screens/AboutScreen';
import { LeadAreaScreen } from '../screens/lead/LeadAreaScreen';
import { LeadLoginScreen } from '../screens/lead/LeadLoginScreen';
import { LeadRecoveryScreen } from '../screens/lead/LeadRecoveryScreen';
import { LearnerStartScreen } from '../screens/learner/LearnerStartScreen';
import { LearnScreen } from '../screens/learner/LearnScreen';
import { SetupScreen } from '../screens/setup/SetupScreen';
import { CertificateScreen } from '../screens/signing/CertificateScreen';
import { SignScreen } from '../screens/signing/SignScreen';
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
