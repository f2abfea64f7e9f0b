import { DomainError } from '../errors';
import { checkLrsEndpoint } from '../../../common/xapi/lrs-endpoint';
import { lrsResponseError } from '../xapi/lrs-error';
import { activityRoot, courseActivity } from '../xapi/xapi-activity';
import { VERBS, XAPI_VERSION, type XapiStatement } from '../xapi/xapi-statement';
import type { LrsCompletion } from '../../../common/lrs-sync/lrs-completion';
import type { SavedLrs } from './lrs-connection-store';

export type { LrsCompletion };

/** An LRS that keeps answering `more` must not keep us reading forever. */
const MAX_PAGES = 200;
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * Reads back every course completion the LRS holds under this organisation's base IRI, from all
 * devices: `GET /statements?verb=completed&activity=<base>/course`, following `more` until the
 * LRS has no more pages. Voided statements (erasures) are left out by the LRS itself.
 */
export async function readCompletions(
  saved: SavedLrs,
  options: { fetch?: typeof fetch; pageSize?: number; deviceId?: string } = {},
): Promise<LrsCompletion[]> {
  const doFetch = options.fetch ?? fetch;
  const base = activityRoot(saved.activityBase);
  const { username, password } = saved.connection;
  // The same rule as sending: an address saved before it dropped a pasted `/statements` works too.
  const checked = checkLrsEndpoint(saved.connection.endpoint);
  if (!checked.ok) {
    throw new DomainError('xapi.endpointInvalid', 'errors.xapi.endpointInvalid', {
      reason: checked.reason,
    });
  }
  const endpoint = checked.url;
  const auth = Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
  const query = new URLSearchParams({
    verb: VERBS.completed.id,
    activity: courseActivity(base).id,
    limit: String(options.pageSize ?? 100),
    ascending: 'true',
  });
  let next: string | null = `${endpoint}/statements?${query.toString()}`;
  const completions: LrsCompletion[] = [];
  for (let page = 0; next !== null && page < MAX_PAGES; page += 1) {
    const body = await getJson(doFetch, next, auth, [password, auth]);
    for (const statement of body.statements) {
      const completion = completionOf(statement, base, options.deviceId);
      if (completion) completions.push(completion);
    }
    next = body.more ? nextPage(body.more, endpoint) : null;
  }
  return completions;
}

/**
 * `more` is an address relative to the LRS's host (or empty when there is nothing more). Every
 * request carries the LRS key, so a link that leads to another server, or from https down to
 * http, is not followed: reading stops with the host named.
 */
function nextPage(more: string, endpoint: string): string {
  const next = new URL(more, endpoint);
  if (next.origin !== new URL(endpoint).origin) {
    throw new DomainError('xapi.moreElsewhere', 'errors.xapi.moreElsewhere', { host: next.host });
  }
  return next.href;
}

async function getJson(
  doFetch: typeof fetch,
  url: string,
  auth: string,
  secrets: string[],
): Promise<{ statements: XapiStatement[]; more?: string }> {
  let response: Response;
  try {
    response = await doFetch(url, {
      headers: { 'X-Experience-API-Version': XAPI_VERSION, Authorization: `Basic ${auth}` },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch {
    throw new DomainError('xapi.unreachable', 'errors.xapi.unreachable', {
      host: new URL(url).host,
    });
  }
  if (!response.ok) throw await lrsResponseError(response, secrets);
  const body = (await response.json()) as { statements?: XapiStatement[]; more?: string };
  return { statements: body.statements ?? [], more: body.more };
}

function completionOf(
  statement: XapiStatement,
  base: string,
  ownDeviceId: string | undefined,
): LrsCompletion | null {
  // A query also returns statements that point at a match (an erasure's voiding, say): skip them.
  if (statement.verb.id !== VERBS.completed.id || statement.object.objectType !== 'Activity') {
    return null;
  }
  const actor = statement.actor;
  const identifier =
    'mbox' in actor
      ? actor.mbox.replace(/^mailto:/, '')
      : 'account' in actor
        ? actor.account.name
        : null;
  if (!identifier) return null;
  const extensions = statement.context?.extensions ?? {};
  const text = (key: string) => {
    const value = extensions[`${base}/extensions/${key}`];
    return typeof value === 'string' ? value : null;
  };
  return {
    statementId: statement.id,
    recordId: statement.context?.registration ?? null,
    fullName: actor.name ?? identifier,
    identifier,
    completedAt: statement.timestamp,
    scorePercent:
      typeof statement.result?.score?.scaled === 'number'
        ? Math.round(statement.result.score.scaled * 100)
        : null,
    deviceId: text('device-id'),
    fromThisDevice: ownDeviceId !== undefined && text('device-id') === ownDeviceId,
    recordType: text('record-type'),
    certificateCode: text('certificate-code'),
  };
}
