import type { Locale } from '../../../common/i18n/locales';
import { LEARNER_ROLES, type LearnerRole } from '../../../common/records/acceptance-record';
import { translatorFor } from '../i18n/main-translator';
import type { CertificateLabels } from './certificate-labels';

/**
 * The printed words of a certificate in the record's own locale (not the current UI locale),
 * from main's translator over the same certificate.json the renderer uses, so
 * `npm run i18n:check` covers the printed words too.
 */
export function certificateLabelsFor(locale: Locale): CertificateLabels {
  // The same for every certificate in a language: looked up once, not 17 times per certificate.
  let labels = cache.get(locale);
  if (!labels) {
    labels = Object.freeze(lookUp(locale));
    cache.set(locale, labels);
  }
  return labels;
}

const cache = new Map<Locale, CertificateLabels>();

function lookUp(locale: Locale): CertificateLabels {
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
  };
}
