import type { AppServices } from '../../services/app-services';
import type { Handlers } from '../router';

type SigningHandlers = Pick<
  Handlers,
  | 'getSigningAgreement'
  | 'signAgreement'
  | 'getCertificateSummary'
  | 'saveCertificate'
  | 'printCertificate'
>;

/** Thin: the signing and certificate services do the work and throw DomainErrors. */
export function signingHandlers({ signing, certificates }: AppServices): SigningHandlers {
  return {
    getSigningAgreement: ({ sessionId, locale }) => signing.agreement(sessionId, locale),
    signAgreement: async (request) => {
      const record = await signing.sign(request);
      return { recordId: record.recordId, certificateCode: record.certificateCode };
    },
    getCertificateSummary: ({ recordId }) => certificates.summary(recordId),
    saveCertificate: ({ recordId }) => certificates.save(recordId),
    printCertificate: ({ recordId }) => certificates.print(recordId),
  };
}
