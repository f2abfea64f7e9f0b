import cyCertificate from '../../../common/locales/cy/certificate.json' with { type: 'json' };
import enCertificate from '../../../common/locales/en-GB/certificate.json' with { type: 'json' };
import type { Locale } from '../../../common/content/content-schema';
import type { CertificateLabels } from './certificate-labels';

// The certificate uses the renderer's own translation files, so both locales stay complete in
// one place and `npm run i18n:check` covers the printed words too.
const LABELS: Record<Locale, CertificateLabels> = { 'en-GB': enCertificate, cy: cyCertificate };

/** The printed words of a certificate in the record's own locale (not the current UI locale). */
export function certificateLabelsFor(locale: Locale): CertificateLabels {
  return LABELS[locale];
}
