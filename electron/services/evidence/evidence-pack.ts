import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContentPack, Locale } from '../../../common/content/content-schema';
import type { AcceptanceRecord, LearnerRole } from '../../../common/records/acceptance-record';
import type { AnswerEvent } from '../analytics/answer-event';
import type { CertificatePdfResult } from '../certificates/certificate-pdf';
import { DomainError } from '../errors';
import { writeCsv } from '../exports/csv-export';
import { csvLabels } from '../lead/lead-labels';
import { checkpointText, type LedgerCheckpoint } from '../ledger/ledger-checkpoint';
import type { LedgerVerification } from '../ledger/ledger-problem';
import { aupTextFiles } from './aup-versions';
import { recordsInScope, settledScope, type EvidenceScope } from './evidence-scope';
import { buildEvidenceSummary, type EvidenceSummary } from './evidence-summary';
import { MANIFEST_NAME, PACK_FORMAT, manifestFiles, type PackManifest } from './pack-manifest';
import { PACK_FILES } from './pack-files';
import { zipPack } from './pack-zip';
import { summaryReportPdf } from './summary-pdf';
import type { RevisionsOf } from '../policy/agreement-versions';

/** Problems listed one by one in ledger-verification.json; the count covers the rest. */
const PROBLEMS_LISTED = 1000;

/** What a pack is made from, gathered by the lead area at one moment. */
export interface EvidenceSources {
  /** Live, sound records (Ledger.liveRecords) and where the ledger stood when they were read. */
  records: readonly AcceptanceRecord[];
  checkpoint: LedgerCheckpoint;
  verification: LedgerVerification;
  started: readonly { identifier: string; role: LearnerRole }[];
  answers: readonly AnswerEvent[];
  content: Partial<Record<Locale, ContentPack | null>>;
  organisation: string;
  deviceId: string;
  refresherMonths: number;
  timeZone: string;
  now: Date;
  fontsDir: string;
  /** Seals the manifest's bytes with this device's key (see verify-pack.ts). */
  sealManifest: (manifestText: string) => { keyId: string; seal: string };
  /** Each record's clause revisions, for the CSV (AgreementVersions.revisionsOf). */
  revisionsOf?: RevisionsOf;
  /** Every certificate as one PDF in `locale` (CertificateService.combined). */
  combinedCertificates: (
    records: readonly AcceptanceRecord[],
    locale: Locale,
    options: { signal?: AbortSignal; onProgress?: (done: number) => void },
  ) => Promise<CertificatePdfResult>;
}

export interface PackStep {
  signal?: AbortSignal;
  progress?: (done: number, total: number) => void;
}

export interface BuiltPack {
  zip: Uint8Array;
  manifest: PackManifest;
  summary: EvidenceSummary;
  /** Characters of names the certificate font cannot draw (the lead is warned). */
  missingCharacters: string[];
}

/** Steps besides the certificates, which count one each (they take most of the time). */
const STEPS = 5;

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DomainError('export-cancelled', 'errors.export.cancelled');
}

export function evidenceSummary(
  rawScope: EvidenceScope,
  locale: Locale,
  sources: EvidenceSources,
): EvidenceSummary {
  const scope = settledScope(rawScope, sources.timeZone, sources.now);
  return buildEvidenceSummary(scope, {
    ...sources,
    ledgerProblems: sources.verification.problems.length,
    locale,
  });
}

/** The trustee's report: the pack's summary page on its own. */
export function trusteeReport(
  scope: EvidenceScope,
  locale: Locale,
  sources: EvidenceSources,
): Promise<Uint8Array> {
  const summary = evidenceSummary(scope, locale, sources);
  return summaryReportPdf(summary, { fontsDir: sources.fontsDir, timeZone: sources.timeZone });
}

/**
 * One zip holding everything an inspector needs (see PACK_FILES), with a manifest giving the
 * SHA-256 of every other file and the ledger checkpoint the pack was made at. Built in memory
 * and returned whole; the caller writes it atomically, so a cancelled pack leaves nothing.
 */
export async function buildEvidencePack(
  rawScope: EvidenceScope,
  locale: Locale,
  sources: EvidenceSources,
  { signal, progress = () => {} }: PackStep = {},
): Promise<BuiltPack> {
  const files = new Map<string, Uint8Array>();
  const encode = (text: string) => new TextEncoder().encode(text);
  const summary = evidenceSummary(rawScope, locale, sources);
  const { scope } = summary;
  const records = recordsInScope(sources.records, scope, sources.timeZone);
  const total = STEPS + records.length;
  const step = (done: number) => {
    throwIfCancelled(signal);
    // Steps 0–2 come before the certificates; the later ones count after them.
    progress(done < 3 ? done : done + records.length, total);
  };

  step(0);
  files.set(PACK_FILES.summary, await summaryReportPdf(summary, sources));
  step(1);

  files.set(PACK_FILES.csv, await csvBytes(records, locale, sources, signal));
  step(2);

  let missingCharacters: string[] = [];
  if (records.length > 0) {
    const combined = await sources.combinedCertificates(records, locale, {
      signal,
      onProgress: (done) => progress(2 + done, total),
    });
    files.set(PACK_FILES.certificates, combined.pdf);
    missingCharacters = combined.missingCharacters;
  }
  step(3);

  const aup = aupTextFiles(sources.content, records);
  for (const file of aup.files) files.set(file.path, encode(file.text));
  files.set(PACK_FILES.aupIndex, encode(json(aup.index)));
  step(4);

  files.set(PACK_FILES.ledger, encode(json(ledgerReport(sources))));

  const manifest: PackManifest = {
    format: PACK_FORMAT,
    formatVersion: 1,
    createdAt: sources.now.toISOString(),
    organisation: sources.organisation,
    deviceId: sources.deviceId,
    period: { from: scope.from, to: scope.to },
    roles: [...scope.roles],
    locale,
    checkpoint: { entries: sources.checkpoint.entries, headHash: sources.checkpoint.headHash },
    files: manifestFiles(files),
  };
  const manifestText = json(manifest);
  files.set(MANIFEST_NAME, encode(manifestText));
  files.set(PACK_FILES.seal, encode(json(sources.sealManifest(manifestText))));
  const zip = zipPack(files);
  step(STEPS);
  return { zip, manifest, summary, missingCharacters };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** The ledger's own verification when the pack was made, and its checkpoint. */
function ledgerReport(sources: EvidenceSources) {
  const { problems } = sources.verification;
  return {
    verifiedAt: sources.now.toISOString(),
    deviceId: sources.deviceId,
    ok: sources.verification.ok,
    checkpoint: {
      entries: sources.checkpoint.entries,
      headHash: sources.checkpoint.headHash,
      text: checkpointText(sources.checkpoint),
    },
    problemCount: problems.length,
    problems: problems.slice(0, PROBLEMS_LISTED).map((p) => ({
      position: p.position,
      nature: p.nature,
      entries: p.entries,
      message: p.message,
    })),
  };
}

/** The same CSV the lead's export writes (formula-safe, Excel-ready, checkpoint row last). */
async function csvBytes(
  records: readonly AcceptanceRecord[],
  locale: Locale,
  { checkpoint, revisionsOf }: Pick<EvidenceSources, 'checkpoint' | 'revisionsOf'>,
  signal: AbortSignal | undefined,
): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'esafety-pack-'));
  try {
    const path = join(dir, PACK_FILES.csv);
    await writeCsv(records, path, { labels: csvLabels(locale), checkpoint, revisionsOf, signal });
    return new Uint8Array(await readFile(path));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
