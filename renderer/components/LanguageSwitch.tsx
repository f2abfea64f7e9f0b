import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../app/app-state';
import { LocaleSelect } from './LocaleSelect';

/** Switches the UI and content language; the choice is saved in settings and remembered. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { settings, setLocale } = useAppState();
  const id = useId();
  return (
    <LocaleSelect
      id={id}
      className="language-switch"
      label={t('language.label')}
      value={settings.locale}
      onChange={(locale) => void setLocale(locale)}
    />
  );
}
