import path from 'node:path';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import {
  agreementVersionSchema,
  type AgreementVersion,
} from '../../../common/records/agreement-version';
import { DigestNamedFiles } from '../fs/digest-named-files';
import { canonicalJson, sha256Hex } from '../ledger/canonical-json';

export const AGREEMENT_VERSIONS_DIR = 'agreement-versions';

/** Clause id → revision a record's learner agreed to; undefined when it is not known here. */
export type RevisionsOf = (
  record: Pick<AcceptanceRecord, 'aupClauseRevisions' | 'aupVersionSha256'>,
) => Readonly<Record<string, number>> | undefined;

/** A record made before versions were kept apart carries its revisions itself. */
export const carriedRevisions: RevisionsOf = (record) => record.aupClauseRevisions;

/** The digest a record carries as `aupVersionSha256`. */
export function agreementVersionDigest(version: AgreementVersion): string {
  const { aupVersion, clauseRevisions } = version;
  return sha256Hex(canonicalJson({ aupVersion, clauseRevisions }));
}

/**
 * Every version of the agreement that a record on this device was signed against: its name and
 * the revision of each of its clauses, kept once per version under its digest (which the record
 * carries as `aupVersionSha256`) rather than as a revision per clause in every record, a
 * kilobyte of each ledger line. A re-signing learner is shown what changed since the version
 * they signed, and the CSV gives each record its revisions, from here. A copy that no longer
 * matches its digest is never used; a record whose version is not kept here (its file lost) is
 * treated as if every clause were new to its learner.
 */
export class AgreementVersions extends DigestNamedFiles<AgreementVersion> {
  constructor(dataDir: string) {
    super(
      path.join(dataDir, AGREEMENT_VERSIONS_DIR),
      agreementVersionSchema,
      agreementVersionDigest,
    );
  }

  /** Looks records' revisions up: a record's own, else its version's as kept here. */
  async revisionsOf(): Promise<RevisionsOf> {
    return revisionsFrom(await this.all());
  }

  /** One record's revisions, by the same rule, reading at most its own version's file. */
  async revisionsFor(
    record: Pick<AcceptanceRecord, 'aupClauseRevisions' | 'aupVersionSha256'>,
  ): Promise<Readonly<Record<string, number>> | undefined> {
    const digest = record.aupClauseRevisions ? undefined : record.aupVersionSha256;
    const kept = digest === undefined ? null : await this.find(digest);
    return revisionsFrom(new Map(digest && kept ? [[digest, kept]] : []))(record);
  }
}

/** Looks records' revisions up in `known` (versions by digest), or in the record itself. */
export function revisionsFrom(known: ReadonlyMap<string, AgreementVersion>): RevisionsOf {
  return (record) =>
    record.aupClauseRevisions ??
    (record.aupVersionSha256 === undefined
      ? undefined
      : known.get(record.aupVersionSha256)?.clauseRevisions);
}
