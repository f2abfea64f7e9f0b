import { CircleAlert } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../app/api';
import { useNavigation } from '../../app/navigation';
import { ErrorNotice } from '../../components/ErrorNotice';

/** Carry on where you left off, found only by your own email or staff ID. */
export function ResumeForm() {
  const { t } = useTranslation('learner');
  const { go } = useNavigation();
  const id = useId();
  const [identifier, setIdentifier] = useState('');
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setMissing(identifier.trim() === '');
    if (identifier.trim() === '') return;
    try {
      const view = await unwrap(api().learningResume({ identifier }));
      go({ name: 'learn', sessionId: view.progress.sessionId });
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <form
      className="card"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <h2 id={`${id}-title`}>{t('resume.heading')}</h2>
      <p>{t('resume.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-identifier`}>{t('resume.identifier')}</label>
        {missing && (
          <span id={`${id}-error`} className="field__error">
            <CircleAlert aria-hidden="true" size={18} />
            {t('start.errors.identifier')}
          </span>
        )}
        <input
          id={`${id}-identifier`}
          value={identifier}
          autoComplete="off"
          aria-invalid={missing || undefined}
          aria-describedby={missing ? `${id}-error` : undefined}
          onChange={(e) => setIdentifier(e.target.value)}
        />
      </div>
      <ErrorNotice error={failure} />
      <div className="button-row">
        <button type="submit" className="button">
          {t('resume.submit')}
        </button>
      </div>
    </form>
  );
}
