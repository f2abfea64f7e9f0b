import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import type { CertificateOptions } from './certificate-labels';

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

export function certificateTexts(
  record: AcceptanceRecord,
  { labels, locale, timeZone = 'Europe/London' }: CertificateOptions,
): CertificateTexts {
  const longDate = (iso: string, zone: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: zone }).format(new Date(iso));
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });
  return {
    organisation: record.organisationName,
    heading: labels.heading,
    presentedTo: labels.presentedTo,
    learnerName: record.learner.fullName,
    role: labels.roles[record.learner.role],
    hasCompleted: labels.hasCompleted,
    course: record.recordType === 'induction' ? labels.courseInduction : labels.courseRefresher,
    details: [
      { label: labels.completedOn, value: longDate(record.completedAt, timeZone) },
      // A calendar date with no time: read at UTC midnight so no zone can shift it a day.
      { label: labels.expiresOn, value: longDate(`${record.expiresOn}T00:00:00Z`, 'UTC') },
      { label: labels.aupVersion, value: record.aupVersion },
      { label: labels.overallScore, value: percent.format(record.overallPercent / 100) },
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
