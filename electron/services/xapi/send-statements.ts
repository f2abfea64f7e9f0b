import { DomainError } from '../errors';
import { checkLrsEndpoint } from '../../../common/xapi/lrs-endpoint';
import { lrsResponseError } from './lrs-error';
import { personalTexts } from './xapi-actor';
import { XAPI_VERSION, type XapiStatement } from './xapi-statement';

export const DEFAULT_BATCH_SIZE = 50;
const REQUEST_TIMEOUT_MS = 30_000;

export interface SendOptions {
  /** The LRS base, e.g. `https://lrs.example.org/xAPI`; `/statements` is appended. */
  endpoint: string;
  username: string;
  password: string;
  fetch?: typeof fetch;
  signal?: AbortSignal;
  batchSize?: number;
  /** Per request; a stalled LRS must not hang the export forever. */
  timeoutMs?: number;
  onProgress?: (progress: SendProgress) => void;
}

export interface SendProgress {
  done: number;
  total: number;
}

export interface SendResult {
  /** Statements the LRS accepted in this run (including ones it already held identically). */
  sent: number;
  /** Statements whose id the LRS already held with different content (409); treated as sent. */
  alreadyStored: number;
}

/**
 * POSTs statements in batches. Ids are deterministic, so re-sending after a failure or a second
 * export is safe: identical statements are accepted again and a held id answers 409, which we
 * count as already sent. A 409 rejects its whole batch, so that batch is retried one by one.
 */
export async function sendStatements(
  statements: readonly XapiStatement[],
  options: SendOptions,
): Promise<SendResult> {
  const endpoint = checkLrsEndpoint(options.endpoint);
  if (!endpoint.ok) {
    throw new DomainError('xapi.endpointInvalid', 'errors.xapi.endpointInvalid', {
      reason: endpoint.reason,
    });
  }
  const post = poster(`${endpoint.url}/statements`, options);
  const size = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const result: SendResult = { sent: 0, alreadyStored: 0 };
  options.onProgress?.({ done: 0, total: statements.length });
  for (let start = 0; start < statements.length; start += size) {
    const batch = statements.slice(start, start + size);
    if ((await post(batch)) === 'conflict') {
      for (const statement of batch) {
        if ((await post([statement])) === 'conflict') result.alreadyStored += 1;
        else result.sent += 1;
      }
    } else {
      result.sent += batch.length;
    }
    options.onProgress?.({ done: start + batch.length, total: statements.length });
  }
  return result;
}

function poster(url: string, options: SendOptions) {
  const doFetch = options.fetch ?? fetch;
  const auth = Buffer.from(`${options.username}:${options.password}`, 'utf8').toString('base64');
  const secrets = [options.password, auth];
  return async (batch: readonly XapiStatement[]): Promise<'ok' | 'conflict'> => {
    const timeout = AbortSignal.timeout(options.timeoutMs ?? REQUEST_TIMEOUT_MS);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await doFetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Experience-API-Version': XAPI_VERSION,
          Authorization: `Basic ${auth}`,
        },
        body: JSON.stringify(batch),
        signal,
      });
    } catch {
      if (options.signal?.aborted) throw new DomainError('xapi.cancelled', 'errors.xapi.cancelled');
      if (timeout.aborted) {
        throw new DomainError('xapi.timeout', 'errors.xapi.timeout', { host: new URL(url).host });
      }
      // The cause may quote the request; report only where we tried to go.
      throw new DomainError('xapi.unreachable', 'errors.xapi.unreachable', {
        host: new URL(url).host,
      });
    }
    if (response.ok) {
      await response.body?.cancel();
      return 'ok';
    }
    if (response.status === 409) {
      await response.body?.cancel();
      return 'conflict';
    }
    throw await lrsResponseError(
      response,
      secrets,
      batch.flatMap((statement) => personalTexts(statement.actor)),
    );
  };
}
