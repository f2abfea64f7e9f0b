import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation';
import { useFocusHeading } from '../../components/learning/use-focus-heading';

/** Stand-in until the signing screen lands: the learner has finished every required module. */
export function SignPlaceholderScreen({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('learner');
  const { go } = useNavigation();
  const heading = useFocusHeading(sessionId);
  return (
    <section className="card" aria-labelledby="sign-title">
      <h1 id="sign-title" ref={heading} tabIndex={-1}>
        {t('sign.title')}
      </h1>
      <p>{t('sign.body')}</p>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => go({ name: 'welcome' })}>
          {t('back')}
        </button>
      </div>
    </section>
  );
}
