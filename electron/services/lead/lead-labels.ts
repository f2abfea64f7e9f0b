import cyLead from '../../../common/locales/cy/lead.json' with { type: 'json' };
import enLead from '../../../common/locales/en-GB/lead.json' with { type: 'json' };
import type { Locale } from '../../../common/content/content-schema';
import { FIXED_COLUMN_KEYS, type CsvLabels } from '../exports/csv-columns';

// Main-side text comes from the renderer's own lead.json (as the app menu does), so every
// exported word is translated in one place and checked for parity with the rest of the UI.
const catalogues: Record<Locale, typeof enLead> = { 'en-GB': enLead, cy: cyLead };

/** i18next reads dots as nesting, so `learner.fullName` is stored as `learner_fullName`. */
export function csvLabels(locale: Locale): CsvLabels {
  const csv = catalogues[locale].csv as Record<string, string>;
  const labels: Record<string, string> = {};
  for (const key of [...FIXED_COLUMN_KEYS, 'score', 'attempts', 'clause']) {
    const label = csv[key.replace('.', '_')];
    if (label !== undefined) labels[key] = label;
  }
  return labels;
}

export { certificateLabelsFor } from '../certificates/certificate-locale-labels';

/** File names for exports, in the lead's language. */
export function exportFileNames(locale: Locale): typeof enLead.fileNames {
  return catalogues[locale].fileNames;
}
