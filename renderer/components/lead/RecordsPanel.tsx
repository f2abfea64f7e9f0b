import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordSort } from '../../../common/lead/record-query';
import { ErrorNotice } from '../ErrorNotice';
import { FilteredExport } from './FilteredExport';
import { RecordFilters } from './RecordFilters';
import { RecordsTable } from './RecordsTable';
import { useAppliedFilter } from './use-applied-filter';
import { useRecordWindow } from './use-record-window';

export function RecordsPanel() {
  const { t } = useTranslation('lead');
  const { draft, applied: filter, change } = useAppliedFilter();
  const [sort, setSort] = useState<RecordSort>({ key: 'completedAt', direction: 'desc' });

  const window = useRecordWindow(filter, sort);
  return (
    <section className="card" aria-labelledby="lead-records">
      <h2 id="lead-records">{t('records.heading')}</h2>
      <RecordFilters value={draft} onChange={change} />
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
