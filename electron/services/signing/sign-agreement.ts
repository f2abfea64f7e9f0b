import { randomUUID } from 'node:crypto';
import { expiryDate } from '../../../common/calendar/org-calendar';
import type { ContentPack, Locale } from '../../../common/content/content-schema';
import { DomainError } from '../errors';
import { makeCertificateCode } from '../ledger/certificate-code';
import type { Ledger } from '../ledger/ledger';
import type { LedgerCheckpoint } from '../ledger/ledger-checkpoint';
import type { AcceptanceRecord, RecordType } from '../../../common/records/acceptance-record';
import { renewsTraining } from '../../../common/records/record-kinds';
import type { Settings } from '../../../common/settings/settings-schema';
import { recordIndexOf } from '../records/record-index';
import { personStatuses } from '../status/learner-status';
import type { SignatureStore } from '../signatures/signature-store';
import type { AgreementVersions } from '../policy/agreement-versions';
import type { SignedTexts } from '../policy/signed-texts';
import { allFinished } from '../work/all-finished';
import type { CompletionSummary, LearningPort } from './learning-port';
import { namesMatch } from './names-match';
import type { SignatureInput, SignRequest } from './sign-request';
import {
  agreementClauses,
  clauseRevisions,
  earlierVersionUnknown,
  latestRecordFor,
  recordOfSession,
  resignChanges,
  shownTextDigest,
  type SigningAgreement,
} from './signing-agreement';

export interface SigningDependencies {
  /** A getter, because the learning service may be built after this one. */
  learning: () => LearningPort;
  content: { pack(locale: Locale): Promise<ContentPack> };
  settings: () => Settings;
  /** The app's one shared ledger (see AppServices.ledger). */
  ledger: () => Promise<Ledger>;
  signatures: SignatureStore;
  /** Where the exact text of every signature is kept, by digest (see SignedTexts). */
  signedTexts?: SignedTexts;
  /** Where each version's clause revisions are kept, by digest (see AgreementVersions). */
  agreementVersions: AgreementVersions;
  now: () => Date;
  /**
   * Queues the record's statements for the LRS; awaited before the learner is told it is
   * signed, so nothing acknowledged is missing from the outbox.
   */
  onSigned?: (record: AcceptanceRecord, checkpoint: LedgerCheckpoint) => Promise<void>;
}

/**
 * Turns a finished learning session and the learner's signature into an acceptance record in the
 * ledger. Every fact in the record is read in main (learning service, content, settings, clock);
 * the renderer supplies only the typed name, the acknowledgements and the signature itself.
 */
export class SigningService {
  /** Sessions signed (or being signed) in this run: a double click must not make two records. */
  private readonly signing = new Map<string, Promise<AcceptanceRecord>>();

  constructor(private readonly deps: SigningDependencies) {}

  async agreement(sessionId: string, locale: Locale): Promise<SigningAgreement> {
    return this.agreementFor(await this.deps.learning().completionSummary(sessionId), locale);
  }

  private async agreementFor(
    summary: CompletionSummary,
    locale: Locale,
  ): Promise<SigningAgreement> {
    const [pack, ledger] = await Promise.all([this.deps.content.pack(locale), this.deps.ledger()]);
    const { identifier } = summary.learner;
    const latest = latestRecordFor(recordIndexOf(ledger).recordsOf(identifier), identifier);
    const { aup } = pack;
    // Only the last record's version is read, not every version kept here.
    const [earlierText, revisions] = await Promise.all([
      latest ? this.deps.signedTexts?.find(latest.aupTextSha256) : undefined,
      latest ? this.deps.agreementVersions.revisionsFor(latest) : undefined,
    ]);
    const previous = latest && { record: latest, revisions };
    return {
      sessionId: summary.sessionId,
      learnerName: summary.learner.fullName,
      locale,
      recordType: summary.recordType,
      aupVersion: aup.version,
      title: aup.title,
      intro: aup.intro,
      statementOfIntent: aup.statementOfIntent,
      clauses: agreementClauses(pack, previous),
      previousSignedAt: latest?.signedAt ?? null,
      resign: resignChanges(aup, previous, earlierText?.clauses),
      earlierVersionUnknown: earlierVersionUnknown(previous),
      clauseRevisions: clauseRevisions(aup),
    };
  }

  /** Resolves only once the record is durably in the ledger (the ledger fsyncs the append). */
  sign(request: SignRequest): Promise<AcceptanceRecord> {
    const earlier = this.signing.get(request.sessionId);
    if (earlier) return earlier;
    const pending = this.signOnce(request);
    this.signing.set(request.sessionId, pending);
    // Only a completed signature closes the door; after a refusal the learner may try again.
    pending.catch(() => this.signing.delete(request.sessionId));
    return pending;
  }

  private async signOnce(request: SignRequest): Promise<AcceptanceRecord> {
    const summary = await this.deps.learning().completionSummary(request.sessionId);
    if (!namesMatch(request.typedName, summary.learner.fullName)) {
      throw new DomainError('SIGNING_NAME_MISMATCH', 'errors.signing.nameMismatch');
    }
    const ledger = await this.deps.ledger();
    // Signed before (then the app closed before the session was marked): the same record, again.
    const theirs = recordIndexOf(ledger).recordsOf(summary.learner.identifier);
    const existing = recordOfSession(theirs, summary);
    if (existing) {
      await this.deps.learning().markSigned(request.sessionId, existing.recordId);
      return existing;
    }
    const agreement = await this.agreementFor(summary, request.locale);
    assertAcknowledged(request, agreement);
    // The signature, the words signed and the version's revisions are separate files: written
    // side by side, not in turn, and all before the record that points at them.
    const [signatureSha256, aupVersionSha256] = await allFinished([
      this.saveSignature(request.signature, summary.learner.fullName),
      this.deps.agreementVersions.keep({
        aupVersion: agreement.aupVersion,
        clauseRevisions: agreement.clauseRevisions,
      }),
      this.deps.signedTexts?.keep({
        aupVersion: agreement.aupVersion,
        locale: request.locale,
        clauses: agreement.clauses.map(({ id, revision, text, language }) => ({
          id,
          revision,
          text,
          language: language ?? request.locale,
        })),
      }),
    ]);
    const settings = this.deps.settings();
    const signedAt = this.deps.now().toISOString();
    const record: AcceptanceRecord = {
      recordId: randomUUID(),
      learner: summary.learner,
      recordType: summary.recordType,
      aupVersion: agreement.aupVersion,
      aupTextSha256: shownTextDigest(agreement.clauses, request.locale),
      aupVersionSha256,
      locale: request.locale,
      moduleScores: summary.moduleScores,
      overallPercent: summary.overallPercent,
      startedAt: summary.startedAt,
      completedAt: summary.completedAt,
      signedAt,
      deviceId: settings.deviceId,
      signatureMethod: request.signature.method,
      signatureSha256,
      certificateCode: makeCertificateCode(),
      expiresOn: dueAfterSigning(theirs, summary.recordType, signedAt, settings),
      organisationName: settings.organisation.orgName,
    };
    await ledger.appendCompletion(record);
    await this.deps.onSigned?.(record, ledger.checkpoint());
    await this.deps.learning().markSigned(request.sessionId, record.recordId);
    return record;
  }

  private saveSignature(signature: SignatureInput, fullName: string): Promise<string> {
    if (signature.method === 'drawn') return this.deps.signatures.saveDrawn(signature.dataUrl);
    // A typed signature stands in for a handwritten one, so it must be the learner's own name.
    if (!namesMatch(signature.text, fullName)) {
      throw new DomainError(
        'SIGNING_TYPED_SIGNATURE_MISMATCH',
        'errors.signing.typedSignatureMismatch',
      );
    }
    return this.deps.signatures.saveTyped(signature.text);
  }
}

function assertAcknowledged(request: SignRequest, agreement: SigningAgreement): void {
  const acknowledged = new Set(request.acknowledgedClauseIds);
  const missing = agreement.clauses.filter((clause) => !acknowledged.has(clause.id));
  if (missing.length > 0) {
    throw new DomainError(
      'SIGNING_CLAUSES_NOT_ACKNOWLEDGED',
      'errors.signing.clausesNotAcknowledged',
      {
        count: missing.length,
      },
    );
  }
  if (!request.statementAccepted) {
    throw new DomainError('SIGNING_STATEMENT_NOT_ACCEPTED', 'errors.signing.statementNotAccepted');
  }
}

/**
 * The refresher date the certificate promises: a year (the interval) from this signing after
 * training; after signing only a changed agreement, the date their last training already set.
 */
function dueAfterSigning(
  theirs: readonly AcceptanceRecord[],
  type: RecordType,
  signedAt: string,
  settings: Pick<Settings, 'refresherMonths' | 'timeZone'>,
): string {
  const fresh = expiryDate(signedAt, settings.refresherMonths, settings.timeZone);
  if (renewsTraining(type)) return fresh;
  const [person] = personStatuses({ ...settings, records: theirs, today: new Date(signedAt) });
  return person?.dueOn ?? fresh;
}
