import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation';
import { useFocusOnShow } from '../use-focus-on-show';

/** A session that has been signed is finished; starting again makes a new one. */
export function SignedView() {
  const { t } = useTranslation('quiz');
  const { go } = useNavigation();
  const heading = useFocusOnShow('signed');
  return (
    <section className="card" aria-labelledby="signed-title">
      <h1 id="signed-title" ref={heading} tabIndex={-1}>
        {t('signed.title')}
      </h1>
      <p>{t('signed.body')}</p>
      <button type="button" className="button" onClick={() => go({ name: 'welcome' })}>
        {t('signed.back')}
      </button>
    </section>
  );
}
