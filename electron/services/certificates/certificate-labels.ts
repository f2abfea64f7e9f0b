import type { Locale } from '../../../common/i18n/locales';
import type { AcceptanceRecord, LearnerRole } from '../../../common/records/acceptance-record';

/**
 * Every word printed on a certificate, supplied by the caller from the locale files, so the
 * certificate service holds no user-visible text of its own.
 */
export interface CertificateLabels {
  /** Large heading, e.g. "Certificate of completion". */
  heading: string;
  /** Line above the learner's name, e.g. "This is to certify that". */
  presentedTo: string;
  /** Line above the course name, e.g. "has completed the". */
  hasCompleted: string;
  /** Course names: "E-safety induction" / "E-safety refresher" / the re-signed agreement. */
  courseInduction: string;
  courseRefresher: string;
  courseResign: string;
  roles: Record<LearnerRole, string>;
  completedOn: string;
  expiresOn: string;
  aupVersion: string;
  overallScore: string;
  certificateCode: string;
  /** Printed beside the QR code: how to check the certificate. */
  verifyHint: string;
  /**
   * The month names and date patterns (`common:dates`), so a worker prints dates in the words
   * main's translator holds, as it prints every other word, with no translator of its own.
   */
  dates: DateWords;
}

/** The `common:dates` branch of a locale file, as main's translator resolves it. */
export type DateWords = Record<string, unknown>;

export interface CertificateOptions {
  labels: CertificateLabels;
  /** The language of the dates and numbers, e.g. 'en-GB' or 'cy'. */
  locale: Locale;
  /** The organisation's time zone (the `timeZone` setting): the completion date's calendar. */
  timeZone: string;
  /** Folder holding DejaVu Sans (see `defaultFontsDir`); the packaged app passes its resources. */
  fontsDir?: string;
  /**
   * What the QR code carries; defaults to `certificatePayload`. Callers holding the ledger and
   * the device key pass `anchoredCertificatePayload`, which adds the ledger's checkpoint.
   */
  payloadFor?: (record: AcceptanceRecord) => string;
}
