import type { Locale } from '../../../common/i18n/locales';
import { LEARNER_ROLES, type LearnerRole } from '../../../common/records/acceptance-record';
import { translatorFor } from '../i18n/main-translator';
import type { CertificateLabels, DateWords } from './certificate-labels';

/**
 * The printed words of a certificate in the record's own locale (not the current UI locale),
 * from main's translator over the same certificate.json the renderer uses, so
 * `npm run i18n:check` covers the printed words too.
 *
 * Looked up afresh on each call, never kept: they follow whatever main's translator holds now
 * (a test's pseudo locale included). The cost is a few lookups per certificate, and a worker
 * job asks once for all its pages (certificate-job.ts).
 */
export function certificateLabelsFor(locale: Locale): CertificateLabels {
  const t = translatorFor(locale);
  const label = (key: string) => t(`certificate:${key}`);
  return {
    heading: label('heading'),
    presentedTo: label('presentedTo'),
    hasCompleted: label('hasCompleted'),
    courseInduction: label('courseInduction'),
    courseRefresher: label('courseRefresher'),
    courseResign: label('courseResign'),
    roles: Object.fromEntries(
      LEARNER_ROLES.map((role) => [role, label(`roles.${role}`)]),
    ) as Record<LearnerRole, string>,
    completedOn: label('completedOn'),
    expiresOn: label('expiresOn'),
    aupVersion: label('aupVersion'),
    overallScore: label('overallScore'),
    certificateCode: label('certificateCode'),
    verifyHint: label('verifyHint'),
    dates: t('common:dates', { returnObjects: true }) as DateWords,
  };
}
