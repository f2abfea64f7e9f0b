import type { z } from 'zod';

/**
 * Who may call an operation. `learner`: anyone at the device — the learner's journey, first-run
 * setup, and the lead's own sign-in, lock and recovery (they must work before a session exists).
 * `lead`: only while the lead session is open; the router checks it in main for every such call,
 * so no handler can forget to.
 */
export type Access = 'learner' | 'lead';

/**
 * One IPC operation: who may call it, the schema its single argument must pass in main, and (as a
 * phantom type) what it returns. Main parses every argument through `input`; the renderer only
 * ever sees `IpcResult`s, never a thrown error or a stack trace.
 */
export interface Operation<Input extends z.ZodType, Result> {
  readonly access: Access;
  readonly input: Input;
  /** Never set at run time; carries the result type to the API and handler types. */
  readonly result?: Result;
}

/** `operation<Result>('lead')(schema)`: the access is declared beside the schema, once. */
export function operation<Result>(access: Access) {
  return <Input extends z.ZodType>(input: Input) => ({ access, input }) as Operation<Input, Result>;
}

/** A failure a person can be told about: a stable code and the i18n key of its message. */
export interface IpcFailure {
  code: string;
  i18nKey: string;
  details: Record<string, string | number>;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcFailure };
