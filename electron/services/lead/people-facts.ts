import { learnerKeyFor } from '../analytics/answer-event';
import { lowerBound } from '../analytics/completions-per-month';
import { refreshersWithoutEarlierCompletion } from '../learning/record-type-suggestion';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import { renewsTraining } from '../../../common/records/record-kinds';
import type { RefresherException } from './dashboard';

/** What the dashboard needs of one person that depends on their sound records alone. */
export interface PersonFacts {
  /** The answers file knows people only by this hash (see `learnerKeyFor`). */
  learnerKey: string;
  /** Every module any of their records has a score for. */
  taken: ReadonlySet<string>;
  /** Their refresher records with no completion before them (the learner's own rule). */
  exceptions: readonly RefresherException[];
  /** When each of their records that renews training was completed (ms), for the months chart. */
  completions: readonly number[];
  /**
   * The agreement version their latest record names by digest, which their next signing compares
   * against; null when it lists its own clause revisions instead (records made before versions).
   */
  versionNamed: string | null;
}

export function personFacts(
  key: string,
  sound: readonly AcceptanceRecord[],
  latest: AcceptanceRecord | null,
): PersonFacts {
  const taken = new Set<string>();
  const completions: number[] = [];
  for (const record of sound) {
    for (const score of record.moduleScores) taken.add(score.moduleId);
    const at = Date.parse(record.completedAt);
    // Signing a changed agreement alone is not a completion of the training.
    if (renewsTraining(record.recordType) && !Number.isNaN(at)) completions.push(at);
  }
  return {
    learnerKey: learnerKeyFor(key),
    taken,
    exceptions: refreshersWithoutEarlierCompletion(sound).map((r) => ({
      recordId: r.recordId,
      fullName: r.learner.fullName,
      identifier: r.learner.identifier,
      signedAt: r.signedAt,
    })),
    completions,
    versionNamed: latest && !latest.aupClauseRevisions ? (latest.aupVersionSha256 ?? null) : null,
  };
}

/**
 * Each person's facts, and what the dashboard adds up from them, kept up to date one person at a
 * time as their records change (see RecordTable), so the dashboard never walks 100,000 records.
 */
export class PeopleFacts {
  private readonly byPerson = new Map<string, PersonFacts>();
  private readonly learnerKeys = new Map<string, number>();
  /** Every completion time, ascending: a month's count is two binary searches. */
  private times: number[] = [];
  /** How many people's latest record names each agreement version (see `versionNamed`). */
  private readonly versions = new Map<string, number>();

  /**
   * Sets a person's facts from their sound records now (none: they are forgotten); `latest` is
   * the latest of them, as their status was judged.
   */
  set(key: string, sound: readonly AcceptanceRecord[], latest: AcceptanceRecord | null): void {
    const before = this.byPerson.get(key);
    if (before) {
      for (const at of before.completions) this.times.splice(lowerBound(this.times, at), 1);
      countDown(this.learnerKeys, before.learnerKey);
      if (before.versionNamed) countDown(this.versions, before.versionNamed);
      this.byPerson.delete(key);
    }
    if (sound.length === 0) return;
    const facts = this.add(key, sound, latest);
    for (const at of facts.completions) this.times.splice(upperBound(this.times, at), 0, at);
  }

  private add(
    key: string,
    sound: readonly AcceptanceRecord[],
    latest: AcceptanceRecord | null,
  ): PersonFacts {
    const facts = personFacts(key, sound, latest);
    this.byPerson.set(key, facts);
    countUp(this.learnerKeys, facts.learnerKey);
    if (facts.versionNamed) countUp(this.versions, facts.versionNamed);
    return facts;
  }

  /**
   * For a table first being built, one person at a time: their completion times are gathered
   * unsorted, and `settle` puts them in order once at the end (100,000 sorted insertions would
   * each move half the list).
   */
  addWhileBuilding(
    key: string,
    sound: readonly AcceptanceRecord[],
    latest: AcceptanceRecord | null,
  ): void {
    if (sound.length === 0 || this.byPerson.has(key)) return this.set(key, sound, latest);
    for (const at of this.add(key, sound, latest).completions) this.times.push(at);
  }

  settle(): void {
    this.times = Array.from(Float64Array.from(this.times).sort());
  }

  get(key: string): PersonFacts | undefined {
    return this.byPerson.get(key);
  }

  /** Whether anyone with a record has this learner key. */
  hasLearnerKey(learnerKey: string): boolean {
    return this.learnerKeys.has(learnerKey);
  }

  /** Oldest first (ties by record id, so the order never depends on history). */
  exceptions(): RefresherException[] {
    const found: RefresherException[] = [];
    for (const facts of this.byPerson.values()) found.push(...facts.exceptions);
    return found.sort((a, b) =>
      a.signedAt < b.signedAt
        ? -1
        : a.signedAt > b.signedAt
          ? 1
          : a.recordId < b.recordId
            ? -1
            : a.recordId > b.recordId
              ? 1
              : 0,
    );
  }

  /** Every completion time, ascending. Do not modify. */
  completionTimes(): readonly number[] {
    return this.times;
  }

  /** Each agreement version people's latest records name, with how many. Do not modify. */
  versionsNamed(): ReadonlyMap<string, number> {
    return this.versions;
  }
}

function countUp(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function countDown(counts: Map<string, number>, key: string): void {
  const left = (counts.get(key) ?? 1) - 1;
  if (left > 0) counts.set(key, left);
  else counts.delete(key);
}

function upperBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}
