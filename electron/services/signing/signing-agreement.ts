import type { ContentPack, Locale } from '../../../common/content/content-schema';
import { aupTextDigest } from '../ledger/aup-text-digest';
import type { AcceptanceRecord, RecordType } from '../../../common/records/acceptance-record';
import { resignNeeded } from '../../../common/status/policy-status';
import { normaliseIdentifier } from '../status/learner-identifier';
import { changedClauseIds, orderForSigning } from './changed-clauses';
import { inTopicOrder } from './topic-order';

export interface AgreementClause {
  id: string;
  /** The clause's own number in the policy (1-based), kept when changed clauses are shown first. */
  number: number;
  /** The title of the module that teaches it first, so the long list reads in topics. */
  topic: string;
  revision: number;
  /** The clause as the learner reads it: placeholders already filled. */
  text: string;
  /** True when the clause is new or reworded since the learner's last signature. */
  changed: boolean;
  /**
   * Set when the text is in another language than the agreement's, because the organisation
   * has not translated its own clause yet: the screen says so beside the clause.
   */
  language?: Locale;
}

/** What a re-signing learner is told: the version they signed, and the clauses since removed. */
export interface ResignChanges {
  signedVersion: string;
  /** Clauses in the version they signed that are no longer in the agreement. */
  removed: RemovedClause[];
}

export interface RemovedClause {
  id: string;
  /** The words as the learner signed them, when this device keeps that text; else null. */
  text: string | null;
}

/**
 * Everything the signing screen shows, in the order it must show it. The learner's registered
 * name pre-fills their typed signature (they resumed with their PIN, so it is shown only to them);
 * they confirm it as their signature, and main still checks what is sent against it.
 */
export interface SigningAgreement {
  sessionId: string;
  learnerName: string;
  locale: Locale;
  recordType: RecordType;
  aupVersion: string;
  title: string;
  intro: string;
  statementOfIntent: string;
  clauses: AgreementClause[];
  /** When the learner last signed (null for a first signature). */
  previousSignedAt: string | null;
  /**
   * Set when the learner signed an older version of the agreement: `clauses` then holds only
   * the clauses added or changed since (they agreed to the others in their earlier record).
   */
  resign: ResignChanges | null;
  /**
   * True when the learner signed before but this device no longer keeps the clause list of the
   * version they signed (its file in `data/agreement-versions/` was lost or damaged): nothing
   * can say what changed, so every clause is shown as changed and the screen says why.
   */
  earlierVersionUnknown: boolean;
  /** Every clause id of this version → its revision: what the record keeps as signed. */
  clauseRevisions: Record<string, number>;
}

/** The learner's most recent record, matched by identifier as people are grouped everywhere. */
export function latestRecordFor(
  records: readonly AcceptanceRecord[],
  identifier: string,
): AcceptanceRecord | undefined {
  const wanted = normaliseIdentifier(identifier);
  return records
    .filter((record) => normaliseIdentifier(record.learner.identifier) === wanted)
    .reduce<AcceptanceRecord | undefined>(
      (latest, record) => (!latest || record.signedAt > latest.signedAt ? record : latest),
      undefined,
    );
}

/** The record a session already produced: same learner, same start time. */
export function recordOfSession(
  records: readonly AcceptanceRecord[],
  session: { learner: { identifier: string }; startedAt: string },
): AcceptanceRecord | undefined {
  const wanted = normaliseIdentifier(session.learner.identifier);
  return records.find(
    (record) =>
      record.startedAt === session.startedAt &&
      normaliseIdentifier(record.learner.identifier) === wanted,
  );
}

/**
 * The learner's last signature, as the agreement screen compares with: the record, and the
 * revision of each clause of the version it signed (undefined when that version is not kept
 * here: then every clause counts as changed, and none as removed).
 */
export interface PreviousSignature {
  record: AcceptanceRecord;
  revisions: Readonly<Record<string, number>> | undefined;
}

/** The learner signed before, and the revisions of what they signed are not known here. */
export function earlierVersionUnknown(previous: PreviousSignature | undefined): boolean {
  return previous !== undefined && previous.revisions === undefined;
}

/** For a learner re-signing: which version they signed and which of its clauses are gone. */
export function resignChanges(
  aup: Pick<ContentPack['aup'], 'version' | 'clauses'>,
  previous: PreviousSignature | undefined,
  signedText: ReadonlyArray<{ id: string; text: string }> = [],
): ResignChanges | null {
  if (!previous || !resignNeeded(previous.record, aup.version)) return null;
  const current = new Set(aup.clauses.map((clause) => clause.id));
  const texts = new Map(signedText.map((clause) => [clause.id, clause.text]));
  return {
    signedVersion: previous.record.aupVersion,
    removed: Object.keys(previous.revisions ?? {})
      .filter((id) => !current.has(id))
      .map((id) => ({ id, text: texts.get(id) ?? null })),
  };
}

/**
 * The clauses in shown order: changed ones first, then the rest grouped by the course's topics
 * (the screen asks for one acknowledgement per group). Shared by the screen and the record.
 * A learner who signed an older version sees only what was added or changed since.
 */
export function agreementClauses(
  { aup, modules, tailoring }: Pick<ContentPack, 'aup' | 'modules' | 'tailoring'>,
  previous: PreviousSignature | undefined,
): AgreementClause[] {
  const changed = previous ? changedClauseIds(previous.revisions ?? {}, aup.clauses) : [];
  const onlyChanged = resignNeeded(previous?.record, aup.version);
  const titles = new Map(modules.map((module) => [module.id, module.title]));
  const numbered = aup.clauses.map((clause, index) => ({
    ...clause,
    number: index + 1,
    topic: titles.get(clause.modules[0] ?? '') ?? '',
  }));
  const byTopic = inTopicOrder(
    numbered,
    modules.map((module) => module.id),
  );
  return orderForSigning(byTopic, changed)
    .filter((clause) => !onlyChanged || clause.changed)
    .map(({ id, number, topic, revision, text, changed: isNew }) => {
      const language = tailoring?.clauseLanguages[id];
      return {
        id,
        number,
        topic,
        revision,
        text,
        changed: isNew,
        ...(language ? { language } : {}),
      };
    });
}

/** SHA-256 of the clauses exactly as shown (filled text, shown order, shown locale). */
export function shownTextDigest(clauses: readonly AgreementClause[], locale: Locale): string {
  return aupTextDigest(
    clauses.map(({ id, text }) => ({ id, text })),
    locale,
  );
}

/**
 * Clause id → revision signed, so a later refresher can tell what changed since. Every clause
 * of the version: a re-signing learner agreed to the unchanged ones in their earlier record.
 */
export function clauseRevisions(aup: Pick<ContentPack['aup'], 'clauses'>): Record<string, number> {
  return Object.fromEntries(aup.clauses.map((clause) => [clause.id, clause.revision]));
}
