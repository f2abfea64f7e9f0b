import { DomainError } from '../services/errors';
import {
  channelOf,
  OPERATION_NAMES,
  operations,
  type OperationName,
  type ParsedInputOf,
  type ResultOf,
} from '../../common/ipc/contract';
import type { IpcFailure, IpcResult } from '../../common/ipc/operation';

/** Who sent a call: the URL of the sending frame and whether it is the window's main frame. */
export interface SenderInfo {
  url: string | undefined;
  isMainFrame: boolean;
}

export type Handler<K extends OperationName> = (
  input: ParsedInputOf<K>,
) => Promise<ResultOf<K>> | ResultOf<K>;

export type Handlers = { [K in OperationName]: Handler<K> };

export interface RouterOptions {
  handlers: Handlers;
  isTrustedSender: (sender: SenderInfo) => boolean;
  /**
   * Asked before every operation the contract declares `access: 'lead'`: true while the lead
   * session is open. Answering true counts as activity, so a working lead is never locked out.
   */
  admitLead: () => boolean;
  /** Where unexpected errors are logged; they reach the renderer only as `errors.unexpected`. */
  logError?: (error: unknown, channel: string) => void;
}

export type Dispatch = (
  channel: string,
  input: unknown,
  sender: SenderInfo,
) => Promise<IpcResult<unknown>>;

const failure = (code: string, i18nKey: string, details: IpcFailure['details'] = {}) =>
  ({ ok: false, error: { code, i18nKey, details } }) as const;

/**
 * The one wrapper every IPC call passes through: it rejects senders that are not the app's own
 * frame, refuses lead operations while the lead area is closed, parses the argument as `unknown`
 * through the operation's schema before the handler can see it, and turns thrown errors into
 * typed failures with no stack trace.
 */
export function createRouter({
  handlers,
  isTrustedSender,
  admitLead,
  logError,
}: RouterOptions): Dispatch {
  const byChannel = new Map<string, OperationName>(
    OPERATION_NAMES.map((name) => [channelOf(name), name]),
  );
  return async (channel, input, sender) => {
    const name = byChannel.get(channel);
    if (!name) return failure('unknown-channel', 'errors.ipc.unknownChannel');
    if (!isTrustedSender(sender)) return failure('untrusted-sender', 'errors.ipc.untrustedSender');
    const { access, input: schema } = operations[name];
    // Before parsing: a closed lead area answers "locked" whatever was sent, and the renderer
    // goes back to the sign-in screen.
    if (access === 'lead' && !admitLead()) {
      return failure('lead-locked-session', 'errors.lead.sessionLocked');
    }
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return failure('invalid-argument', 'errors.ipc.invalidArgument', {
        path: first?.path.join('.') ?? '',
        problem: first?.message ?? '',
      });
    }
    try {
      const handler = handlers[name] as (input: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof DomainError) return failure(error.code, error.i18nKey, error.details);
      logError?.(error, channel);
      return failure('unexpected', 'errors.unexpected');
    }
  };
}
