import { FileSpreadsheet, FileText, Mail, Users } from 'lucide-react';
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { whenText } from '../../../common/lead/reminder-when';
import { leadSettingsOf } from '../../../common/settings/lead-settings';
import { numberBounds, settingsSchema } from '../../../common/settings/settings-schema';
import type { ReminderView } from '../../../electron/services/reminders/reminder-service';
import { api } from '../../app/api';
import { useAppState } from '../../app/app-state';
import { useDates } from '../../i18n/use-dates';
import { ErrorNotice } from '../ErrorNotice';
import { ExportProgress } from './ExportProgress';
import { useExportJob } from './use-export-job';
import { useLeadCall } from './use-lead-call';
import '../../styles/evidence.css';
import { ReasonedButton } from '../ReasonedButton';

const WINDOW = numberBounds(settingsSchema.shape.reminderDays);

/**
 * Who to remind before they lapse: everyone due within the reminder window (a setting) and
 * everyone overdue, per role. Each email link opens a draft in the lead's own mail client
 * (main hands `mailto:` to the system); the app itself sends nothing.
 */
export function RemindersPanel() {
  const { t } = useTranslation('evidence');
  const { settings, reloadSettings } = useAppState();
  const dates = useDates('long');
  const call = useLeadCall();
  const id = useId();
  const exportJob = useExportJob();
  const [view, setView] = useState<ReminderView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [days, setDays] = useState(String(settings.reminderDays));

  const load = useCallback(() => call(api().leadReminders()).then(setView, setError), [call]);
  useEffect(() => void load(), [load, settings.reminderDays]);

  const saveWindow = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const reminderDays = Number(days);
      await call(api().leadUpdateSettings({ ...leadSettingsOf(settings), reminderDays }));
      await reloadSettings();
    } catch (failure) {
      setError(failure);
    }
  };

  const language = (locale: string) => t(`common:language.names.${locale}`);
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('reminders.heading')}</h2>
      {view && (
        <p>{t('reminders.intro', { days: view.windowDays, date: dates.day(view.today) })}</p>
      )}
      <form className="lead-reminders__controls" onSubmit={(e) => void saveWindow(e)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-days`}>{t('reminders.windowLabel')}</label>
          <input
            id={`${id}-days`}
            className="lead-input--number"
            type="number"
            inputMode="numeric"
            min={WINDOW.min}
            max={WINDOW.max}
            value={days}
            onChange={(e) => setDays(e.target.value)}
          />
        </div>
        <button type="submit" className="button button--secondary">
          {t('reminders.windowSave')}
        </button>
      </form>
      <ErrorNotice error={error} />
      {view && view.total === 0 && <p>{t('reminders.none', { days: view.windowDays })}</p>}
      {view && view.total > 0 && (
        <>
          <div className="button-row">
            {view.batches.map((batch) => (
              <a
                key={batch.mailto}
                className="button"
                href={batch.mailto}
                target="_blank"
                rel="noreferrer"
              >
                <Users aria-hidden="true" size={18} />
                {t('reminders.batch', {
                  language: t(`common:language.afterIn.${batch.locale}`),
                  count: batch.recipients,
                })}
              </a>
            ))}
            <ReasonedButton
              className="button button--secondary"
              disabledReason={exportJob.running ? t('common:disabled.exportRunning') : null}
              onClick={() =>
                void exportJob.launch(() =>
                  api().leadStartReminderExport({ format: 'csv', locale: settings.locale }),
                )
              }
            >
              <FileSpreadsheet aria-hidden="true" size={18} />
              {t('reminders.exportCsv')}
            </ReasonedButton>
            <ReasonedButton
              className="button button--secondary"
              disabledReason={exportJob.running ? t('common:disabled.exportRunning') : null}
              onClick={() =>
                void exportJob.launch(() =>
                  api().leadStartReminderExport({ format: 'pdf', locale: settings.locale }),
                )
              }
            >
              <FileText aria-hidden="true" size={18} />
              {t('reminders.exportPdf')}
            </ReasonedButton>
          </div>
          <ExportProgress
            job={exportJob.job}
            error={exportJob.error}
            onCancel={() => void exportJob.cancel()}
          />
          {view.byRole.map((group) => {
            const caption = t('reminders.tableCaption', { role: t(`lead:roles.${group.role}`) });
            return (
              // Six columns do not fit 320px: the table scrolls inside its own focusable region
              // (WCAG 1.4.10 lets data tables do so) and the page itself never scrolls sideways.
              <div
                className="lead-reminders__table"
                key={group.role}
                role="region"
                aria-label={caption}
                tabIndex={0}
              >
                <table className="lead-table">
                  <caption>{caption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('reminders.columns.name')}</th>
                      <th scope="col">{t('reminders.columns.identifier')}</th>
                      <th scope="col">{t('reminders.columns.dueOn')}</th>
                      <th scope="col">{t('reminders.columns.when')}</th>
                      <th scope="col">{t('reminders.columns.language')}</th>
                      <th scope="col">{t('reminders.columns.email')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {group.rows.map((row) => (
                      <tr key={row.identifier}>
                        <th scope="row">{row.fullName}</th>
                        <td>{row.identifier}</td>
                        <td className="lead-date">{dates.day(row.dueOn)}</td>
                        <td>{whenText(t, row)}</td>
                        <td>{language(row.locale)}</td>
                        <td>
                          {row.mailto ? (
                            <a
                              className="button button--secondary"
                              href={row.mailto}
                              target="_blank"
                              rel="noreferrer"
                            >
                              <Mail aria-hidden="true" size={18} />
                              {t('reminders.emailOne', { name: row.fullName })}
                            </a>
                          ) : (
                            t('reminders.noEmail')
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
