import { useTranslation } from 'react-i18next';
import { useAppState } from '../app/app-state';
import { useNavigation } from '../app/navigation';

export function AboutScreen() {
  const { t } = useTranslation('common');
  const { info } = useAppState();
  const { go } = useNavigation();
  return (
    <section className="card" aria-labelledby="about-title">
      <h1 id="about-title">{t('about.title')}</h1>
      <p>{t('about.body')}</p>
      <p>{t('about.version', { version: info.version })}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => go({ name: 'welcome' })}>
          {t('actions.backToStart')}
        </button>
      </div>
    </section>
  );
}
