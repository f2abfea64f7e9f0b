import { Save } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { leadSettingsOf, type LeadSettings } from '../../../common/ipc/operations/lead-operations';
import { LOCALES } from '../../../common/i18n/locales';
import type { Organisation } from '../../../common/settings/settings-schema';
import { api } from '../../app/api';
import { useAppState } from '../../app/app-state';
import { ErrorNotice } from '../ErrorNotice';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { useLeadCall } from './use-lead-call';

const ORG_FIELDS: Array<keyof Organisation> = [
  'orgName',
  'esafetyLeadName',
  'esafetyLeadContact',
  'safeguardingLeadName',
  'safeguardingLeadContact',
];
const TRAINING_NUMBERS = [
  ['refresherMonths', 1, 60],
  ['passMarkPercent', 1, 100],
] as const;
const SECURITY_NUMBERS = [['leadAutoLockMinutes', 1, 120]] as const;
type NumberField = (typeof TRAINING_NUMBERS)[number] | (typeof SECURITY_NUMBERS)[number];

export function SettingsPanel() {
  const { t } = useTranslation('lead');
  const common = useTranslation('common').t;
  const { settings, reloadSettings } = useAppState();
  const call = useLeadCall();
  const id = useId();
  const [form, setForm] = useState<LeadSettings>(() => leadSettingsOf(settings));
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setError(null);
    try {
      await call(api().leadUpdateSettings(form));
      await reloadSettings();
      setSaved(true);
    } catch (failure) {
      setError(failure);
    }
  };
  const number = (value: string) => (value === '' ? NaN : Number(value));
  const numberField = ([key, min, max]: NumberField) => (
    <div className="field" key={key}>
      <label htmlFor={`${id}-${key}`}>{t(`settings.${key}`)}</label>
      <input
        id={`${id}-${key}`}
        type="number"
        className="lead-input--number"
        min={min}
        max={max}
        value={Number.isNaN(form[key]) ? '' : form[key]}
        onChange={(e) => setForm({ ...form, [key]: number(e.target.value) })}
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
              {ORG_FIELDS.map((key) => (
                <div className="field" key={key}>
                  <label htmlFor={`${id}-${key}`}>{t(`settings.${key}`)}</label>
                  <input
                    id={`${id}-${key}`}
                    value={form.organisation[key]}
                    maxLength={200}
                    onChange={(e) =>
                      setForm({
                        ...form,
                        organisation: { ...form.organisation, [key]: e.target.value },
                      })
                    }
                  />
                </div>
              ))}
            </div>
          </fieldset>
          <fieldset className="lead-fieldset">
            <legend>{t('settings.trainingHeading')}</legend>
            <div className="lead-settings__grid">
              {TRAINING_NUMBERS.map(numberField)}
              <div className="field">
                <label htmlFor={`${id}-locale`}>{t('settings.defaultLocale')}</label>
                <select
                  id={`${id}-locale`}
                  value={form.defaultLocale}
                  onChange={(e) =>
                    setForm({
                      ...form,
                      defaultLocale: e.target.value as LeadSettings['defaultLocale'],
                    })
                  }
                >
                  {LOCALES.map((locale) => (
                    <option key={locale} value={locale} lang={locale}>
                      {common(`language.names.${locale}`)}
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
                <label htmlFor={`${id}-retention`}>{t('settings.retentionYears')}</label>
                <span id={`${id}-retention-hint`} className="field__hint">
                  {t('settings.retentionHint')}
                </span>
                <input
                  id={`${id}-retention`}
                  type="number"
                  className="lead-input--number"
                  min={1}
                  max={100}
                  aria-describedby={`${id}-retention-hint`}
                  value={form.retentionYears ?? ''}
                  onChange={(e) =>
                    setForm({
                      ...form,
                      retentionYears: e.target.value === '' ? null : Number(e.target.value),
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
