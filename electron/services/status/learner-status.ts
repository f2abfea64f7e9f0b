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
  const today = todayIn(input.timeZone, input.today);
  const latestByPerson = latestPerPerson(input.records, () => true);
  // A re-signed agreement is not training: the refresher stays due from the last training.
  const trainedByPerson = latestPerPerson(input.records, (r) => renewsTraining(r.recordType));

  const rows: PersonStatusRow[] = [];
  for (const [identifier, latest] of latestByPerson) {
    const trained = trainedByPerson.get(identifier) ?? latest;
    const dueOn = expiryDate(trained.signedAt, input.refresherMonths, input.timeZone);
    const daysLeft = daysBetween(today, dueOn);
    rows.push({ identifier, status: dueStatus(dueOn, today), latest, dueOn, daysLeft });
  }
  const never = new Set((input.knownLearners ?? []).map(normaliseIdentifier));
  for (const identifier of never) {
    if (identifier !== '' && !latestByPerson.has(identifier)) {
      rows.push({ identifier, status: 'never', latest: null, dueOn: null, daysLeft: null });
    }
  }
  // Code-unit order, not locale order, so the list is the same on every machine.
  return rows.sort((a, b) =>
    a.identifier < b.identifier ? -1 : a.identifier > b.identifier ? 1 : 0,
  );
}

function latestPerPerson(
  records: readonly AcceptanceRecord[],
  counts: (record: AcceptanceRecord) => boolean,
): Map<string, AcceptanceRecord> {
  const latest = new Map<string, AcceptanceRecord>();
  for (const record of records) {
    if (!counts(record)) continue;
    const key = normaliseIdentifier(record.learner.identifier);
    const previous = latest.get(key);
    if (!previous || Date.parse(record.signedAt) > Date.parse(previous.signedAt)) {
      latest.set(key, record);
    }
  }
  return latest;
}

export type StatusCounts = Record<PersonStatus, number> & { total: number };

/** The numbers on the lead's dashboard tiles. */
export function countStatuses(rows: readonly PersonStatusRow[]): StatusCounts {
  const counts: StatusCounts = { current: 0, 'due-soon': 0, overdue: 0, never: 0, total: 0 };
  for (const row of rows) {
    counts[row.status] += 1;
    counts.total += 1;
  }
  return counts;
}
