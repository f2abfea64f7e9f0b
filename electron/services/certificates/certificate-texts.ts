import { formatCalendarDate, formatInstant } from '../../../common/calendar/format-date';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import { COURSE_LABEL_KEY, renewsTraining } from '../../../common/records/record-kinds';
import type { TFunction } from 'i18next';
import { createTranslator } from '../../../common/i18n/create-translator';
import type { Locale } from '../../../common/i18n/locales';
import type { CertificateLabels, CertificateOptions } from './certificate-labels';

/** Everything printed on one certificate, already translated and formatted for the locale. */
export interface CertificateTexts {
  organisation: string;
  heading: string;
  presentedTo: string;
  learnerName: string;
  role: string;
  hasCompleted: string;
  course: string;
  details: Array<{ label: string; value: string }>;
  codeLabel: string;
  code: string;
  verifyHint: string;
}

// Slow to create and the same for every certificate in a language: made once.
const percentFormats = new Map<string, Intl.NumberFormat>();

function percentFormat(locale: string): Intl.NumberFormat {
  let format = percentFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'percent' });
    percentFormats.set(locale, format);
  }
  return format;
}

// One small translator per set of labels (a job's labels are one object for all its pages).
const dateTranslators = new WeakMap<CertificateLabels, TFunction>();

/** A `t` over the labels' own date words: the same words main's translator gave them. */
function datesOf(labels: CertificateLabels, locale: Locale): TFunction {
  let t = dateTranslators.get(labels);
  if (!t) {
    t = createTranslator({ [locale]: { common: { dates: labels.dates } } }).getFixedT(locale);
    dateTranslators.set(labels, t);
  }
  return t;
}

export function certificateTexts(
  record: AcceptanceRecord,
  { labels, locale, timeZone }: CertificateOptions,
): CertificateTexts {
  // Dates in words from our own locale files, never from the runtime's ICU (see format-date.ts),
  // as the labels carry them from main's translator.
  const t = datesOf(labels, locale);
  const percent = percentFormat(locale);
  return {
    organisation: record.organisationName,
    heading: labels.heading,
    presentedTo: labels.presentedTo,
    learnerName: record.learner.fullName,
    role: labels.roles[record.learner.role],
    hasCompleted: labels.hasCompleted,
    course: labels[COURSE_LABEL_KEY[record.recordType]],
    details: [
      { label: labels.completedOn, value: formatInstant(t, record.completedAt, 'long', timeZone) },
      // Already a day on the organisation's calendar (fixed at signing): printed as it is.
      { label: labels.expiresOn, value: formatCalendarDate(t, record.expiresOn, 'long') },
      { label: labels.aupVersion, value: record.aupVersion },
      // A re-signed agreement has no quiz, so no score to print.
      ...(renewsTraining(record.recordType)
        ? [{ label: labels.overallScore, value: percent.format(record.overallPercent / 100) }]
        : []),
    ],
    codeLabel: labels.certificateCode,
    code: record.certificateCode,
    verifyHint: labels.verifyHint,
  };
}

/** All printed text joined, for the font coverage check. */
export function allText(texts: CertificateTexts): string {
  const { details, ...rest } = texts;
  return [...Object.values(rest), ...details.flatMap((d) => [d.label, d.value])].join('\n');
}
