import type { Locale } from '../../../common/content/content-schema';
import type { Settings } from '../../../common/settings/settings-schema';
import { writeFileAtomic } from '../fs/atomic-write';
import type { JobContext, JobOutcome } from '../lead/export-jobs';
import type { Ledger } from '../ledger/ledger';
import { reminderCsv, reminderPdf } from './reminder-files';
import { buildReminderList, type ReminderList, type ReminderRow } from './reminder-list';
import {
  batchReminders,
  personalReminder,
  type ReminderBatch,
  type ReminderSender,
} from './reminder-mail';

/** What the dashboard shows: the list, each person's reminder link, and the BCC batches. */
export interface ReminderView extends Omit<ReminderList, 'byRole'> {
  byRole: { role: ReminderRow['role']; rows: (ReminderRow & { mailto: string | null })[] }[];
  batches: ReminderBatch[];
}

export interface ReminderServiceDeps {
  ledger: () => Promise<Ledger>;
  settings: () => Settings;
  fontsDir: string;
  now: () => Date;
}

/** Who to remind before they lapse, and the lead's copies of that list. Nothing is sent. */
export class ReminderService {
  constructor(private readonly deps: ReminderServiceDeps) {}

  async list(): Promise<ReminderList> {
    const ledger = await this.deps.ledger();
    const settings = this.deps.settings();
    return buildReminderList({
      records: ledger.liveRecords(),
      refresherMonths: settings.refresherMonths,
      timeZone: settings.timeZone,
      now: this.deps.now(),
      windowDays: settings.reminderDays,
    });
  }

  async view(): Promise<ReminderView> {
    const list = await this.list();
    const sender = this.sender();
    return {
      ...list,
      byRole: list.byRole.map((group) => ({
        role: group.role,
        rows: group.rows.map((row) => ({ ...row, mailto: personalReminder(row, sender) })),
      })),
      batches: batchReminders(
        list.byRole.flatMap((g) => g.rows),
        sender,
      ),
    };
  }

  async writeCsv(locale: Locale, path: string, { progress }: JobContext): Promise<JobOutcome> {
    progress(0, 1);
    const list = await this.list();
    await writeFileAtomic(path, reminderCsv(list, locale));
    progress(1, 1);
    return { target: path, count: list.total, notes: {} };
  }

  async writePdf(locale: Locale, path: string, { progress }: JobContext): Promise<JobOutcome> {
    progress(0, 1);
    const list = await this.list();
    const pdf = await reminderPdf(list, locale, {
      fontsDir: this.deps.fontsDir,
      organisation: this.deps.settings().organisation.orgName,
    });
    await writeFileAtomic(path, pdf);
    progress(1, 1);
    return { target: path, count: list.total, notes: {} };
  }

  private sender(): ReminderSender {
    const { organisation } = this.deps.settings();
    return {
      orgName: organisation.orgName,
      leadName: organisation.esafetyLeadName,
      leadContact: organisation.esafetyLeadContact,
    };
  }
}
