import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
    options: { type?: string; hint?: string; invalid?: boolean } = {},
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
        aria-describedby={options.hint ? `${id}-${key}-hint` : undefined}
        aria-invalid={options.invalid ? true : undefined}
        onChange={(e) => set(e.target.value)}
      />
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
    invalid: touched && !homeOk,
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
    <div>
      {homeField}
      {touched && !homeOk && <p className="field__error">{t('exports.invalidUrl')}</p>}
      {lrsFields}
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={disabled || endpoint === '' || username === '' || password === ''}
          onClick={() => go('xapi-send')}
        >
          {t('exports.send')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={disabled}
          onClick={() => go('xapi-file')}
        >
          {t('exports.saveFile')}
        </button>
      </div>
    </div>
  );
}
