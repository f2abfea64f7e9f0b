import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../common/i18n/locales';
import { useAppState } from '../app/app-state';

/** Switches the UI and content language; the choice is saved in settings and remembered. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { settings, setLocale } = useAppState();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={settings.locale}
        onChange={(event) => void setLocale(event.target.value as Locale)}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(`language.names.${locale}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
