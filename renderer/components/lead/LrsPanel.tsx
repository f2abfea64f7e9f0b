import { AlertTriangle, Save, Send, Unplug } from 'lucide-react';
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LrsSettingsView } from '../../../common/lrs-sync/lrs-settings';
import type { LrsSyncStatus } from '../../../common/lrs-sync/lrs-sync-status';
import { checkLrsEndpoint } from '../../../common/xapi/lrs-endpoint';
import { api } from '../../app/api';
import { useDates } from '../../i18n/use-dates';
import { ErrorNotice } from '../ErrorNotice';
import { ReasonedButton } from '../ReasonedButton';
import { LrsCompletions } from './LrsCompletions';
import { useLeadCall } from './use-lead-call';

type Fields = {
  endpoint: string;
  key: string;
  secret: string;
  activityBase: string;
  homePage: string;
};
const EMPTY: Fields = { endpoint: '', key: '', secret: '', activityBase: '', homePage: '' };

/** The form's fields in order, with the hint each shows (the secret's depends on what is saved). */
const FIELD_LIST = [
  { name: 'endpoint', type: 'url', hint: 'settings.endpointHint' },
  { name: 'key', type: 'text', hint: null },
  { name: 'secret', type: 'password', hint: null },
  { name: 'activityBase', type: 'url', hint: 'settings.activityBaseHint' },
  { name: 'homePage', type: 'url', hint: 'settings.homePageHint' },
] as const;

function isWebAddress(value: string): boolean {
  try {
    return ['https:', 'http:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * The lead's LRS tab: where this device sends its statements, how sending is going, and the
 * completions other devices sent. The secret goes to main and never comes back to the screen.
 */
export function LrsPanel() {
  const { t } = useTranslation(['lrs', 'errors']);
  const call = useLeadCall();
  const [settings, setSettings] = useState<LrsSettingsView | null>(null);
  const [status, setStatus] = useState<LrsSyncStatus | null>(null);
  const [error, setError] = useState<unknown>(null);

  const refresh = useCallback(
    () =>
      Promise.all([call(api().leadLrsSettings()), call(api().leadLrsStatus())]).then(
        ([view, now]) => {
          setSettings(view);
          setStatus(now);
        },
        setError,
      ),
    [call],
  );
  useEffect(() => {
    refresh().catch(() => undefined);
  }, [refresh]);

  return (
    <>
      <section className="card" aria-labelledby="lead-lrs">
        <h2 id="lead-lrs">{t('heading')}</h2>
        <p>{t('intro')}</p>
        <ErrorNotice error={error} />
        {settings && <ConnectionForm view={settings} onSaved={refresh} />}
      </section>
      {status && <SendingStatus status={status} onChange={setStatus} />}
      {settings?.configured && <LrsCompletions />}
    </>
  );
}

function ConnectionForm({
  view,
  onSaved,
}: {
  view: LrsSettingsView;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation('lrs');
  const call = useLeadCall();
  const id = useId();
  const [fields, setFields] = useState<Fields>({
    endpoint: view.endpoint,
    key: view.key,
    secret: '',
    activityBase: view.activityBase,
    homePage: view.homePage,
  });
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState('');
  const problems = {
    endpoint: !checkLrsEndpoint(fields.endpoint).ok,
    key: fields.key.trim() === '',
    secret: fields.secret === '' && !view.secretSaved,
    activityBase: !isWebAddress(fields.activityBase),
    homePage: !isWebAddress(fields.homePage),
  };
  const invalid = Object.values(problems).some(Boolean);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    setError(null);
    setMessage('');
    if (invalid) {
      setMessage(t('settings.invalid'));
      return;
    }
    try {
      const { secret, ...rest } = fields;
      await call(api().leadSaveLrsSettings(secret === '' ? rest : { ...rest, secret }));
      setFields((current) => ({ ...current, secret: '' }));
      setMessage(t('settings.saved'));
      await onSaved();
    } catch (failure) {
      setError(failure);
    }
  };

  const remove = async () => {
    setError(null);
    try {
      await call(api().leadClearLrsSettings());
      setFields(EMPTY);
      setTouched(false);
      setMessage(t('settings.removed'));
      await onSaved();
    } catch (failure) {
      setError(failure);
    }
  };

  const secretHint = view.secretSaved ? t('settings.secretHintSaved') : t('settings.secretHintNew');
  const field = (name: keyof Fields, type: 'url' | 'text' | 'password', hint?: string) => {
    const showProblem = touched && problems[name];
    const describedBy = [hint ? `${id}-${name}-hint` : '', showProblem ? `${id}-${name}-error` : '']
      .filter(Boolean)
      .join(' ');
    return (
      <div className="field" key={name}>
        <label htmlFor={`${id}-${name}`}>{t(`settings.${name}`)}</label>
        {hint && (
          <span id={`${id}-${name}-hint`} className="field__hint">
            {hint}
          </span>
        )}
        <input
          id={`${id}-${name}`}
          type={type}
          value={fields[name]}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={showProblem ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(e) => setFields((current) => ({ ...current, [name]: e.target.value }))}
        />
        {showProblem && (
          <span id={`${id}-${name}-error`} className="field__error">
            {t('settings.invalid')}
          </span>
        )}
      </div>
    );
  };

  return (
    <form onSubmit={(event) => void save(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('settings.heading')}</h3>
      {view.protection === 'none' && (
        <div className="notice notice--warning">
          <p>
            <AlertTriangle aria-hidden="true" size={18} /> {t('settings.unprotected')}
          </p>
        </div>
      )}
      {FIELD_LIST.map(({ name, type, hint }) =>
        field(name, type, name === 'secret' ? secretHint : hint ? t(hint) : undefined),
      )}
      <div className="lead-actions">
        <button type="submit" className="button">
          <Save aria-hidden="true" size={18} />
          {t('settings.save')}
        </button>
        {view.configured && (
          <button type="button" className="button button--secondary" onClick={() => void remove()}>
            <Unplug aria-hidden="true" size={18} />
            {t('settings.remove')}
          </button>
        )}
      </div>
      <p role="status">{message}</p>
      <ErrorNotice error={error} />
    </form>
  );
}

function SendingStatus({
  status,
  onChange,
}: {
  status: LrsSyncStatus;
  onChange: (status: LrsSyncStatus) => void;
}) {
  const { t } = useTranslation(['lrs', 'errors']);
  const dates = useDates('long');
  const call = useLeadCall();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const sendNow = async () => {
    setBusy(true);
    setError(null);
    try {
      onChange(await call(api().leadLrsSendNow()));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const connection = !status.configured
    ? t('status.notConfigured')
    : status.connected === null
      ? t('status.notTried')
      : status.connected
        ? t('status.connected')
        : t('status.disconnected');
  const lastError = status.lastError;
  return (
    <section className="card" aria-labelledby="lead-lrs-status">
      <h2 id="lead-lrs-status">{t('status.heading')}</h2>
      <div role="status" aria-live="polite">
        <p>{connection}</p>
        <p>{t('status.queue', { count: status.queueLength })}</p>
        <p>
          {status.lastSuccessAt
            ? t('status.lastSuccess', { time: dates.instant(status.lastSuccessAt) })
            : t('status.neverSent')}
        </p>
        {lastError && (
          <p className="field__error">
            {t('status.lastError', {
              time: dates.instant(lastError.at),
              message: t(`errors:${lastError.i18nKey.replace(/^errors\./, '')}`, {
                ...lastError.details,
                defaultValue: t('errors:unexpected'),
              }),
            })}
          </p>
        )}
        {status.queueDamage && (
          <p className="field__error">
            {t('status.queueDamaged', {
              count: status.queueDamage.unreadable,
              file: status.queueDamage.keptAs,
            })}
          </p>
        )}
        {status.heldDifferently > 0 && (
          <p className="field__error">
            {t('status.heldDifferently', { count: status.heldDifferently })}
          </p>
        )}
        {status.nextAttemptAt && (
          <p>{t('status.nextAttempt', { time: dates.instant(status.nextAttemptAt) })}</p>
        )}
      </div>
      <ReasonedButton
        className="button"
        disabledReason={
          !status.configured ? t('status.setUpFirst') : busy ? t('status.sending') : null
        }
        onClick={() => void sendNow()}
      >
        <Send aria-hidden="true" size={18} />
        {t('status.sendNow')}
      </ReasonedButton>
      <ErrorNotice error={error} />
      {status.setAside.length > 0 && (
        <>
          <h3>{t('status.setAsideHeading')}</h3>
          <p>{t('status.setAsideIntro')}</p>
          <ul>
            {status.setAside.map((item) => (
              <li key={item.statementId}>
                {t('status.setAsideItem', {
                  time: dates.instant(item.at),
                  id: item.statementId,
                  status: item.status,
                  reason: item.i18nKey
                    ? t(`errors:${item.i18nKey.replace(/^errors\./, '')}`, {
                        status: item.status,
                        defaultValue: item.reason,
                      })
                    : item.reason,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
