import { FileJson, Send } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonedButton } from '../ReasonedButton';
export type XapiStart =
  | { kind: 'xapi-file'; homePage: string }
  | { kind: 'xapi-send'; homePage: string; endpoint: string; username: string; password: string };

interface Props {
  disabled: boolean;
  onStart: (input: XapiStart) => void;
}

function isWebAddress(value: string): boolean {
  try {
    return ['https:', 'http:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** The LRS password is kept only in this form's state and sent once; it is never saved. */
export function XapiForm({ disabled, onStart }: Props) {
  const { t } = useTranslation('lead');
  const id = useId();
  const [homePage, setHomePage] = useState('');
  const [endpoint, setEndpoint] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const homeOk = isWebAddress(homePage);
  const field = (
    key: string,
    label: string,
    value: string,
    set: (v: string) => void,
    options: { type?: string; hint?: string; error?: string } = {},
  ) => (
    <div className="field" key={key}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {options.hint && (
        <span id={`${id}-${key}-hint`} className="field__hint">
          {options.hint}
        </span>
      )}
      <input
        id={`${id}-${key}`}
        type={options.type ?? 'text'}
        value={value}
        autoComplete="off"
        aria-describedby={
          [options.hint ? `${id}-${key}-hint` : '', options.error ? `${id}-${key}-error` : '']
            .filter(Boolean)
            .join(' ') || undefined
        }
        aria-invalid={options.error ? true : undefined}
        onChange={(e) => set(e.target.value)}
      />
      {options.error && (
        <span id={`${id}-${key}-error`} className="field__error">
          {options.error}
        </span>
      )}
    </div>
  );
  const go = (kind: 'xapi-file' | 'xapi-send') => {
    setTouched(true);
    if (!homeOk) return;
    if (kind === 'xapi-file') onStart({ kind, homePage });
    else onStart({ kind, homePage, endpoint, username, password });
  };
  const homeField = field('home', t('exports.homePage'), homePage, setHomePage, {
    type: 'url',
    hint: t('exports.homePageHint'),
    error: touched && !homeOk ? t('exports.invalidUrl') : undefined,
  });
  const lrsFields = [
    field('endpoint', t('exports.endpoint'), endpoint, setEndpoint, {
      type: 'url',
      hint: t('exports.endpointHint'),
    }),
    field('user', t('exports.username'), username, setUsername),
    field('password', t('exports.password'), password, setPassword, { type: 'password' }),
  ];
  return (
    <div className="lead-xapi">
      {homeField}
      <div className="lead-xapi__options">
        <section className="lead-xapi__option" aria-labelledby={`${id}-file-heading`}>
          <h4 id={`${id}-file-heading`}>{t('exports.fileHeading')}</h4>
          <p className="field__hint">{t('exports.fileBody')}</p>
          <ReasonedButton
            className="button button--secondary"
            disabledReason={disabled ? t('common:disabled.exportRunning') : null}
            onClick={() => go('xapi-file')}
          >
            <FileJson aria-hidden="true" size={18} />
            {t('exports.saveFile')}
          </ReasonedButton>
        </section>
        <section className="lead-xapi__option" aria-labelledby={`${id}-lrs-heading`}>
          <h4 id={`${id}-lrs-heading`}>{t('exports.lrsHeading')}</h4>
          {lrsFields}
          <ReasonedButton
            className="button"
            disabledReason={
              disabled
                ? t('common:disabled.exportRunning')
                : endpoint === '' || username === '' || password === ''
                  ? t('common:disabled.lrsFields')
                  : null
            }
            onClick={() => go('xapi-send')}
          >
            <Send aria-hidden="true" size={18} />
            {t('exports.send')}
          </ReasonedButton>
        </section>
      </div>
    </div>
  );
}
