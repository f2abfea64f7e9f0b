import { z } from 'zod';
import type {
  CertificateFileResult,
  CertificateSummary,
} from '../../../electron/services/certificates/certificate-service';
import { LOCALES } from '../../content/content-schema';
import { MAX_DRAWN_SIGNATURE_DATA_URL_LENGTH } from '../../signatures/drawn-signature';
import { personNameField } from '../../text/text-fields';
import type { SigningAgreement } from '../../../electron/services/signing/signing-agreement';
import { operation } from '../operation';

export type { CertificateFileResult, CertificateSummary, SigningAgreement };

export interface SignedAgreement {
  recordId: string;
  certificateCode: string;
}

const sessionId = z.string().min(1).max(100);
const recordId = z.object({ recordId: z.uuid() }).strict();

// Only the learner's own input crosses from the renderer; the size caps stop a runaway payload
// before it is parsed further (the signature store checks the PNG itself). The typed name and a
// typed signature follow the one policy for names, the one the learner's name passed at start.
const signature = z.discriminatedUnion('method', [
  z
    .object({
      method: z.literal('drawn'),
      dataUrl: z.string().max(MAX_DRAWN_SIGNATURE_DATA_URL_LENGTH),
    })
    .strict(),
  z.object({ method: z.literal('typed'), text: personNameField }).strict(),
]);

export const signingOperations = {
  getSigningAgreement: operation<SigningAgreement>('learner')(
    z.object({ sessionId, locale: z.enum(LOCALES) }).strict(),
  ),
  signAgreement: operation<SignedAgreement>('learner')(
    z
      .object({
        sessionId,
        locale: z.enum(LOCALES),
        typedName: personNameField,
        acknowledgedClauseIds: z.array(z.string().max(100)).max(500),
        statementAccepted: z.boolean(),
        signature,
      })
      .strict(),
  ),
  getCertificateSummary: operation<CertificateSummary>('learner')(recordId),
  saveCertificate: operation<CertificateFileResult>('learner')(recordId),
  printCertificate: operation<CertificateFileResult>('learner')(recordId),
};
