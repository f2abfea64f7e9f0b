import { Save } from 'lucide-react';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { timeZoneChoices } from '../../../common/calendar/time-zone';
import {
  leadSettingsOf,
  leadSettingsSchema,
  type LeadSettings,
} from '../../../common/settings/lead-settings';
import {
  numberBounds,
  settingsSchema,
  type Organisation,
} from '../../../common/settings/settings-schema';
import {
  fieldProblemOfFailure,
  fieldProblemsOf,
  type FieldProblems,
} from '../../../common/text/field-problems';
import { api, ApiError } from '../../app/api';
import { useAppState } from '../../app/app-state';
import { ErrorNotice } from '../ErrorNotice';
import { LocaleSelect } from '../LocaleSelect';
import { describedBy, FieldProblemText } from '../FieldProblemText';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { useLeadCall } from './use-lead-call';

const ORG_FIELDS: Array<keyof Organisation> = [
  'orgName',
  'esafetyLeadName',
  'esafetyLeadContact',
  'safeguardingLeadName',
  'safeguardingLeadContact',
];
type NumberKey = 'refresherMonths' | 'passMarkPercent' | 'leadAutoLockMinutes';
const TRAINING_NUMBERS: NumberKey[] = ['refresherMonths', 'passMarkPercent'];
const SECURITY_NUMBERS: NumberKey[] = ['leadAutoLockMinutes'];
// The bounds come from the one settings schema, so the inputs and the messages cannot drift.
const RETENTION = 'retentionYears';
const bounds = (key: NumberKey | typeof RETENTION) => numberBounds(settingsSchema.shape[key]);

/** What the form holds: numbers as typed (NaN while not a number) so the schema can judge them. */
type SettingsForm = Omit<LeadSettings, 'retentionYears'> & { retentionYears: number | null };

function problemsIn(form: SettingsForm): FieldProblems {
  const parsed = leadSettingsSchema.safeParse(form);
  return parsed.success ? {} : fieldProblemsOf(parsed.error);
}

export function SettingsPanel() {
  const { t } = useTranslation('lead');
  const { settings, reloadSettings } = useAppState();
  const call = useLeadCall();
  const id = useId();
  const [form, setForm] = useState<SettingsForm>(() => leadSettingsOf(settings));
  const [problems, setProblems] = useState<FieldProblems>({});
  const timeZones = useMemo(() => timeZoneChoices(settings.timeZone), [settings.timeZone]);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const inputId = (path: string) => `${id}-${path.replace('.', '-')}`;
  // Once a field has been refused, it is checked again as it is corrected.
  const change = (next: SettingsForm) => {
    setForm(next);
    if (Object.keys(problems).length > 0) setProblems(problemsIn(next));
  };
  const showProblems = (found: FieldProblems) => {
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) document.getElementById(inputId(first))?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setError(null);
    const parsed = leadSettingsSchema.safeParse(form);
    if (!parsed.success) {
      showProblems(fieldProblemsOf(parsed.error));
      return;
    }
    setProblems({});
    try {
      await call(api().leadUpdateSettings(parsed.data));
      await reloadSettings();
      setForm(parsed.data);
      setSaved(true);
    } catch (failure) {
      const onField = failure instanceof ApiError ? fieldProblemOfFailure(failure.failure) : null;
      if (onField) showProblems(onField);
      else setError(failure);
    }
  };

  const fieldProps = (path: string, hintId?: string) => ({
    id: inputId(path),
    'aria-invalid': problems[path] ? true : undefined,
    'aria-describedby': describedBy(hintId, problems[path] && `${inputId(path)}-error`),
  });
  const problemText = (path: string) => (
    <FieldProblemText id={`${inputId(path)}-error`} problem={problems[path]} />
  );
  const number = (value: string) => (value === '' ? NaN : Number(value));
  const numberField = (key: NumberKey) => (
    <div className="field" key={key}>
      <label htmlFor={inputId(key)}>{t(`settings.${key}`)}</label>
      {problemText(key)}
      <input
        {...fieldProps(key)}
        type="number"
        inputMode="numeric"
        className="lead-input--number"
        min={bounds(key).min}
        max={bounds(key).max}
        value={Number.isNaN(form[key]) ? '' : form[key]}
        onChange={(e) => change({ ...form, [key]: number(e.target.value) })}
      />
    </div>
  );

  return (
    <>
      <section className="card" aria-labelledby="lead-settings">
        <h2 id="lead-settings">{t('settings.heading')}</h2>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <fieldset className="lead-fieldset">
            <legend>{t('settings.organisationHeading')}</legend>
            <p className="field__hint">{t('settings.contactsHint')}</p>
            <div className="lead-settings__grid lead-settings__grid--org">
              {ORG_FIELDS.map((key) => {
                const path = `organisation.${key}`;
                return (
                  <div className="field" key={key}>
                    <label htmlFor={inputId(path)}>{t(`settings.${key}`)}</label>
                    {problemText(path)}
                    <input
                      {...fieldProps(path)}
                      value={form.organisation[key]}
                      onChange={(e) =>
                        change({
                          ...form,
                          organisation: { ...form.organisation, [key]: e.target.value },
                        })
                      }
                    />
                  </div>
                );
              })}
            </div>
          </fieldset>
          <fieldset className="lead-fieldset">
            <legend>{t('settings.trainingHeading')}</legend>
            <div className="lead-settings__grid">
              {TRAINING_NUMBERS.map(numberField)}
              <LocaleSelect
                id={inputId('defaultLocale')}
                label={t('settings.defaultLocale')}
                value={form.defaultLocale}
                onChange={(defaultLocale) => change({ ...form, defaultLocale })}
              />
              <div className="field">
                <label htmlFor={`${id}-time-zone`}>{t('settings.timeZone')}</label>
                <span id={`${id}-time-zone-hint`} className="field__hint">
                  {t('settings.timeZoneHint')}
                </span>
                {/* IANA names (Europe/London) are the same in every language. */}
                <select
                  id={`${id}-time-zone`}
                  aria-describedby={`${id}-time-zone-hint`}
                  value={form.timeZone}
                  onChange={(e) => setForm({ ...form, timeZone: e.target.value })}
                >
                  {timeZones.map((zone) => (
                    <option key={zone} value={zone}>
                      {zone}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          </fieldset>
          <fieldset className="lead-fieldset">
            <legend>{t('settings.securityHeading')}</legend>
            <div className="lead-settings__grid">
              {SECURITY_NUMBERS.map(numberField)}
              <div className="field">
                <label htmlFor={inputId(RETENTION)}>{t('settings.retentionYears')}</label>
                <span id={`${inputId(RETENTION)}-hint`} className="field__hint">
                  {t('settings.retentionHint')}
                </span>
                {problemText(RETENTION)}
                <input
                  {...fieldProps(RETENTION, `${inputId(RETENTION)}-hint`)}
                  type="number"
                  inputMode="numeric"
                  className="lead-input--number"
                  min={bounds(RETENTION).min}
                  max={bounds(RETENTION).max}
                  value={
                    form.retentionYears === null || Number.isNaN(form.retentionYears)
                      ? ''
                      : form.retentionYears
                  }
                  onChange={(e) =>
                    change({
                      ...form,
                      retentionYears: e.target.value === '' ? null : number(e.target.value),
                    })
                  }
                />
              </div>
            </div>
          </fieldset>
          <ErrorNotice error={error} />
          <div role="status" aria-live="polite">
            {saved && <div className="notice notice--info">{t('settings.saved')}</div>}
          </div>
          <button type="submit" className="button">
            <Save aria-hidden="true" size={18} />
            {t('settings.save')}
          </button>
        </form>
      </section>
      <ChangePassphraseForm />
    </>
  );
}
