import type { Locale } from '../../../common/i18n/locales';
import { FIXED_COLUMN_KEYS, type CsvLabels } from '../exports/csv-columns';
import { mainI18n, translatorFor } from '../i18n/main-translator';

/**
 * CSV headings in the lead's language, from lead.json through main's translator, so every
 * exported word is translated in one place and checked for parity with the rest of the UI.
 * i18next reads dots as nesting, so `learner.fullName` is stored as `learner_fullName`. A column
 * without a heading there keeps its key (see `headerFor`).
 */
export function csvLabels(locale: Locale): CsvLabels {
  const t = translatorFor(locale);
  const labels: Record<string, string> = {};
  for (const key of [...FIXED_COLUMN_KEYS, 'resignNeeded', 'score', 'attempts', 'clause']) {
    const path = `lead:csv.${key.replace('.', '_')}`;
    if (mainI18n.exists(path, { lng: locale })) labels[key] = t(path);
  }
  return labels;
}

export interface ExportFileNames {
  csv: string;
  combined: string;
  statements: string;
}

/** Default file names for exports, in the lead's language. */
export function exportFileNames(locale: Locale): ExportFileNames {
  const t = translatorFor(locale);
  return {
    csv: t('lead:fileNames.csv'),
    combined: t('lead:fileNames.combined'),
    statements: t('lead:fileNames.statements'),
  };
}
