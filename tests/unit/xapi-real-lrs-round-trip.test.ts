import type { LearnerIdentity } from '../../common/records/acceptance-record';
import type { AppServices } from '../../electron/services/app-services';
import { learnerSteps } from '../../electron/services/learning/learner-steps';
import type { XapiStatement } from '../../electron/services/xapi/xapi-statement';
import { servicesAt } from './fixtures/app-under-test';
import { finishInduction } from './fixtures/finish-training';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';
import { startLrs, type LrsServer } from '../support/lrs-server';

/**
 * Every kind of statement the app sends is one the real LRS (xapi-statements) accepts as it is
 * (nothing set aside) and gives back unchanged: what the LRS holds is exactly what was sent.
 */

const HOME = 'https://riverside.example.org';
const BASE = 'https://riverside.example.org/xapi';
const SIAN: LearnerIdentity = {
  fullName: 'Siân Llŵyd',
  role: 'volunteer',
  identifier: 'sian@example.org',
};
const TOM: LearnerIdentity = { fullName: 'Tom Evans', role: 'staff', identifier: 'T-1001' };
const VERBS = [
  'http://adlnet.gov/expapi/verbs/initialized',
  'http://adlnet.gov/expapi/verbs/experienced',
  'http://adlnet.gov/expapi/verbs/answered',
  'http://adlnet.gov/expapi/verbs/completed',
  'http://adlnet.gov/expapi/verbs/passed',
  'http://adlnet.gov/expapi/verbs/failed',
  'http://activitystrea.ms/schema/1.0/accept',
  'http://adlnet.gov/expapi/verbs/terminated',
  'http://adlnet.gov/expapi/verbs/voided',
];

let lrs: LrsServer;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  lrs = await startLrs();
});
afterEach(async () => {
  await cleanup();
  await lrs.stop();
});

/** What a statement says, leaving out what the LRS adds (stored, authority, version). */
function said(statement: XapiStatement): string {
  const rest = { ...(statement as unknown as Record<string, unknown>) };
  for (const added of ['stored', 'authority', 'version']) delete rest[added];
  return JSON.stringify(sorted(rest));
}
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
  return Object.fromEntries(entries.map(([key, v]) => [key, sorted(v)]));
}

async function held(id: string): Promise<XapiStatement> {
  const get = (param: string) =>
    fetch(`${lrs.endpoint}/statements?${param}=${id}`, {
      headers: {
        'X-Experience-API-Version': '1.0.3',
        Authorization: `Basic ${Buffer.from('reader:any').toString('base64')}`,
      },
    });
  // A voided statement is only given back when asked for as voided.
  const response = (await get('statementId')).ok
    ? await get('statementId')
    : await get('voidedStatementId');
  expect(response.status).toBe(200);
  return (await response.json()) as XapiStatement;
}

describe('statements against the real LRS', () => {
  it('every kind the app sends is accepted as it is and reads back exactly as sent', async () => {
    const sent: XapiStatement[] = [];
    const recording = (async (url: string | URL | Request, init?: RequestInit) => {
      const response = await fetch(url, init);
      if (init?.method === 'POST' && response.ok) {
        sent.push(...(JSON.parse(String(init.body)) as XapiStatement[]));
      }
      return response;
    }) as typeof fetch;
    const temp = await withTempDir();
    const services: AppServices = servicesAt(temp.dir, { fetch: recording });
    cleanup = async () => {
      await services.lrs.sync.stop();
      await temp.cleanup();
    };
    services.settings.update({
      organisation: { ...services.settings.get().organisation, orgName: 'Riverside Youth Club' },
      setupComplete: true,
    });
    await services.lrs.saveSettings({
      endpoint: lrs.endpoint,
      key: 'riverside-key',
      secret: 'riverside-secret',
      activityBase: BASE,
      homePage: HOME,
    });
    // A whole induction in Welsh, signed, and left.
    const steps = learnerSteps(services.learning, services.env.now);
    const view = await finishInduction(
      services.learning,
      steps,
      await services.content.rawPack('cy'),
      SIAN,
    );
    const agreement = await services.signing.agreement(view.progress.sessionId, 'cy');
    await services.signing.sign({
      sessionId: view.progress.sessionId,
      locale: 'cy',
      typedName: SIAN.fullName,
      acknowledgedClauseIds: agreement.clauses.map((clause) => clause.id),
      statementAccepted: true,
      signature: { method: 'typed', text: SIAN.fullName },
    });
    await services.learning.leave(view.progress.sessionId);
    // A refresher with a module under the pass mark, and a re-signed agreement, for Tom.
    const ledger = await services.ledger();
    for (const recordType of ['refresher', 'resign'] as const) {
      const record = sampleRecord({
        learner: TOM,
        recordType,
        moduleScores: [{ moduleId: 'images', percent: 40, attempts: 3 }],
      });
      await ledger.appendCompletion(record);
      await services.lrs.recordCompletion(record);
    }
    expect((await services.lrs.sendNow()).queueLength).toBe(0);
    // Tom asks to be erased once the LRS holds his statements: they are voided there.
    await services.lead.erasePerson(TOM.identifier, TOM.identifier);
    const status = await services.lrs.sendNow();
    expect(status.lastError).toBeNull();
    expect(status.queueLength).toBe(0);
    expect(status.setAside).toEqual([]);

    expect(new Set(sent.map((s) => s.verb.id))).toEqual(new Set(VERBS));
    const unique = [...new Map(sent.map((s) => [s.id, s])).values()];
    const differing: string[] = [];
    for (const statement of unique) {
      if (said(await held(statement.id)) !== said(statement)) differing.push(statement.verb.id);
    }
    expect(differing).toEqual([]);
  });
});
