import { reminderReason, type ReminderReason } from '../../../common/calendar/reminder-window';
import { todayIn } from '../../../common/calendar/org-calendar';
import type { Locale } from '../../../common/content/content-schema';
import type { AcceptanceRecord, LearnerRole } from '../../../common/records/acceptance-record';
import { LEARNER_ROLES } from '../../../common/records/record-kinds';
import { personStatuses } from '../status/learner-status';

/** One person to remind, in the language they last trained in. */
export interface ReminderRow {
  fullName: string;
  identifier: string;
  role: LearnerRole;
  locale: Locale;
  /** The day the refresher falls (or fell) due, YYYY-MM-DD on the organisation's calendar. */
  dueOn: string;
  /** Days from today to `dueOn`: 0 due today, negative overdue. */
  daysLeft: number;
  reason: ReminderReason;
}

export interface ReminderList {
  today: string;
  windowDays: number;
  /** Roles in their usual order, each with its people: overdue first, then soonest due. */
  byRole: { role: LearnerRole; rows: ReminderRow[] }[];
  total: number;
}

export interface ReminderInput {
  /** Live, sound records (Ledger.liveRecords). */
  records: readonly AcceptanceRecord[];
  refresherMonths: number;
  timeZone: string;
  now: Date;
  windowDays: number;
}

/** Statuses come from the one rule (`personStatuses`); the window from `reminderReason`. */
export function buildReminderList(input: ReminderInput): ReminderList {
  const today = todayIn(input.timeZone, input.now);
  const rows: ReminderRow[] = [];
  for (const person of personStatuses({ ...input, today: input.now })) {
    const { latest, dueOn, daysLeft } = person;
    if (!latest || dueOn === null || daysLeft === null) continue;
    const reason = reminderReason(dueOn, today, input.windowDays);
    if (!reason) continue;
    rows.push({
      fullName: latest.learner.fullName,
      identifier: latest.learner.identifier,
      role: latest.learner.role,
      locale: latest.locale,
      dueOn,
      daysLeft,
      reason,
    });
  }
  rows.sort((a, b) => a.daysLeft - b.daysLeft || (a.fullName < b.fullName ? -1 : 1));
  const byRole = LEARNER_ROLES.map((role) => ({
    role,
    rows: rows.filter((r) => r.role === role),
  })).filter((group) => group.rows.length > 0);
  return { today, windowDays: input.windowDays, byRole, total: rows.length };
}
