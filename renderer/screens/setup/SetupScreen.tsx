import { Building2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldProblemOfFailure } from '../../../common/text/field-problems';
import { api, ApiError, unwrap } from '../../app/api';
import { useAppState } from '../../app/app-state';
import { useNavigation } from '../../app/navigation';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFocusOnShow } from '../../components/use-focus-on-show';
import '../../styles/learning.css';
import { RecoveryCodePanel } from './RecoveryCodePanel';
import {
  INITIAL_SETUP_VALUES,
  validateSetup,
  type SetupErrors,
  type SetupField,
} from './setup-form';
import { SetupTextField } from './SetupTextField';
import { ReasonedButton } from '../../components/ReasonedButton';

/** First run: the e-safety lead enters the organisation's details and sets the lead passphrase. */
export function SetupScreen() {
  const { t } = useTranslation('setup');
  const { reloadSettings } = useAppState();
  const { go } = useNavigation();
  const heading = useFocusOnShow('setup');
  const [values, setValues] = useState(INITIAL_SETUP_VALUES);
  const [errors, setErrors] = useState<SetupErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [recovery, setRecovery] = useState<{ code: string | null } | null>(null);

  const change = (field: SetupField, value: string) => setValues((v) => ({ ...v, [field]: value }));

  const showErrors = (found: SetupErrors) => {
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) document.getElementById(`setup-${first}`)?.focus();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { errors: found, input } = validateSetup(values);
    setFailure(null);
    showErrors(found);
    if (!input) return;
    setBusy(true);
    try {
      const result = await unwrap(api().completeSetup(input));
      setRecovery({ code: result.recoveryCode });
    } catch (error) {
      // Main checks with the same schema; a refusal it still makes belongs beside its field.
      const onField = error instanceof ApiError ? fieldProblemOfFailure(error.failure) : null;
      if (onField) showErrors(onField as SetupErrors);
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  if (recovery) {
    return (
      <RecoveryCodePanel
        code={recovery.code}
        onDone={() => void reloadSettings().then(() => go({ name: 'welcome' }))}
      />
    );
  }

  const fieldProps = { values, errors, onChange: change };
  const errorCount = Object.keys(errors).length;
  return (
    <form
      className="card setup-form"
      aria-labelledby="setup-title"
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <div className="screen-title">
        <Building2 aria-hidden="true" size={40} />
        <h1 id="setup-title" ref={heading} tabIndex={-1}>
          {t('title')}
        </h1>
      </div>
      <p className="lede">{t('intro')}</p>
      {errorCount > 0 && (
        <div className="notice notice--error" role="alert">
          {t('errors.summary', { count: errorCount })}
        </div>
      )}
      <ErrorNotice error={failure} />
      <fieldset className="form-group">
        <legend>{t('groups.organisation')}</legend>
        <SetupTextField field="orgName" autoComplete="organization" {...fieldProps} />
        <SetupTextField field="esafetyLeadName" {...fieldProps} />
        <SetupTextField field="esafetyLeadContact" {...fieldProps} />
        <SetupTextField field="safeguardingLeadName" {...fieldProps} />
        <SetupTextField field="safeguardingLeadContact" {...fieldProps} />
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('groups.training')}</legend>
        <SetupTextField field="refresherMonths" type="number" {...fieldProps} />
        <SetupTextField field="passMarkPercent" type="number" {...fieldProps} />
      </fieldset>
      <fieldset className="form-group">
        <legend>{t('groups.passphrase')}</legend>
        <SetupTextField
          field="passphrase"
          type="password"
          autoComplete="new-password"
          {...fieldProps}
        />
        <SetupTextField
          field="passphraseAgain"
          type="password"
          autoComplete="new-password"
          {...fieldProps}
        />
      </fieldset>
      <div className="button-row">
        <ReasonedButton
          type="submit"
          className="button"
          disabledReason={busy ? t('common:disabled.busy') : null}
        >
          {t('submit')}
        </ReasonedButton>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => go({ name: 'welcome' })}
        >
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
