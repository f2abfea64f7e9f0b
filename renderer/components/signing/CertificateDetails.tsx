import { useTranslation } from 'react-i18next';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import { COURSE_LABEL_KEY, renewsTraining } from '../../../common/records/record-kinds';
import { useDates } from '../../i18n/use-dates';

/** The facts printed on the certificate, as a description list in the current language. */
export function CertificateDetails({ record }: { record: AcceptanceRecord }) {
  const { t, i18n } = useTranslation(['signing', 'certificate']);
  const dates = useDates('long');
  const rows: Array<[string, string]> = [
    [t('complete.name'), record.learner.fullName],
    [t('complete.role'), t(`certificate:roles.${record.learner.role}`)],
    [t('complete.course'), t(`certificate:${COURSE_LABEL_KEY[record.recordType]}`)],
    [t('certificate:completedOn'), dates.instant(record.completedAt)],
    [t('certificate:expiresOn'), dates.day(record.expiresOn)],
    // A re-signed agreement has no quiz, so no score (as on the printed certificate).
    ...(renewsTraining(record.recordType)
      ? [
          [
            t('certificate:overallScore'),
            new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(
              record.overallPercent / 100,
            ),
          ] as [string, string],
        ]
      : []),
    [t('certificate:aupVersion'), record.aupVersion],
    [t('certificate:certificateCode'), record.certificateCode],
  ];
  return (
    <dl className="certificate-details">
      {rows.map(([label, value]) => (
        <div key={label} className="certificate-details__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
