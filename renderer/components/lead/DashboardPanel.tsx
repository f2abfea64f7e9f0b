import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadDashboard } from '../../../electron/services/lead/dashboard';
import { api } from '../../app/api';
import { useAppState } from '../../app/app-state';
import { useDates } from '../../i18n/use-dates';
import { ErrorNotice } from '../ErrorNotice';
import { CompletionsChart } from './CompletionsChart';
import { HardestQuestions } from './HardestQuestions';
import { PolicyFollowUpTable } from '../policy/PolicyFollowUpTable';
import { InTrainingTable } from './InTrainingTable';
import { LrsCompletions } from './LrsCompletions';
import { IntegrityNotice } from './IntegrityNotice';
import { RemindersPanel } from './RemindersPanel';
import { StatusTiles } from './StatusTiles';
import { useLeadCall } from './use-lead-call';

export function DashboardPanel() {
  const { t } = useTranslation('lead');
  const { settings } = useAppState();
  const call = useLeadCall();
  const dates = useDates('medium');
  const [data, setData] = useState<LeadDashboard | null>(null);
  const [error, setError] = useState<unknown>(null);

  const [lrsConfigured, setLrsConfigured] = useState(false);

  useEffect(() => {
    call(api().leadDashboard({ locale: settings.locale })).then(setData, setError);
  }, [call, settings.locale]);
  useEffect(() => {
    // With an LRS, the completions of the organisation's other devices can be read here too.
    call(api().leadLrsSettings()).then(
      (lrs) => setLrsConfigured(lrs.configured),
      () => setLrsConfigured(false),
    );
  }, [call]);

  if (error) return <ErrorNotice error={error} />;
  if (!data) return <p role="status">{t('records.loadingRow')}</p>;
  return (
    <>
      {data.ledgerProblems > 0 && (
        <div className="notice notice--error" role="alert">
          {t('dashboard.ledgerProblems', { problems: data.ledgerProblems })}
        </div>
      )}
      <IntegrityNotice integrity={data.integrity} />
      {data.unreadableProgress > 0 && (
        <div className="notice notice--warning">
          {t('dashboard.progressUnreadable', { count: data.unreadableProgress })}
        </div>
      )}
      {data.refresherExceptions.length > 0 && (
        <div className="notice notice--warning" role="alert">
          <p>{t('dashboard.refresherExceptions')}</p>
          <ul>
            {data.refresherExceptions.map((r) => (
              <li key={r.recordId}>
                {t('dashboard.refresherException', {
                  name: r.fullName,
                  identifier: r.identifier,
                  date: dates.instant(r.signedAt),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <StatusTiles counts={data.counts} />
      <PolicyFollowUpTable rows={data.policyFollowUp} />
      <RemindersPanel />
      <InTrainingTable rows={data.inTraining} />
      {lrsConfigured && <LrsCompletions />}
      <CompletionsChart months={data.months} />
      <HardestQuestions questions={data.hardest} skippedLines={data.skippedAnswerLines} />
    </>
  );
}
