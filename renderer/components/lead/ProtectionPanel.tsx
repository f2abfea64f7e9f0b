import { useTranslation } from 'react-i18next';
import { EraseForm } from './EraseForm';
import { RetentionReview } from './RetentionReview';

export function ProtectionPanel() {
  const { t } = useTranslation('lead');
  return (
    <>
      <section className="card lead-danger-zone" aria-labelledby="lead-erase">
        <h2 id="lead-erase">{t('protection.eraseHeading')}</h2>
        <p>{t('person.eraseIntro')}</p>
        <EraseForm />
      </section>
      <RetentionReview />
    </>
  );
}
