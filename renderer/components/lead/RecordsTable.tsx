import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp, ArrowUpDown, SearchX } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../i18n/use-dates';
import type { RecordSort, RecordSortKey } from '../../../common/lead/record-query';
import { useNavigation } from '../../app/navigation';
import { DamageBadge, StatusBadge } from './StatusBadge';
import type { useRecordWindow } from './use-record-window';

const ROW_HEIGHT = 52;
const COLUMNS: Array<{ key: RecordSortKey; label: string }> = [
  { key: 'fullName', label: 'records.name' },
  { key: 'identifier', label: 'records.identifier' },
  { key: 'role', label: 'records.role' },
  { key: 'recordType', label: 'records.type' },
  { key: 'completedAt', label: 'records.completed' },
  { key: 'expiresOn', label: 'records.expires' },
  { key: 'status', label: 'records.status' },
];

interface Props {
  window: ReturnType<typeof useRecordWindow>;
  /** Changes whenever the filter or sort does, so the list starts again from the top. */
  queryKey: string;
  sort: RecordSort;
  onSort: (sort: RecordSort) => void;
}

/**
 * An ARIA table whose rows are virtualised: only those on screen are in the DOM, and
 * aria-rowcount/aria-rowindex tell assistive technology where they sit in the whole list.
 */
export function RecordsTable({ window: data, queryKey, sort, onSort }: Props) {
  const { t } = useTranslation('lead');
  const dates = useDates('medium');
  const { go } = useNavigation();
  const scroller = useRef<HTMLDivElement>(null);
  const count = data.total ?? 0;
  // TanStack Virtual returns a mutable object the React Compiler cannot memoise; that is expected.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const { ensure } = data;
  useEffect(() => {
    if (count > 0) ensure(first, last);
  }, [ensure, first, last, count]);

  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [queryKey]);

  const toggle = (key: RecordSortKey) =>
    onSort({ key, direction: sort.key === key && sort.direction === 'asc' ? 'desc' : 'asc' });

  if (data.total === 0) {
    return (
      <div className="lead-empty">
        <SearchX aria-hidden="true" size={32} />
        <p className="lead-empty__title">{t('records.none')}</p>
        <p>{t('records.noneHint')}</p>
      </div>
    );
  }
  return (
    <div
      ref={scroller}
      role="table"
      aria-label={t('records.tableLabel')}
      aria-rowcount={count + 1}
      className="lead-records"
    >
      <div role="rowgroup" className="lead-records__head">
        <div role="row" aria-rowindex={1} className="lead-records__row">
          {COLUMNS.map(({ key, label }) => {
            const active = sort.key === key;
            const Arrow = sort.direction === 'asc' ? ArrowUp : ArrowDown;
            return (
              <div
                role="columnheader"
                key={key}
                aria-sort={
                  active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined
                }
              >
                <button type="button" className="lead-sort" onClick={() => toggle(key)}>
                  {t(label)}
                  {active ? (
                    <Arrow aria-hidden="true" size={16} />
                  ) : (
                    <ArrowUpDown aria-hidden="true" size={14} className="lead-sort__idle" />
                  )}
                  <span className="visually-hidden">
                    {active
                      ? `, ${t(sort.direction === 'asc' ? 'records.sortedAscending' : 'records.sortedDescending')}`
                      : ''}
                  </span>
                </button>
              </div>
            );
          })}
        </div>
      </div>
      <div
        role="rowgroup"
        className="lead-records__body"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const row = data.rowAt(item.index);
          return (
            <div
              role="row"
              key={item.key}
              aria-rowindex={item.index + 2}
              className="lead-records__row lead-records__row--body"
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
            >
              {row ? (
                <>
                  <div role="cell">
                    <button
                      type="button"
                      className="lead-link"
                      aria-label={t('records.open', { name: row.fullName })}
                      onClick={() =>
                        go({ name: 'lead-area', tab: 'records', person: row.personKey })
                      }
                    >
                      {row.fullName}
                    </button>
                  </div>
                  <div role="cell" title={row.identifier}>
                    {row.identifier}
                  </div>
                  <div role="cell">{t(`roles.${row.role}`)}</div>
                  <div role="cell">{t(`recordTypes.${row.recordType}`)}</div>
                  <div role="cell" className="lead-records__date">
                    {dates.instant(row.completedAt)}
                  </div>
                  <div role="cell" className="lead-records__date">
                    {dates.day(row.expiresOn)}
                  </div>
                  <div role="cell">
                    {row.damage ? (
                      <DamageBadge damage={row.damage} />
                    ) : (
                      <StatusBadge status={row.status} />
                    )}
                  </div>
                </>
              ) : (
                <div role="cell" className="lead-records__loading">
                  {t('records.loadingRow')}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
