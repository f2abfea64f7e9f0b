import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordFilter, RecordSort } from '../../../common/lead/record-query';
import { ErrorNotice } from '../ErrorNotice';
import { FilteredExport } from './FilteredExport';
import { RecordFilters } from './RecordFilters';
import { RecordsTable } from './RecordsTable';
import { useRecordWindow } from './use-record-window';

export function RecordsPanel() {
  const { t } = useTranslation('lead');
  const [draft, setDraft] = useState<RecordFilter>({});
  const [filter, setFilter] = useState<RecordFilter>({});
  const [sort, setSort] = useState<RecordSort>({ key: 'completedAt', direction: 'desc' });

  // Typing in the search box waits for a pause, so each key press is not a new query.
  useEffect(() => {
    const timer = setTimeout(() => setFilter(draft), 250);
    return () => clearTimeout(timer);
  }, [draft]);

  const window = useRecordWindow(filter, sort);
  return (
    <section className="card" aria-labelledby="lead-records">
      <h2 id="lead-records">{t('records.heading')}</h2>
      <RecordFilters value={draft} onChange={setDraft} />
      <p role="status" className="lead-count">
        {window.total !== null && t('records.count', { shown: window.total, all: window.totalAll })}
      </p>
      <FilteredExport filter={filter} count={window.total} />
      <ErrorNotice error={window.error} />
      <RecordsTable
        window={window}
        queryKey={JSON.stringify([filter, sort])}
        sort={sort}
        onSort={setSort}
      />
    </section>
  );
}
