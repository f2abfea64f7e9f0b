import { GraduationCap } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../../app/app-state';
import { useNavigation } from '../../app/navigation';
import { useFocusOnShow } from '../../components/use-focus-on-show';
import '../../styles/learning.css';
import { ResumeForm } from './ResumeForm';
import { StartForm } from './StartForm';

/**
 * Where a learner starts new training or resumes their own with their PIN; nobody's name or
 * training is shown here.
 */
export function LearnerStartScreen() {
  const { t } = useTranslation('learner');
  const { settings } = useAppState();
  const { go } = useNavigation();
  const heading = useFocusOnShow('learner-start');
  // "Carry on with my training" on the start form: the resume form afresh, with that email.
  const [resumeAs, setResumeAs] = useState<{ identifier: string; n: number } | null>(null);
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
          <StartForm
            onResumeInstead={(identifier) =>
              setResumeAs((last) => ({ identifier, n: (last?.n ?? 0) + 1 }))
            }
          />
          <ResumeForm key={resumeAs?.n ?? 0} prefill={resumeAs?.identifier} />
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
