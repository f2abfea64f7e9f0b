import type { TFunction } from 'i18next';
import type { ReminderReason } from '../calendar/reminder-window';

/** "Overdue by 3 days", "Due today", "Due in 12 days" (the same words on screen). */
export function whenText(t: TFunction, row: { reason: ReminderReason; daysLeft: number }): string {
  if (row.reason === 'overdue') return t('evidence:reminders.overdueBy', { count: -row.daysLeft });
  if (row.daysLeft === 0) return t('evidence:reminders.dueToday');
  return t('evidence:reminders.dueIn', { count: row.daysLeft });
}
