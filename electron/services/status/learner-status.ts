import { daysBetween } from '../../../common/calendar/calendar-date';
import { dueStatus, expiryDate, todayIn } from '../../../common/calendar/org-calendar';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import { renewsTraining } from '../../../common/records/record-kinds';
import type { PersonStatus } from '../../../common/status/person-status';
import { normaliseIdentifier } from './learner-identifier';

export interface PersonStatusRow {
  /** The normalised identifier (see `normaliseIdentifier`). */
  identifier: string;
  status: PersonStatus;
  /** The person's most recently signed record; null for 'never'. */
  latest: AcceptanceRecord | null;
  /** The date the refresher falls due (YYYY-MM-DD); null for 'never'. */
  dueOn: string | null;
  /** Days from today to `dueOn` (0 = due today, negative = overdue); null for 'never'. */
  daysLeft: number | null;
}

export interface StatusInput {
  /** Live (not erased) records. */
  records: readonly AcceptanceRecord[];
  /** Identifiers of learners who have started but may not have finished (their progress files). */
  knownLearners?: readonly string[];
  refresherMonths: number;
  /** The organisation's time zone: signings and today are read on its calendar. */
  timeZone: string;
  /** Now; today is its date in `timeZone`. */
  today: Date;
}

/**
 * The refresher is due `refresherMonths` after the latest training signed (a re-signed
 * agreement alone does not count), using the interval set now,
 * so a lead who shortens it after an incident sees everyone affected straight away. (The
 * record's own `expiresOn` keeps what the certificate promised at the time.) Both come from the
 * same calendar rule (`expiryDate`), so with an unchanged interval they are the same day.
 */
export function personStatuses(input: StatusInput): PersonStatusRow[] {
  const basis = {
    refresherMonths: input.refresherMonths,
    timeZone: input.timeZone,
    today: todayIn(input.timeZone, input.today),
  };
  const byPerson = new Map<string, AcceptanceRecord[]>();
  for (const record of input.records) {
    const key = normaliseIdentifier(record.learner.identifier);
    const theirs = byPerson.get(key);
    if (theirs) theirs.push(record);
    else byPerson.set(key, [record]);
  }
  const rows: PersonStatusRow[] = [];
  for (const [identifier, theirs] of byPerson) {
    const row = personStatus(identifier, theirs, basis);
    if (row) rows.push(row);
  }
  const never = new Set((input.knownLearners ?? []).map(normaliseIdentifier));
  for (const identifier of never) {
    if (identifier !== '' && !byPerson.has(identifier)) {
      rows.push({ identifier, status: 'never', latest: null, dueOn: null, daysLeft: null });
    }
  }
  // Code-unit order, not locale order, so the list is the same on every machine.
  return rows.sort((a, b) =>
    a.identifier < b.identifier ? -1 : a.identifier > b.identifier ? 1 : 0,
  );
}

/** What a person's status is judged against, with today already read on the org's calendar. */
export interface StatusBasisDay {
  refresherMonths: number;
  timeZone: string;
  /** YYYY-MM-DD (see `todayIn`). */
  today: string;
}

/**
 * One person's status from their own records (already grouped under `identifier`), so a table
 * that keeps records by person judges only the people whose records changed; null with none.
 */
export function personStatus(
  identifier: string,
  records: readonly AcceptanceRecord[],
  basis: StatusBasisDay,
): PersonStatusRow | null {
  let latest: AcceptanceRecord | null = null;
  let latestAt = 0;
  // A re-signed agreement is not training: the refresher stays due from the last training.
  let trained: AcceptanceRecord | null = null;
  let trainedAt = 0;
  for (const record of records) {
    const at = Date.parse(record.signedAt);
    if (!latest || at > latestAt) {
      latest = record;
      latestAt = at;
    }
    if (renewsTraining(record.recordType) && (!trained || at > trainedAt)) {
      trained = record;
      trainedAt = at;
    }
  }
  if (!latest) return null;
  const dueOn = expiryDate((trained ?? latest).signedAt, basis.refresherMonths, basis.timeZone);
  const daysLeft = daysBetween(basis.today, dueOn);
  return { identifier, status: dueStatus(dueOn, basis.today), latest, dueOn, daysLeft };
}

export type StatusCounts = Record<PersonStatus, number> & { total: number };

/** The numbers on the lead's dashboard tiles. */
export function countStatuses(rows: Iterable<PersonStatusRow>): StatusCounts {
  const counts: StatusCounts = { current: 0, 'due-soon': 0, overdue: 0, never: 0, total: 0 };
  for (const row of rows) {
    counts[row.status] += 1;
    counts.total += 1;
  }
  return counts;
}
