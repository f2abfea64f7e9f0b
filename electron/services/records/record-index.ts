import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import type { Ledger, ReviewedRecord } from '../ledger/ledger';
import { normaliseIdentifier } from '../status/learner-identifier';

/** What changed since the last sync: records added and removed, or everything (`reset`). */
export type RecordChanges =
  | { reset: false; added: readonly ReviewedRecord[]; removed: ReadonlySet<string> }
  | { reset: true };

/**
 * The ledger's records, kept in step with it as it grows: every readable record not erased
 * (damaged ones flagged, as `reviewedRecords` gives them), in ledger order and by person (the
 * normalised identifier), so "has this person completed before?" and "their latest record" cost
 * the same at 100 records and at 100,000. Appends and erasures are applied as they come (each
 * is a new entry at the end of the ledger); anything else (a file re-read after a failed write,
 * a damaged new entry) rebuilds it from the ledger, whose rules stay the one say on what is
 * live and what is damaged.
 */
export class RecordIndex {
  private all: ReviewedRecord[] = [];
  private sound: AcceptanceRecord[] | null = null;
  private readonly byPerson = new Map<string, ReviewedRecord[]>();
  private readonly keys = new WeakMap<AcceptanceRecord, string>();
  private readonly listeners = new Set<(changes: RecordChanges) => void>();
  /** Ledger entries taken in so far, and the hash of the last one (to notice a rewrite). */
  private seen = 0;
  private lastHash: string | null = null;
  private revision = 0;

  constructor(
    private readonly ledger: Ledger,
    buildNow = true,
  ) {
    if (buildNow) this.rebuild();
  }

  /**
   * Built a slice at a time, so main answers other calls while 100,000 records are taken in
   * (at opening, before anyone else holds the ledger: nothing appends meanwhile).
   */
  static async inTurns(ledger: Ledger): Promise<RecordIndex> {
    const index = new RecordIndex(ledger, false);
    await ledger.eachReviewedRecordInTurns((reviewed) => index.add(reviewed));
    index.taken();
    return index;
  }

  /** Takes in whatever the ledger gained since the last call; cheap when nothing changed. */
  sync(): this {
    // What is known about entries already taken in changed (a rewrite, a verification's findings).
    if (this.ledger.revision !== this.revision) return this.reset();
    const fresh = this.ledger.entriesFrom(this.seen - 1);
    const anchor = this.seen === 0 ? null : fresh[0];
    if ((anchor?.hash ?? null) !== this.lastHash) return this.reset();
    const added: ReviewedRecord[] = [];
    const removed = new Set<string>();
    for (const entry of fresh.slice(this.seen === 0 ? 0 : 1)) {
      if (entry.kind === 'completion') {
        const found = this.ledger.findByRecordId(entry.recordId);
        // A damaged or duplicated line: let the ledger's own rules decide.
        if (!entry.body || found?.entry !== entry || found.problems.length > 0) return this.reset();
        added.push({
          record: entry.body,
          damage: null,
          recordId: entry.recordId,
          identifier: entry.body.learner.identifier,
        });
      } else if (entry.body) {
        for (const id of entry.body.erasedRecordIds) removed.add(id);
      } else {
        return this.reset();
      }
    }
    this.advance(fresh);
    if (added.length === 0 && removed.size === 0) return this;
    if (removed.size > 0) this.remove(removed);
    for (const reviewed of added) this.add(reviewed);
    this.emit({ reset: false, added, removed });
    return this;
  }

  /** Sound records not erased, in ledger order (what certificates and exports may use). */
  live(): readonly AcceptanceRecord[] {
    this.sound ??= this.all.filter((r) => !r.damage).map((r) => r.record);
    return this.sound;
  }

  /** Every readable record not erased, damaged ones flagged, in ledger order. Do not modify. */
  reviewed(): readonly ReviewedRecord[] {
    return this.all;
  }

  /** How records are grouped into people (see `normaliseIdentifier`), worked out once each. */
  personKeyOf(record: AcceptanceRecord): string {
    let key = this.keys.get(record);
    if (key === undefined) {
      key = normaliseIdentifier(record.learner.identifier);
      this.keys.set(record, key);
    }
    return key;
  }

  /** A person's sound records in ledger order, found by identifier written any way round. */
  recordsOf(identifier: string): AcceptanceRecord[] {
    return this.reviewedOf(identifier)
      .filter((r) => !r.damage)
      .map((r) => r.record);
  }

  /** The person's most recently signed sound record. */
  latestFor(identifier: string): AcceptanceRecord | undefined {
    let latest: AcceptanceRecord | undefined;
    for (const record of this.recordsOf(identifier)) {
      if (!latest || record.signedAt > latest.signedAt) latest = record;
    }
    return latest;
  }

  /** A person's records, damaged ones included (an erasure takes those too). */
  reviewedOf(identifier: string): readonly ReviewedRecord[] {
    return this.byPerson.get(normaliseIdentifier(identifier)) ?? [];
  }

  /** Called after every change, with what changed; returns a function that stops it. */
  onChange(listener: (changes: RecordChanges) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private reset(): this {
    this.rebuild();
    this.emit({ reset: true });
    return this;
  }

  private rebuild(): void {
    this.all = [];
    this.sound = null;
    this.byPerson.clear();
    for (const reviewed of this.ledger.reviewedRecords()) this.add(reviewed);
    this.taken();
  }

  /** Notes how far into the ledger the records taken in reach. */
  private taken(): void {
    this.seen = 0;
    this.lastHash = null;
    this.revision = this.ledger.revision;
    this.advance(this.ledger.entriesFrom(this.ledger.size - 1));
  }

  private advance(fresh: readonly { hash: string }[]): void {
    const last = fresh.at(-1);
    if (last) this.lastHash = last.hash;
    this.seen = this.ledger.size;
  }

  private add(reviewed: ReviewedRecord): void {
    this.all.push(reviewed);
    this.sound = null;
    // From the identifier at hand: the record itself may not be parsed yet (lazy-entries.ts).
    const key = normaliseIdentifier(reviewed.identifier);
    const theirs = this.byPerson.get(key);
    if (theirs) theirs.push(reviewed);
    else this.byPerson.set(key, [reviewed]);
  }

  private remove(ids: ReadonlySet<string>): void {
    this.sound = null;
    this.all = this.all.filter((reviewed) => {
      if (!ids.has(reviewed.recordId)) return true;
      const key = normaliseIdentifier(reviewed.identifier);
      const left = (this.byPerson.get(key) ?? []).filter((r) => r !== reviewed);
      if (left.length > 0) this.byPerson.set(key, left);
      else this.byPerson.delete(key);
      return false;
    });
  }

  private emit(changes: RecordChanges): void {
    for (const listener of this.listeners) listener(changes);
  }
}

const indexes = new WeakMap<Ledger, RecordIndex>();

/** Builds a newly opened ledger's index in turns (see `RecordIndex.inTurns`), for `recordIndexOf`. */
export async function prepareRecordIndex(ledger: Ledger): Promise<void> {
  if (!indexes.has(ledger)) indexes.set(ledger, await RecordIndex.inTurns(ledger));
}

/** The one index of an open ledger, brought up to date. */
export function recordIndexOf(ledger: Ledger): RecordIndex {
  let index = indexes.get(ledger);
  if (!index) {
    index = new RecordIndex(ledger);
    indexes.set(ledger, index);
    return index;
  }
  return index.sync();
}
