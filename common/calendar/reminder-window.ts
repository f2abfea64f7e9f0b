import { daysBetween } from './calendar-date';
import { dueStatus } from './org-calendar';

/** Why someone is on the lead's reminder list. */
export type ReminderReason = 'overdue' | 'due';

/**
 * Who to remind, on the organisation's calendar: everyone overdue (by the one due rule,
 * `dueStatus`: overdue from the day after the due day), and everyone due from today through
 * `windowDays` ahead, both ends included. Null for someone not due within the window.
 */
export function reminderReason(
  dueOn: string,
  today: string,
  windowDays: number,
): ReminderReason | null {
  if (dueStatus(dueOn, today) === 'overdue') return 'overdue';
  return daysBetween(today, dueOn) <= windowDays ? 'due' : null;
}
