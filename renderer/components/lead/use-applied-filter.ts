import { useEffect, useState } from 'react';
import type { RecordFilter } from '../../../common/lead/record-query';

/** How long typing in the search box must pause before the table is asked again. */
export const SEARCH_PAUSE_MS = 250;

const same = (a: RecordFilter, b: RecordFilter) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The filter as the lead is editing it (`draft`) and as the table applies it (`applied`).
 * A dropdown or a date is one deliberate choice, so it applies at once; only typing in the
 * search box waits for a pause, so each key press is not a new query.
 */
export function useAppliedFilter() {
  const [draft, setDraft] = useState<RecordFilter>({});
  const [applied, setApplied] = useState<RecordFilter>({});

  const change = (next: RecordFilter) => {
    setDraft(next);
    if ((next.search ?? '') === (draft.search ?? '')) setApplied(next);
  };

  useEffect(() => {
    if (same(draft, applied)) return;
    const timer = setTimeout(() => setApplied(draft), SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [draft, applied]);

  return { draft, applied, change };
}
