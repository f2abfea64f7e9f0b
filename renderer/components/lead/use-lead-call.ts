import { useCallback } from 'react';
import type { IpcResult } from '../../../common/ipc/operation';
import { ApiError, unwrap } from '../../app/api';
import { useNavigation } from '../../app/navigation';

/**
 * Unwraps a lead operation. Main refuses every lead call once the session has lapsed; when that
 * happens the area closes and the login screen says why, keeping the lead's current section.
 */
export function useLeadCall() {
  const { go, screen } = useNavigation();
  const tab = screen.name === 'lead-area' ? screen.tab : undefined;
  return useCallback(
    async <T>(pending: Promise<IpcResult<T>>): Promise<T> => {
      try {
        return await unwrap(pending);
      } catch (error) {
        if (error instanceof ApiError && error.failure.code === 'lead-locked-session') {
          go({ name: 'lead-login', tab, locked: true });
        }
        throw error;
      }
    },
    [go, tab],
  );
}
