// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  SEARCH_PAUSE_MS,
  useAppliedFilter,
} from '../../renderer/components/lead/use-applied-filter';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('when the records table applies a filter', () => {
  it('choosing a role, a status or a date applies straight away', () => {
    const { result } = renderHook(() => useAppliedFilter());
    act(() => result.current.change({ role: 'volunteer' }));
    expect(result.current.applied).toEqual({ role: 'volunteer' });
    act(() => result.current.change({ role: 'volunteer', status: 'overdue', from: '2026-01-01' }));
    expect(result.current.applied).toEqual({
      role: 'volunteer',
      status: 'overdue',
      from: '2026-01-01',
    });
  });

  it('typing in the search box waits for a pause before the table is asked again', () => {
    const { result } = renderHook(() => useAppliedFilter());
    act(() => result.current.change({ search: 's' }));
    act(() => result.current.change({ search: 'si' }));
    expect(result.current.draft).toEqual({ search: 'si' });
    expect(result.current.applied).toEqual({});
    act(() => vi.advanceTimersByTime(SEARCH_PAUSE_MS - 1));
    expect(result.current.applied).toEqual({});
    act(() => vi.advanceTimersByTime(1));
    expect(result.current.applied).toEqual({ search: 'si' });
  });

  it('a dropdown chosen while a search is still waiting applies both at once', () => {
    const { result } = renderHook(() => useAppliedFilter());
    act(() => result.current.change({ search: 'sian' }));
    act(() => result.current.change({ search: 'sian', role: 'staff' }));
    expect(result.current.applied).toEqual({ search: 'sian', role: 'staff' });
    act(() => vi.advanceTimersByTime(SEARCH_PAUSE_MS * 2));
    expect(result.current.applied).toEqual({ search: 'sian', role: 'staff' });
  });

  it('clearing every filter applies at once', () => {
    const { result } = renderHook(() => useAppliedFilter());
    act(() => result.current.change({ role: 'trustee' }));
    act(() => result.current.change({}));
    expect(result.current.applied).toEqual({});
  });
});
