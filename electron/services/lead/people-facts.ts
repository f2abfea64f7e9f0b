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
}

export function personFacts(key: string, sound: readonly AcceptanceRecord[]): PersonFacts {
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

  /** Sets a person's facts from their sound records now (none: they are forgotten). */
  set(key: string, sound: readonly AcceptanceRecord[]): void {
    const before = this.byPerson.get(key);
    if (before) {
      for (const at of before.completions) this.times.splice(lowerBound(this.times, at), 1);
      const left = (this.learnerKeys.get(before.learnerKey) ?? 1) - 1;
      if (left > 0) this.learnerKeys.set(before.learnerKey, left);
      else this.learnerKeys.delete(before.learnerKey);
      this.byPerson.delete(key);
    }
    if (sound.length === 0) return;
    const facts = personFacts(key, sound);
    this.byPerson.set(key, facts);
    this.learnerKeys.set(facts.learnerKey, (this.learnerKeys.get(facts.learnerKey) ?? 0) + 1);
    for (const at of facts.completions) this.times.splice(upperBound(this.times, at), 0, at);
  }

  /**
   * For a table first being built, one person at a time: their completion times are gathered
   * unsorted, and `settle` puts them in order once at the end (100,000 sorted insertions would
   * each move half the list).
   */
  addWhileBuilding(key: string, sound: readonly AcceptanceRecord[]): void {
    if (sound.length === 0 || this.byPerson.has(key)) return this.set(key, sound);
    const facts = personFacts(key, sound);
    this.byPerson.set(key, facts);
    this.learnerKeys.set(facts.learnerKey, (this.learnerKeys.get(facts.learnerKey) ?? 0) + 1);
    for (const at of facts.completions) this.times.push(at);
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
