import type { z } from 'zod';

/**
 * One IPC operation: its channel, the schema its single argument must pass in main, and (as a
 * phantom type) what it returns. Main parses every argument through `input`; the renderer only
 * ever sees `IpcResult`s, never a thrown error or a stack trace.
 */
export interface Operation<Input extends z.ZodType, Result> {
  readonly input: Input;
  /** Never set at run time; carries the result type to the API and handler types. */
  readonly result?: Result;
}

export function operation<Result>() {
  return <Input extends z.ZodType>(input: Input) => ({ input }) as Operation<Input, Result>;
}

/** A failure a person can be told about: a stable code and the i18n key of its message. */
export interface IpcFailure {
  code: string;
  i18nKey: string;
  details: Record<string, string | number>;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcFailure };
