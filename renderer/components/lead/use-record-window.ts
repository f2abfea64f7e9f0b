import { useCallback, useEffect, useRef, useState } from 'react';
import type { RecordRow } from '../../../electron/services/lead/record-rows';
import type { RecordFilter, RecordSort } from '../../../common/lead/record-query';
import { api } from '../../app/api';
import { useLeadCall } from './use-lead-call';

export const PAGE_SIZE = 100;

/**
 * Rows fetched page by page as the table scrolls: main keeps the filtered, sorted list, and
 * only the pages near what is on screen cross IPC, so 100,000 records scroll smoothly.
 */
export function useRecordWindow(filter: RecordFilter, sort: RecordSort) {
  const call = useLeadCall();
  const pages = useRef(new Map<number, RecordRow[]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);
  const [, setVersion] = useState(0);
  const [total, setTotal] = useState<number | null>(null);
  const [totalAll, setTotalAll] = useState(0);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(
    (page: number) => {
      if (pages.current.has(page) || pending.current.has(page)) return;
      const mine = generation.current;
      pending.current.add(page);
      call(api().leadRecords({ filter, sort, offset: page * PAGE_SIZE, limit: PAGE_SIZE })).then(
        (result) => {
          if (mine !== generation.current) return; // a newer query replaced this one
          pending.current.delete(page);
          pages.current.set(page, result.rows);
          setError(null);
          setTotal(result.total);
          setTotalAll(result.totalAll);
          setVersion((v) => v + 1);
        },
        (failure: unknown) => {
          pending.current.delete(page);
          setError(failure);
        },
      );
    },
    [call, filter, sort],
  );

  useEffect(() => {
    generation.current += 1;
    pages.current = new Map();
    pending.current = new Set();
    load(0);
  }, [load]);

  const rowAt = (index: number): RecordRow | undefined =>
    pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];

  const ensure = (first: number, last: number) => {
    for (
      let page = Math.floor(first / PAGE_SIZE);
      page <= Math.floor(last / PAGE_SIZE);
      page += 1
    ) {
      load(page);
    }
  };

  return { total, totalAll, error, rowAt, ensure };
}
