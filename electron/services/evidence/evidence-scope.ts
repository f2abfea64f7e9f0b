import { dayRange, todayIn, withinDayRange } from '../../../common/calendar/org-calendar';
import { daysBetween } from '../../../common/calendar/calendar-date';
import { startOfDayInZone } from '../../../common/calendar/time-zone';
import type { AcceptanceRecord, LearnerRole } from '../../../common/records/acceptance-record';
import { DomainError } from '../errors';

/** What an evidence pack (or a trustee's report) covers: days on the organisation's calendar. */
export interface EvidenceScope {
  /** First day, YYYY-MM-DD, inclusive. */
  from: string;
  /** Last day, YYYY-MM-DD, inclusive; a day after today is read as today. */
  to: string;
  roles: readonly LearnerRole[];
}

/**
 * The period checked and settled once: `to` no later than today (statuses are "as at" the end
 * of the period, and nobody can be judged on a day that has not come), `from` not after `to`.
 */
export function settledScope(scope: EvidenceScope, timeZone: string, now: Date): EvidenceScope {
  const today = todayIn(timeZone, now);
  const to = daysBetween(scope.to, today) < 0 ? today : scope.to;
  if (daysBetween(scope.from, to) < 0) {
    throw new DomainError('evidence-bad-period', 'errors.evidence.badPeriod');
  }
  if (scope.roles.length === 0) {
    throw new DomainError('evidence-no-roles', 'errors.evidence.noRoles');
  }
  return { ...scope, to };
}

/** Records completed within the period by people in the chosen roles (the CSV and certificates). */
export function recordsInScope(
  records: readonly AcceptanceRecord[],
  scope: EvidenceScope,
  timeZone: string,
): AcceptanceRecord[] {
  const days = dayRange(scope.from, scope.to, timeZone);
  const roles = new Set<LearnerRole>(scope.roles);
  return records.filter((r) => roles.has(r.learner.role) && withinDayRange(r.completedAt, days));
}

/**
 * Records that existed at the end of the period (signed before the next day began): statuses are
 * judged from these, so a pack made later still says who was current on its last day.
 */
export function recordsUpToEnd(
  records: readonly AcceptanceRecord[],
  scope: EvidenceScope,
  timeZone: string,
): AcceptanceRecord[] {
  const { end } = dayRange(undefined, scope.to, timeZone);
  return records.filter((r) => Date.parse(r.signedAt) < end);
}

/** An instant on the period's last day, for rules that take "now" (status, months). */
export function endOfScopeInstant(scope: EvidenceScope, timeZone: string): Date {
  return new Date(startOfDayInZone(scope.to, timeZone));
}
