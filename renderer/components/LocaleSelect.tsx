import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../common/i18n/locales';

/**
 * A labelled choice of one of the shipped languages, each named in its own language (and marked
 * so a screen reader says it in that language): the header's switch and the lead's forms.
 */
export function LocaleSelect({
  id,
  label,
  value,
  onChange,
  className = 'field',
}: {
  id: string;
  label: string;
  value: Locale;
  onChange: (locale: Locale) => void;
  className?: string;
}) {
  const { t } = useTranslation('common');
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Locale)}>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(`language.names.${locale}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
