import { readFile, stat } from 'node:fs/promises';
import { LOCALES, type ContentPack, type Locale } from '../../../common/content/content-schema';
import type { Settings } from '../../../common/settings/settings-schema';
import { readAnswers } from '../analytics/answers-file';
import type { CertificateService } from '../certificates/certificate-service';
import type { DeviceKey } from '../device-key/device-key';
import { DomainError } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';
import type { JobContext, JobOutcome } from '../lead/export-jobs';
import { progressFiles } from '../lead/progress-files';
import type { Ledger } from '../ledger/ledger';
import { buildEvidencePack, trusteeReport, type EvidenceSources } from './evidence-pack';
import type { EvidenceScope } from './evidence-scope';
import { verifyPack, type PackVerification } from './verify-pack';
import type { AgreementVersions } from '../policy/agreement-versions';

/** A pack bigger than this is refused before it is read (see pack-zip.ts for what is inside). */
export const MAX_PACK_FILE_BYTES = 512 * 1024 * 1024;

export interface EvidenceServiceDeps {
  dataDir: string;
  ledger: () => Promise<Ledger>;
  settings: () => Settings;
  content: (locale: Locale) => Promise<ContentPack>;
  certificates: CertificateService;
  deviceKey: () => Promise<DeviceKey>;
  /** Each version's clause revisions, for the CSV in the pack. */
  agreementVersions: AgreementVersions;
  fontsDir: string;
  now: () => Date;
}

/**
 * The evidence pack, the trustee's report and "verify a pack", for the lead. Everything is read
 * at one moment (records, checkpoint and verification from the same opened ledger), so the
 * pack's files agree with each other.
 */
export class EvidenceService {
  constructor(private readonly deps: EvidenceServiceDeps) {}

  async writePack(
    scope: EvidenceScope,
    locale: Locale,
    path: string,
    { signal, progress }: JobContext,
  ): Promise<JobOutcome> {
    const sources = await this.sources();
    const pack = await buildEvidencePack(scope, locale, sources, { signal, progress });
    if (signal.aborted) throw new DomainError('export-cancelled', 'errors.export.cancelled');
    await writeFileAtomic(path, pack.zip);
    return {
      target: path,
      count: pack.summary.completions,
      notes: {
        files: pack.manifest.files.length + 1,
        missingCharacters: pack.missingCharacters.join(' '),
      },
    };
  }

  async writeReport(
    scope: EvidenceScope,
    locale: Locale,
    path: string,
    { progress }: JobContext,
  ): Promise<JobOutcome> {
    progress(0, 1);
    const pdf = await trusteeReport(scope, locale, await this.sources());
    await writeFileAtomic(path, pdf);
    progress(1, 1);
    return { target: path, count: 1, notes: {} };
  }

  async verify(path: string): Promise<PackVerification> {
    const size = await stat(path).then((s) => s.size);
    if (size > MAX_PACK_FILE_BYTES) {
      throw new DomainError('evidence-pack-unreadable', 'errors.evidence.unreadable', {
        reason: 'too-large',
      });
    }
    const bytes = new Uint8Array(await readFile(path));
    const [ledger, key] = await Promise.all([this.deps.ledger(), this.deps.deviceKey()]);
    return verifyPack(bytes, {
      deviceId: this.deps.settings().deviceId,
      checkAgainst: (claim, origin) => ledger.checkAgainst(claim, origin),
      keyId: key.id,
      verifySeal: (text, seal) => key.verify('evidence-pack', text, seal),
    });
  }

  private async sources(): Promise<EvidenceSources> {
    const [ledger, key] = await Promise.all([this.deps.ledger(), this.deps.deviceKey()]);
    const settings = this.deps.settings();
    const [answers, started, revisionsOf, ...packs] = await Promise.all([
      readAnswers(this.deps.dataDir),
      progressFiles(this.deps.dataDir),
      this.deps.agreementVersions.revisionsOf(),
      // The policy text is evidence only when it loads; a broken pack is reported as not held.
      ...LOCALES.map((locale) => this.deps.content(locale).catch(() => null)),
    ]);
    const content: Partial<Record<Locale, ContentPack | null>> = {};
    LOCALES.forEach((locale, i) => (content[locale] = packs[i] ?? null));
    return {
      records: ledger.liveRecords(),
      checkpoint: ledger.checkpoint(),
      verification: ledger.verification(),
      started: started.map(({ progress }) => ({
        identifier: progress.learner.identifier,
        role: progress.learner.role,
      })),
      answers: answers.events,
      content,
      organisation: settings.organisation.orgName,
      deviceId: settings.deviceId,
      refresherMonths: settings.refresherMonths,
      timeZone: settings.timeZone,
      now: this.deps.now(),
      fontsDir: this.deps.fontsDir,
      revisionsOf,
      sealManifest: (text) => ({ keyId: key.id, seal: key.seal('evidence-pack', text) }),
      combinedCertificates: (records, locale, options) =>
        this.deps.certificates.combined(records, locale, options),
    };
  }
}
