import { formatCalendarDate } from '../../../common/calendar/format-date';
import type { Locale } from '../../../common/content/content-schema';
import { MAX_MAILTO_LENGTH } from '../../security/url-rules';
import { translatorFor } from '../i18n/main-translator';
import type { ReminderRow } from './reminder-list';

/**
 * Reminder emails as `mailto:` links the lead opens in their own mail client: the app drafts,
 * the lead reads and sends. Written in each person's language (the one they last trained in),
 * from evidence.json, so both languages are kept complete by `npm run i18n:check`.
 */
export interface ReminderSender {
  orgName: string;
  leadName: string;
  leadContact: string;
}

/**
 * Only plain addresses become links: an identifier that is a staff ID, or an address with
 * characters a mailto: link would have to escape, is listed without one.
 */
const PLAIN_EMAIL = /^[A-Za-z0-9._+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+$/;

export function emailOf(identifier: string): string | null {
  return PLAIN_EMAIL.test(identifier) ? identifier : null;
}

const encode = (text: string) => encodeURIComponent(text);

function mailto(to: string, bcc: readonly string[], subject: string, body: string): string {
  const query = [
    bcc.length > 0 ? `bcc=${bcc.join(',')}` : null,
    `subject=${encode(subject)}`,
    `body=${encode(body)}`,
  ].filter(Boolean);
  return `mailto:${to}?${query.join('&')}`;
}

/** One person's reminder, or null when they have no plain email address. */
export function personalReminder(row: ReminderRow, sender: ReminderSender): string | null {
  const to = emailOf(row.identifier);
  if (!to) return null;
  const t = translatorFor(row.locale);
  const date = formatCalendarDate(t, row.dueOn, 'long');
  const values = { ...sender, name: row.fullName, date };
  const kind = row.reason === 'overdue' ? 'overdue' : 'due';
  return mailto(
    to,
    [],
    t(`evidence:reminders.mail.${kind}.subject`, values),
    t(`evidence:reminders.mail.${kind}.body`, values),
  );
}

export interface ReminderBatch {
  locale: Locale;
  recipients: number;
  mailto: string;
}

/**
 * Everyone with an address, in one BCC email per language (so each reads it in their own, and
 * nobody sees the others' addresses), split where a link would pass what mail clients accept.
 */
export function batchReminders(
  rows: readonly ReminderRow[],
  sender: ReminderSender,
): ReminderBatch[] {
  const batches: ReminderBatch[] = [];
  const locales = [...new Set(rows.map((r) => r.locale))].sort();
  for (const locale of locales) {
    const t = translatorFor(locale);
    const subject = t('evidence:reminders.mail.batch.subject', { ...sender });
    const body = t('evidence:reminders.mail.batch.body', { ...sender });
    const emptyLength = mailto('', [], subject, body).length + 'bcc=&'.length;
    let group: string[] = [];
    let length = emptyLength;
    const flush = () => {
      if (group.length === 0) return;
      batches.push({ locale, recipients: group.length, mailto: mailto('', group, subject, body) });
      group = [];
      length = emptyLength;
    };
    for (const row of rows.filter((r) => r.locale === locale)) {
      const email = emailOf(row.identifier);
      if (!email) continue;
      if (length + email.length + 1 > MAX_MAILTO_LENGTH) flush();
      group.push(email);
      length += email.length + 1;
    }
    flush();
  }
  return batches;
}
