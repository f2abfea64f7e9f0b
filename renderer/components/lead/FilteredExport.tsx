import { FileSpreadsheet, Files } from 'lucide-react';
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
  const disabled = running || !count;
  const exportAs = (kind: 'csv' | 'certificates-combined') => () =>
    void start({ kind, locale: settings.locale, filter });
  return (
    <div className="lead-filtered-export">
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          disabled={disabled}
          onClick={exportAs('csv')}
        >
          <FileSpreadsheet aria-hidden="true" size={18} />
          {t('records.exportShownCsv', { count: count ?? 0 })}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={disabled}
          onClick={exportAs('certificates-combined')}
        >
          <Files aria-hidden="true" size={18} />
          {t('records.exportShownPdf')}
        </button>
      </div>
      <ExportProgress job={job} error={error} onCancel={() => void cancel()} />
    </div>
  );
}
