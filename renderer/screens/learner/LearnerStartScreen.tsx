import { GraduationCap } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../../app/app-state';
import { useNavigation } from '../../app/navigation';
import { useFocusHeading } from '../../components/learning/use-focus-heading';
import '../../styles/learning.css';
import { ResumeForm } from './ResumeForm';
import { StartForm } from './StartForm';

/** Where a learner starts new training or resumes their own; nobody else's name is ever shown. */
export function LearnerStartScreen() {
  const { t } = useTranslation('learner');
  const { settings } = useAppState();
  const { go } = useNavigation();
  const heading = useFocusHeading('learner-start');
  return (
    <>
      <section className="hero card" aria-labelledby="learner-start-title">
        <GraduationCap className="hero__icon" aria-hidden="true" size={64} />
        <div>
          <h1 id="learner-start-title" ref={heading} tabIndex={-1}>
            {t('title')}
          </h1>
          <p className="lede">{t('lede')}</p>
        </div>
      </section>
      {settings.setupComplete ? (
        <div className="start-columns">
          <StartForm />
          <ResumeForm />
        </div>
      ) : (
        <div className="notice notice--warning" role="alert">
          {t('notSetUp')}
        </div>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => go({ name: 'welcome' })}
        >
          {t('back')}
        </button>
      </div>
    </>
  );
}
