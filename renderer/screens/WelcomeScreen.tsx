import ShieldCheck from 'lucide-react/icons/shield-check';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../app/app-state';
import { useNavigation } from '../app/navigation';
import { useFocusOnShow } from '../components/use-focus-on-show';

const TOPICS = [
  'accounts',
  'privacy',
  'devices',
  'images',
  'email',
  'gaming',
  'sessions',
  'concerns',
] as const;

export function WelcomeScreen() {
  const { t } = useTranslation('welcome');
  const { settings } = useAppState();
  const { go } = useNavigation();
  const heading = useFocusOnShow();

  return (
    <>
      <section className="hero card" aria-labelledby="welcome-title">
        <ShieldCheck className="hero__icon" aria-hidden="true" size={72} />
        <div>
          <h1 id="welcome-title" ref={heading} tabIndex={-1}>
            {t('title')}
          </h1>
          <p className="lede">{t('lede')}</p>
        </div>
      </section>

      <section className="card" aria-labelledby="welcome-topics">
        <h2 id="welcome-topics">{t('topicsHeading')}</h2>
        <ul className="topic-grid">
          {TOPICS.map((topic) => (
            <li key={topic}>{t(`topics.${topic}`)}</li>
          ))}
        </ul>
        {settings.setupComplete ? (
          <div className="button-row">
            <button type="button" className="button" onClick={() => go({ name: 'learner-start' })}>
              {t('start')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => go({ name: 'lead-login' })}
            >
              {t('leadArea')}
            </button>
          </div>
        ) : (
          <>
            <div className="notice notice--info">{t('notSetUp')}</div>
            <div className="button-row">
              <button type="button" className="button" onClick={() => go({ name: 'setup' })}>
                {t('setUpDevice')}
              </button>
            </div>
          </>
        )}
      </section>
    </>
  );
}
