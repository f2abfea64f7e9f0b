import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LrsSyncStatus } from '../../common/lrs-sync/lrs-sync-status';
import type { AcceptanceRecord, LearnerIdentity } from '../../common/records/acceptance-record';
import type { AppServices } from '../../electron/services/app-services';
import { learnerSteps } from '../../electron/services/learning/learner-steps';
import type { XapiStatement } from '../../electron/services/xapi/xapi-statement';
import { finishInduction } from '../unit/fixtures/finish-training';
import type { LrsServer } from './lrs-server';

/**
 * What the tests against a real LRS (tests/unit/lrs-*, xapi-real-lrs-*) do again and again: a
 * learner's whole induction on a device's real services, a sync until the queue is empty, reading
 * back what the LRS holds, and looking for a person in the device's LRS files.
 */

/** The learner takes the whole induction with the real services and signs with their typed name. */
export async function completeInduction(
  services: AppServices,
  learner: LearnerIdentity,
  locale: 'en-GB' | 'cy' = 'en-GB',
): Promise<{ record: AcceptanceRecord; sessionId: string }> {
  const steps = learnerSteps(services.learning, services.env.now);
  const pack = await services.content.rawPack(locale);
  const view = await finishInduction(services.learning, steps, pack, learner);
  const { sessionId } = view.progress;
  const agreement = await services.signing.agreement(sessionId, locale);
  const record = await services.signing.sign({
    sessionId,
    locale,
    typedName: learner.fullName,
    acknowledgedClauseIds: agreement.clauses.map((clause) => clause.id),
    statementAccepted: true,
    signature: { method: 'typed', text: learner.fullName },
  });
  return { record, sessionId };
}

/** Sends until the outbox is empty (a background run may already be under way), with no problem. */
export async function syncAll(services: AppServices): Promise<LrsSyncStatus> {
  const status = await services.lrs.sendNow();
  expect(status.lastError).toBeNull();
  expect(status.queueLength).toBe(0);
  return status;
}

/** How a reader asks the test LRS (it takes any key). */
export const LRS_READER_HEADERS = {
  'X-Experience-API-Version': '1.0.3',
  Authorization: `Basic ${Buffer.from('reader:any').toString('base64')}`,
};

/**
 * Every statement the LRS holds (not voided ones), following `more` page by page; `query` adds
 * parameters (`&ascending=true`, `&registration=…`). Newest stored first unless asked otherwise.
 */
export async function statementsHeld(lrs: LrsServer, query = ''): Promise<XapiStatement[]> {
  const all: XapiStatement[] = [];
  let next: string | null = `${lrs.endpoint}/statements?limit=50${query}`;
  while (next) {
    const response = await fetch(next, { headers: LRS_READER_HEADERS });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { statements: XapiStatement[]; more?: string };
    all.push(...body.statements);
    next = body.more ? new URL(body.more, lrs.endpoint).href : null;
  }
  return all;
}

/** The device's LRS files (`lrs-*` in its data folder) whose text includes `text`. */
export async function lrsFilesMentioning(dataDir: string, text: string): Promise<string[]> {
  const names = (await readdir(dataDir)).filter((name) => name.startsWith('lrs-'));
  const hits: string[] = [];
  for (const name of names) {
    if ((await readFile(join(dataDir, name), 'utf8')).includes(text)) hits.push(name);
  }
  return hits;
}
