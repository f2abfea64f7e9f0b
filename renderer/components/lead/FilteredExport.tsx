import { FileSpreadsheet, Files, Info } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../../app/app-state';
import type { RecordFilter } from '../../../common/lead/record-query';
import { ExportProgress } from './ExportProgress';
import { useExportJob } from './use-export-job';

/**
 * Exports exactly the records the lead is looking at (say, overdue volunteers to chase), with
 * the same filter main used to list them, so what is exported is what was shown.
 */
export function FilteredExport({ filter, count }: { filter: RecordFilter; count: number | null }) {
  const { t } = useTranslation('lead');
  const { settings } = useAppState();
  const { job, error, running, start, cancel } = useExportJob();
  const shownReasonId = `${useId()}-why`;
  const disabledReason = running
    ? t('common:disabled.exportRunning')
    : !count
      ? t('common:disabled.noRecordsShown')
      : null;
  const exportAs = (kind: 'csv' | 'certificates-combined') => () =>
    void start({ kind, locale: settings.locale, filter });
  return (
    <div className="lead-filtered-export">
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          disabled={disabledReason !== null}
          aria-describedby={disabledReason === null ? undefined : shownReasonId}
          onClick={exportAs('csv')}
        >
          <FileSpreadsheet aria-hidden="true" size={18} />
          {t('records.exportShownCsv', { count: count ?? 0 })}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={disabledReason !== null}
          aria-describedby={disabledReason === null ? undefined : shownReasonId}
          onClick={exportAs('certificates-combined')}
        >
          <Files aria-hidden="true" size={18} />
          {t('records.exportShownPdf')}
        </button>
        {/* One reason for the pair, beside them, describing both. */}
        {disabledReason !== null && (
          <span id={shownReasonId} className="disabled-reason">
            <Info aria-hidden="true" focusable="false" size={16} />
            {disabledReason}
          </span>
        )}
      </div>
      <ExportProgress job={job} error={error} onCancel={() => void cancel()} />
    </div>
  );
}
