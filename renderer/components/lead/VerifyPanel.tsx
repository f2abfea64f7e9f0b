import { AlertTriangle, SearchCheck, ShieldCheck, ShieldX } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../i18n/use-dates';
import type { VerifiedCertificate } from '../../../common/certificates/certificate-verification';
import { api } from '../../app/api';
import { ErrorNotice } from '../ErrorNotice';
import { useLeadCall } from './use-lead-call';
import { ReasonedButton } from '../ReasonedButton';

/** How each outcome looks: genuine, needs a second look, or not to be trusted. */
const TONE: Record<VerifiedCertificate['outcome'], 'valid' | 'warning' | 'error'> = {
  valid: 'valid',
  expired: 'warning',
  erased: 'warning',
  'retention-ended': 'warning',
  'not-found': 'error',
  mismatch: 'error',
  damaged: 'error',
  'ledger-changed': 'error',
  unreadable: 'error',
};
const ICONS = { valid: ShieldCheck, warning: AlertTriangle, error: ShieldX };

export function VerifyPanel() {
  const { t } = useTranslation('lead');
  const dates = useDates('long');
  const id = useId();
  const call = useLeadCall();
  const [input, setInput] = useState('');
  const [result, setResult] = useState<VerifiedCertificate | null>(null);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setResult(null);
    try {
      setResult(await call(api().leadVerifyCertificate({ input })));
    } catch (failure) {
      setError(failure);
    }
  };

  const record = result?.record;
  const expires = record ? dates.day(record.expiresOn) : '';
  const tone = result ? TONE[result.outcome] : 'valid';
  const OutcomeIcon = ICONS[tone];
  return (
    <section className="card" aria-labelledby="lead-verify">
      <h2 id="lead-verify">{t('verify.heading')}</h2>
      <p>{t('verify.intro')}</p>
      <form className="lead-verify__form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor={id}>{t('verify.input')}</label>
          <input
            id={id}
            value={input}
            autoComplete="off"
            spellCheck={false}
            className="lead-code-input"
            onChange={(e) => setInput(e.target.value)}
          />
        </div>
        <ReasonedButton
          type="submit"
          className="button"
          disabledReason={input.trim() === '' ? t('common:disabled.verifyCode') : null}
        >
          <SearchCheck aria-hidden="true" size={18} />
          {t('verify.submit')}
        </ReasonedButton>
      </form>
      <ErrorNotice error={error} />
      <div role="status" aria-live="polite">
        {result && (
          <div className={`notice lead-verify lead-verify--${tone}`}>
            <p className="lead-verify__outcome">
              <OutcomeIcon aria-hidden="true" size={20} />
              {t(`verify.outcomes.${result.outcome}`, { date: expires })}
            </p>
            {record && (
              <dl className="lead-facts">
                <dt>{t('verify.name')}</dt>
                <dd>{record.fullName}</dd>
                <dt>{t('verify.role')}</dt>
                <dd>{t(`roles.${record.role}`)}</dd>
                <dt>{t('verify.type')}</dt>
                <dd>{t(`recordTypes.${record.recordType}`)}</dd>
                <dt>{t('verify.completed')}</dt>
                <dd>{dates.instant(record.completedAt)}</dd>
                <dt>{t('verify.expires')}</dt>
                <dd>{expires}</dd>
                <dt>{t('verify.organisation')}</dt>
                <dd>{record.organisationName}</dd>
                <dt>{t('verify.aupVersion')}</dt>
                <dd>{record.aupVersion}</dd>
              </dl>
            )}
            {record?.signedClauses && (
              <details>
                <summary>{t('verify.signedText')}</summary>
                <ol>
                  {record.signedClauses.map((clause) => (
                    <li key={clause.id}>{clause.text}</li>
                  ))}
                </ol>
              </details>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
