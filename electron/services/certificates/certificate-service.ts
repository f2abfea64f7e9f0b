import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { todayIn } from '../../../common/calendar/org-calendar';
import type { VerifiedCertificate } from '../../../common/certificates/certificate-verification';
import type { Locale } from '../../../common/i18n/locales';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import { DomainError } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';
import type { DeviceKey } from '../device-key/device-key';
import type { Ledger } from '../ledger/ledger';
import { certifiableRecord } from '../ledger/certifiable-record';
import { fileFilter } from '../platform/file-types';
import type { NativeDialogs } from '../platform/native-dialogs';
import type { SignedTexts } from '../policy/signed-texts';
import type { SignatureStore } from '../signatures/signature-store';
import { defaultFontsDir, fontCoverage } from './certificate-fonts';
import { certificateFileName } from './certificate-file-name';
import type { CertificateFolderOptions, CertificateFolderResult } from './certificate-folder';
import { runCertificateJob } from './certificate-job';
import { certificateLabelsFor } from './certificate-locale-labels';
import { certificatePdf, type CertificatePdfResult } from './certificate-pdf';
import { anchoredCertificatePayload } from './certificate-payload';
import { removeStalePrintFiles } from './print-folder';
import { verifyCertificate } from './verify-certificate';

export interface CertificateServiceOptions {
  ledger: () => Promise<Ledger>;
  /** Seals the ledger checkpoint in each QR code, and checks it when a certificate is verified. */
  deviceKey: () => Promise<DeviceKey>;
  signatures: SignatureStore;
  /** The exact agreement texts signed, by digest; verification shows the one a record names. */
  signedTexts?: SignedTexts;
  dataDir: string;
  dialogs: NativeDialogs;
  /** The language the app is shown in now: native dialogs are named in it. */
  uiLocale: () => Locale;
  now: () => Date;
  fontsDir?: string;
  /** The organisation's time zone, read at each render (the lead may change it). */
  timeZone: () => string;
}

/** What the completion screen shows about a record, and what the PDF font cannot draw. */
export interface CertificateSummary {
  record: AcceptanceRecord;
  /** Characters of the learner's or organisation's name the certificate font lacks. */
  missingCharacters: string[];
}

export interface CertificateFileResult {
  /** Null when the save dialog was cancelled (nothing was written). */
  path: string | null;
  missingCharacters: string[];
}

/**
 * Every certificate the app makes, for the learner and the lead alike: one certificate rendered
 * in the record's own language (the one the learner signed in), saved where the user chooses,
 * opened in the system viewer to print, written in bulk to a folder, or combined into one
 * printable document; every file named by `certificateFileName`; and a certificate checked
 * against the ledger. Nothing else renders, names or verifies a certificate.
 */
export class CertificateService {
  private readonly fontsDir: string;

  constructor(private readonly options: CertificateServiceOptions) {
    this.fontsDir = options.fontsDir ?? defaultFontsDir();
  }

  async summary(recordId: string): Promise<CertificateSummary> {
    const record = await this.record(recordId);
    const names = `${record.learner.fullName}\n${record.organisationName}`;
    return { record, missingCharacters: fontCoverage(names, this.fontsDir) };
  }

  /**
   * The same certificate as the learner was given: same code, same language; its QR code also
   * carries where the ledger stands now (see `anchoredCertificatePayload`).
   */
  async render(record: AcceptanceRecord): Promise<CertificatePdfResult> {
    return certificatePdf(record, {
      labels: certificateLabelsFor(record.locale),
      locale: record.locale,
      timeZone: this.options.timeZone(),
      fontsDir: this.fontsDir,
      payloadFor: await this.anchoredPayload(),
    });
  }

  async save(recordId: string): Promise<CertificateFileResult> {
    const record = await this.record(recordId);
    const { pdf, missingCharacters } = await this.render(record);
    const path = await this.options.dialogs.chooseSavePath({
      defaultName: certificateFileName(record),
      filters: [fileFilter('pdf', this.options.uiLocale())],
    });
    if (path) await writeFileAtomic(path, pdf);
    return { path, missingCharacters };
  }

  /**
   * Writes the PDF inside the data folder and opens it; the system viewer does the printing.
   * Older print files are removed first (see print-folder.ts).
   */
  async print(recordId: string): Promise<CertificateFileResult> {
    const record = await this.record(recordId);
    const { pdf, missingCharacters } = await this.render(record);
    const dir = join(this.options.dataDir, 'print');
    await mkdir(dir, { recursive: true });
    await removeStalePrintFiles(dir, Date.now());
    const path = join(dir, certificateFileName(record));
    await writeFile(path, pdf);
    await this.options.dialogs.openFile(path);
    return { path, missingCharacters };
  }

  /**
   * The lead's folder export: one PDF per record, each in its own language, made in a worker
   * thread (see certificate-job.ts) with progress and cancel.
   */
  async writeFolder(
    records: readonly AcceptanceRecord[],
    dir: string,
    options: CertificateFolderOptions = {},
  ): Promise<CertificateFolderResult> {
    const job = { kind: 'folder' as const, records, dir, ...(await this.jobBasis(records)) };
    return runCertificateJob(job, this.fontsDir, options);
  }

  /** One printable document for the organisation's files, in the lead's language (in a worker). */
  async combined(
    records: readonly AcceptanceRecord[],
    locale: Locale,
    options: CertificateFolderOptions = {},
  ): Promise<CertificatePdfResult> {
    const job = { kind: 'combined' as const, records, locale, ...(await this.jobBasis(records)) };
    return runCertificateJob(job, this.fontsDir, options);
  }

  async verify(input: string): Promise<VerifiedCertificate> {
    const ledger = await this.options.ledger();
    const key = await this.options.deviceKey();
    const today = todayIn(this.options.timeZone(), this.options.now());
    const verified = await verifyCertificate(input, ledger, this.options.signatures, today, key);
    const digest = verified.record
      ? ledger.findByCertificateCode(verified.record.certificateCode)?.record?.aupTextSha256
      : undefined;
    const kept = digest ? await this.options.signedTexts?.find(digest) : null;
    if (!verified.record || !kept) return verified;
    const signedClauses = kept.clauses.map(({ id, text }) => ({ id, text }));
    return { ...verified, record: { ...verified.record, signedClauses } };
  }

  /** A damaged record gets no certificate: see `certifiableRecord`. */
  private async record(recordId: string): Promise<AcceptanceRecord> {
    return certifiableRecord(
      (await this.options.ledger()).findByRecordId(recordId),
      () => new DomainError('CERTIFICATE_RECORD_NOT_FOUND', 'errors.certificate.recordNotFound'),
    );
  }

  /**
   * What every page of a job shares: the calendar, and each record's QR payload, sealed here
   * with the device key (which never leaves main) and handed to the worker as text.
   */
  private async jobBasis(records: readonly AcceptanceRecord[]) {
    const payloadFor = await this.anchoredPayload();
    return { timeZone: this.options.timeZone(), payloads: records.map(payloadFor) };
  }

  private async anchoredPayload(): Promise<(record: AcceptanceRecord) => string> {
    const [ledger, key] = await Promise.all([this.options.ledger(), this.options.deviceKey()]);
    const checkpoint = ledger.checkpoint();
    return (record) => anchoredCertificatePayload(record, checkpoint, key);
  }
}
