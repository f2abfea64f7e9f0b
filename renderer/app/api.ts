import type { IpcFailure, IpcResult } from '../../common/ipc/operation';

/** A typed failure from main, carrying the i18n key of what to tell the user. */
export class ApiError extends Error {
  constructor(readonly failure: IpcFailure) {
    super(failure.code);
    this.name = 'ApiError';
  }
}

/** Unwraps an IPC result so screens can use try/catch and show `ApiError`s translated. */
export async function unwrap<T>(pending: Promise<IpcResult<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

export const api = () => window.esafety;
