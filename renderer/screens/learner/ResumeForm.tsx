import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidPin, PIN_MAX_DIGITS, PIN_MIN_DIGITS } from '../../../common/learning/learner-pin';
import type { FieldMessage } from '../../../common/text/field-message';
import { api, ApiError, unwrap } from '../../app/api';
import { useNavigation } from '../../app/navigation';
import { ErrorNotice } from '../../components/ErrorNotice';
import { sessionScreen } from './session-screen';
import { FormField, PIN_INPUT } from './FormField';

type Field = 'identifier' | 'pin' | 'pinAgain';

/**
 * Carry on where you left off, with your own email or staff ID and the PIN only you know. Nothing
 * about the training (not even the name) is shown until the PIN is accepted. After the e-safety
 * lead has reset a forgotten PIN, the learner chooses a new one here.
 */
export function ResumeForm({ prefill }: { prefill?: string }) {
  const { t } = useTranslation('learner');
  const { go } = useNavigation();
  const id = useId();
  const [identifier, setIdentifier] = useState(prefill ?? '');
  const [pin, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const [choosing, setChoosing] = useState(false);
  const [errors, setErrors] = useState<Field[]>([]);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const pinId = `${id}-pin`;

  // "Carry on with my training" on the start form brings its email here, ready for the PIN.
  useEffect(() => {
    if (prefill) document.getElementById(pinId)?.focus();
  }, [prefill, pinId]);

  function problems(): Field[] {
    const found: Field[] = [];
    if (identifier.trim() === '') found.push('identifier');
    if (choosing ? !isValidPin(pin) : pin === '') found.push('pin');
    else if (choosing && pinAgain !== pin) found.push('pinAgain');
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found = problems();
    setErrors(found);
    setFailure(null);
    if (found[0]) {
      document.getElementById(`${id}-${found[0]}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const view = await unwrap(
        choosing
          ? api().learningChooseNewPin({ identifier, pin })
          : api().learningResume({ identifier, pin }),
      );
      go(sessionScreen(view));
    } catch (error) {
      if (error instanceof ApiError && error.failure.code === 'learning-pin-reset') {
        setChoosing(true);
        setPin('');
      }
      setFailure(error);
      setBusy(false);
    }
  }

  const problemOf = (field: Field): FieldMessage | undefined => {
    if (!errors.includes(field)) return undefined;
    if (field === 'pin' && choosing) {
      return {
        key: 'learner.start.errors.pin',
        values: { min: PIN_MIN_DIGITS, max: PIN_MAX_DIGITS },
      };
    }
    const key = field === 'pinAgain' ? 'start.errors.pinAgain' : `resume.errors.${field}`;
    return { key: `learner.${key}`, values: {} };
  };

  return (
    <form
      className="card"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <h2 id={`${id}-title`}>{t('resume.heading')}</h2>
      <p>{t('resume.intro')}</p>
      <FormField
        id={`${id}-identifier`}
        label={t('resume.identifier')}
        problem={problemOf('identifier')}
        value={identifier}
        autoComplete="off"
        onChange={(value) => {
          setIdentifier(value);
          setChoosing(false);
        }}
      />
      <FormField
        id={pinId}
        label={t(choosing ? 'resume.newPin' : 'resume.pin')}
        hint={
          choosing
            ? t('start.pinHint', { min: PIN_MIN_DIGITS, max: PIN_MAX_DIGITS })
            : t('resume.pinHint')
        }
        problem={problemOf('pin')}
        value={pin}
        {...PIN_INPUT}
        onChange={setPin}
      />
      {choosing && (
        <FormField
          id={`${id}-pinAgain`}
          label={t('start.pinAgain')}
          problem={problemOf('pinAgain')}
          value={pinAgain}
          {...PIN_INPUT}
          onChange={setPinAgain}
        />
      )}
      <ErrorNotice error={failure} />
      <div className="button-row">
        <button type="submit" className="button">
          {t(choosing ? 'resume.submitNewPin' : 'resume.submit')}
        </button>
      </div>
      {/* Checking a PIN takes a moment on purpose (a slow hash): say so while it happens. */}
      <p role="status" className="field__hint">
        {busy ? t('resume.checking') : ''}
      </p>
    </form>
  );
}
