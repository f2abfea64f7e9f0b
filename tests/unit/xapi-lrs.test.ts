import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AcceptanceRecord } from '../../common/records/acceptance-record';
import { DomainError } from '../../electron/services/errors';
import { recordToStatements } from '../../electron/services/xapi/record-to-statements';
import { sendStatements, type SendProgress } from '../../electron/services/xapi/send-statements';
import { writeStatementsFile } from '../../electron/services/xapi/statements-file';
import type { XapiStatement } from '../../electron/services/xapi/xapi-statement';
import { startLrs, type LrsServer } from '../support/lrs-server';

const OPTIONS = {
  homePage: 'https://charity.example.org',
  activityBase: 'https://charity.example.org/xapi',
  passMarkPercent: 80,
};
const CREDENTIALS = { username: 'lead-key', password: 'S3cret-lrs-password' };

function makeRecord(recordId: string, identifier: string, fullName: string): AcceptanceRecord {
  return {
    recordId,
    learner: { fullName, role: 'staff', identifier },
    recordType: 'refresher',
    aupVersion: '2026.2',
    aupTextSha256: 'c'.repeat(64),
    aupClauseRevisions: {},
    locale: 'en-GB',
    moduleScores: [
      { moduleId: 'email', percent: 90, attempts: 1 },
      { moduleId: 'webcams', percent: 60, attempts: 3 },
    ],
    overallPercent: 75,
    startedAt: '2026-05-02T10:00:00Z',
    completedAt: '2026-05-02T10:30:00Z',
    signedAt: '2026-05-02T10:31:00Z',
    deviceId: 'device-lrs',
    signatureMethod: 'drawn',
    signatureSha256: 'd'.repeat(64),
    certificateCode: 'ZZ12-CD34-EF56-GH78',
    expiresOn: '2027-05-02',
    organisationName: 'Example School',
  };
}

const RECORDS = [
  makeRecord('0b7c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c4', 'T1234', 'Łukasz Nowak'),
  makeRecord('1c8d2e3f-4a5b-4c6d-9e7f-8091a2b3c4d5', 'ann@example.org', 'Ann Example'),
];

let lrs: LrsServer;

beforeAll(async () => {
  lrs = await startLrs();
});

afterAll(async () => {
  await lrs?.stop();
});

async function lrsGet(query: string): Promise<unknown> {
  const response = await fetch(`${lrs.endpoint}/statements?${query}`, {
    headers: {
      'X-Experience-API-Version': '1.0.3',
      Authorization: `Basic ${Buffer.from('reader:any').toString('base64')}`,
    },
  });
  expect(response.status).toBe(200);
  return response.json();
}

function send(
  statements: readonly XapiStatement[],
  extra: Partial<Parameters<typeof sendStatements>[1]> = {},
) {
  return sendStatements(statements, { endpoint: lrs.endpoint, ...CREDENTIALS, ...extra });
}

describe('sending completions to a real LRS', () => {
  it('two learners’ completions arrive in the LRS and can be read back', async () => {
    const statements = RECORDS.flatMap((record) => recordToStatements(record, OPTIONS));
    const progress: SendProgress[] = [];
    const result = await send(statements, { batchSize: 3, onProgress: (p) => progress.push(p) });
    expect(result).toEqual({ sent: 8, alreadyStored: 0 });
    expect(progress.at(-1)).toEqual({ done: 8, total: 8 });
    expect(progress.map((p) => p.done)).toEqual([0, 3, 6, 8]);

    const accepted = (await lrsGet(
      `verb=${encodeURIComponent('http://activitystrea.ms/schema/1.0/accept')}`,
    )) as { statements: XapiStatement[] };
    const who = (s: XapiStatement) => ('account' in s.actor ? s.actor.account.name : s.actor.mbox);
    expect(accepted.statements.map(who).sort()).toEqual(['T1234', 'mailto:ann@example.org']);
    const first = accepted.statements.find((s) => who(s) === 'T1234');
    expect(first?.actor.name).toBe('Łukasz Nowak');
    expect(
      first?.context?.extensions?.['https://charity.example.org/xapi/extensions/aup-version'],
    ).toBe('2026.2');

    const courseId = statements[0]?.id ?? '';
    const course = (await lrsGet(`statementId=${courseId}`)) as XapiStatement;
    expect(course.verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');
    expect(course.result?.score?.scaled).toBe(0.75);
    expect(course.result?.success).toBe(false);
    expect(course.timestamp).toBe('2026-05-02T10:30:00Z');

    const failed = (await lrsGet(
      `verb=${encodeURIComponent('http://adlnet.gov/expapi/verbs/failed')}`,
    )) as { statements: XapiStatement[] };
    expect(failed.statements).toHaveLength(2);
    expect(failed.statements.every((s) => s.object.id.endsWith('/modules/webcams'))).toBe(true);
  });

  it('sending the same completions again stores nothing twice', async () => {
    const statements = recordToStatements(RECORDS[0]!, OPTIONS);
    await send(statements);
    const again = await send(statements);
    expect(again.sent + again.alreadyStored).toBe(statements.length);
    const all = (await lrsGet(`registration=${RECORDS[0]!.recordId}&limit=100`)) as {
      statements: XapiStatement[];
    };
    expect(all.statements).toHaveLength(statements.length);
  });

  it('a statement id the LRS already holds with other content counts as already sent', async () => {
    const [course, ...rest] = recordToStatements(RECORDS[1]!, OPTIONS);
    await send([course!]);
    const changed = { ...course!, timestamp: '2026-05-03T00:00:00Z' };
    const result = await send([changed, ...rest]);
    expect(result).toEqual({ sent: rest.length, alreadyStored: 1 });
  });

  it('an invalid statement is refused with the LRS’s reason and no password in the error', async () => {
    const [course] = recordToStatements(RECORDS[0]!, OPTIONS);
    const broken = { ...course!, id: 'not-a-uuid', verb: { id: 'completed', display: {} } };
    const error = await send([broken]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    const domain = error as DomainError;
    expect(domain.code).toBe('xapi.rejected');
    expect(domain.details.status).toBe(400);
    expect(String(domain.details.message)).toContain('verb.id');
    expect(JSON.stringify(domain)).not.toContain(CREDENTIALS.password);
    expect(domain.message).not.toContain(CREDENTIALS.password);
  });

  it('an LRS that is not running gives an "unreachable" error naming only the host', async () => {
    const error = await sendStatements(recordToStatements(RECORDS[0]!, OPTIONS), {
      endpoint: 'http://127.0.0.1:9/xAPI',
      ...CREDENTIALS,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'xapi.unreachable', details: { host: '127.0.0.1:9' } });
  });

  it('a plain-http endpoint on another machine is refused before anything is sent', async () => {
    let called = false;
    const error = await sendStatements([], {
      endpoint: 'http://lrs.example.org/xAPI',
      ...CREDENTIALS,
      fetch: () => {
        called = true;
        return Promise.resolve(new Response('{}'));
      },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'xapi.endpointInvalid', details: { reason: 'insecure' } });
    expect(called).toBe(false);
  });

  it('cancelling stops the export with a "cancelled" error', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await send(recordToStatements(RECORDS[0]!, OPTIONS), {
      signal: controller.signal,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'xapi.cancelled' });
  });

  it('an offline export file holds the statements and the LRS accepts it as they are', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'esafety-xapi-'));
    try {
      const statements = RECORDS.flatMap((record) => recordToStatements(record, OPTIONS));
      const file = join(dir, 'statements.json');
      const written = await writeStatementsFile(statements, file);
      expect(written.count).toBe(8);
      const parsed = JSON.parse(await readFile(file, 'utf8')) as XapiStatement[];
      expect(parsed).toEqual(statements);
      await expect(send(parsed)).resolves.toMatchObject({ sent: 8 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
