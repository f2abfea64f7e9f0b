import { access, copyFile, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { ContentService } from '../../electron/services/content/content-service';
import { DomainError } from '../../electron/services/errors';
import type {
  CompletionSummary,
  LearningPort,
} from '../../electron/services/signing/learning-port';
import { aupTextDigest } from '../../electron/services/ledger/aup-text-digest';
import { Ledger } from '../../electron/services/ledger/ledger';
import { confSettingsSource } from '../support/conf-settings-source';
import { SettingsService } from '../../electron/services/settings/settings-service';
import { SigningService } from '../../electron/services/signing/sign-agreement';
import type { SignRequest } from '../../electron/services/signing/sign-request';
import { SignatureStore } from '../../electron/services/signatures/signature-store';
import { buildPackFiles, writePackFiles, type Json } from './fixtures/content/build-pack';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

/** One finished session, as the learning service reports it. */
const SUMMARY: CompletionSummary = {
  sessionId: 'session-1',
  learner: { fullName: 'Siân Llŵyd', role: 'volunteer', identifier: 'sian@example.org' },
  recordType: 'induction',
  locale: 'en-GB',
  startedAt: '2026-03-02T09:00:00.000Z',
  completedAt: '2026-03-02T10:15:00.000Z',
  moduleScores: [
    { moduleId: 'topic-1', percent: 100, attempts: 1 },
    { moduleId: 'topic-2', percent: 75, attempts: 2 },
  ],
  overallPercent: 88,
};

/**
 * A small, real implementation of the learning service's interface (not a mock: it keeps state
 * and refuses what the real one refuses), used while the learning service is being written.
 */
class InMemoryLearning implements LearningPort {
  readonly sessions = new Map<string, CompletionSummary>([[SUMMARY.sessionId, SUMMARY]]);
  readonly signed = new Map<string, string>();

  completionSummary(sessionId: string): CompletionSummary {
    // Like the real service, a signed session still reports its summary.
    const summary = this.sessions.get(sessionId);
    if (!summary) {
      throw new DomainError('LEARNING_SESSION_NOT_COMPLETE', 'errors.learning.notComplete');
    }
    return summary;
  }

  markSigned(sessionId: string, recordId: string): void {
    this.signed.set(sessionId, recordId);
  }
}

const REPO_CONTENT = join(import.meta.dirname, '../../content');
const NOW = new Date('2026-03-02T10:16:00.000Z');

async function setUp() {
  const temp = await withTempDir();
  const contentDir = join(temp.dir, 'content');
  for (const locale of ['en-GB', 'cy'] as const) {
    const files = buildPackFiles(locale);
    // One clause names the organisation, so the digest must cover the filled-in text.
    (files['aup.json'] as Json).clauses[0].text =
      locale === 'cy' ? 'CY Clause 1 at {{orgName}}' : 'Clause 1 at {{orgName}}';
    await writePackFiles(contentDir, locale, files);
    const fallbacks = join(locale, 'placeholder-fallbacks.json');
    await copyFile(join(REPO_CONTENT, fallbacks), join(contentDir, fallbacks));
  }
  const settings = SettingsService.open(confSettingsSource(temp.dir));
  settings.update({
    organisation: { ...settings.get().organisation, orgName: 'Riverside Youth Club' },
    refresherMonths: 12,
  });
  const dataDir = join(temp.dir, 'data');
  const content = new ContentService(contentDir, () => settings.get());
  const learning = new InMemoryLearning();
  const opened = Ledger.open(dataDir);
  const ledger = () => opened;
  const service = new SigningService({
    learning: () => learning,
    content,
    settings: () => settings.get(),
    ledger,
    signatures: new SignatureStore(dataDir),
    now: () => NOW,
  });
  return { ...temp, dataDir, content, settings, learning, ledger, service };
}

type Env = Awaited<ReturnType<typeof setUp>>;
let env: Env;
beforeEach(async () => {
  env = await setUp();
});
afterEach(() => env.cleanup());

const allClauses = async (locale: 'en-GB' | 'cy' = 'en-GB') =>
  (await env.service.agreement(SUMMARY.sessionId, locale)).clauses.map((c) => c.id);

async function request(overrides: Partial<SignRequest> = {}): Promise<SignRequest> {
  return {
    sessionId: SUMMARY.sessionId,
    locale: 'en-GB',
    typedName: 'sian llwyd',
    acknowledgedClauseIds: await allClauses(overrides.locale),
    statementAccepted: true,
    signature: { method: 'typed', text: 'Siân Llŵyd' },
    ...overrides,
  };
}

async function expectRefused(pending: Promise<unknown>, code: string) {
  const error = await pending.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
}

it('signing records every fact of the session, the agreement and the signature, exactly', async () => {
  const record = await env.service.sign(await request());
  const pack = await env.content.pack('en-GB');
  const settings = env.settings.get();
  expect(pack.aup.clauses[0]?.text).toBe('Clause 1 at Riverside Youth Club');
  expect(record).toEqual({
    recordId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    learner: SUMMARY.learner,
    recordType: 'induction',
    aupVersion: '2026.1',
    aupTextSha256: aupTextDigest(
      pack.aup.clauses.map(({ id, text }) => ({ id, text })),
      'en-GB',
    ),
    aupClauseRevisions: Object.fromEntries(pack.aup.clauses.map((c) => [c.id, 1])),
    locale: 'en-GB',
    moduleScores: SUMMARY.moduleScores,
    overallPercent: 88,
    startedAt: SUMMARY.startedAt,
    completedAt: SUMMARY.completedAt,
    signedAt: '2026-03-02T10:16:00.000Z',
    deviceId: settings.deviceId,
    signatureMethod: 'typed',
    signatureSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    certificateCode: expect.stringMatching(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/),
    expiresOn: '2027-03-02',
    organisationName: 'Riverside Youth Club',
  });
  expect(env.learning.signed.get(SUMMARY.sessionId)).toBe(record.recordId);
});

it('the record is on disk in a ledger that verifies, beside the typed signature file', async () => {
  const record = await env.service.sign(await request());
  const reopened = await Ledger.open(env.dataDir);
  expect(reopened.verification()).toEqual({ ok: true, problems: [] });
  expect(reopened.findByRecordId(record.recordId)?.record).toEqual(record);
  const file = join(env.dataDir, 'signatures', `${record.signatureSha256}.txt`);
  expect(await readFile(file, 'utf8')).toBe('Siân Llŵyd');
});

it('a drawn signature is kept as the PNG it was, named by its hash', async () => {
  const dataUrl = await QRCode.toDataURL('a squiggle');
  const record = await env.service.sign(await request({ signature: { method: 'drawn', dataUrl } }));
  expect(record.signatureMethod).toBe('drawn');
  const png = await readFile(join(env.dataDir, 'signatures', `${record.signatureSha256}.png`));
  expect(png.equals(Buffer.from(dataUrl.split(',')[1] ?? '', 'base64'))).toBe(true);
});

it('a Welsh signature hashes the Welsh text the learner read', async () => {
  const record = await env.service.sign(await request({ locale: 'cy' }));
  const pack = await env.content.pack('cy');
  expect(record.locale).toBe('cy');
  expect(record.aupTextSha256).toBe(
    aupTextDigest(
      pack.aup.clauses.map(({ id, text }) => ({ id, text })),
      'cy',
    ),
  );
});

it('a typed name that is not the learner’s is refused and nothing is written', async () => {
  await expectRefused(
    env.service.sign(await request({ typedName: 'Sam Jones' })),
    'SIGNING_NAME_MISMATCH',
  );
  expect((await Ledger.open(env.dataDir)).entries()).toHaveLength(0);
  await expect(access(join(env.dataDir, 'signatures'))).rejects.toThrow();
  expect(env.learning.signed.size).toBe(0);
});

it('a typed signature that is someone else’s name is refused', async () => {
  await expectRefused(
    env.service.sign(await request({ signature: { method: 'typed', text: 'Sam Jones' } })),
    'SIGNING_TYPED_SIGNATURE_MISMATCH',
  );
});

it('a drawn signature that is not a PNG is refused and nothing is recorded', async () => {
  const notPng = `data:image/png;base64,${Buffer.from('<svg>not a png at all, just text pretending</svg>'.repeat(3)).toString('base64')}`;
  await expectRefused(
    env.service.sign(await request({ signature: { method: 'drawn', dataUrl: notPng } })),
    'SIGNATURE_INVALID_IMAGE',
  );
  expect((await Ledger.open(env.dataDir)).entries()).toHaveLength(0);
});

it('signing before every clause is acknowledged, or without the statement, is refused', async () => {
  const ids = await allClauses();
  await expectRefused(
    env.service.sign(await request({ acknowledgedClauseIds: ids.slice(1) })),
    'SIGNING_CLAUSES_NOT_ACKNOWLEDGED',
  );
  await expectRefused(
    env.service.sign(await request({ statementAccepted: false })),
    'SIGNING_STATEMENT_NOT_ACCEPTED',
  );
});

it('signing twice (a double click) makes one record, not two', async () => {
  const req = await request();
  const [first, second] = await Promise.all([env.service.sign(req), env.service.sign(req)]);
  expect(second.recordId).toBe(first.recordId);
  expect((await Ledger.open(env.dataDir)).entries()).toHaveLength(1);
});

it('signing a session again after a restart returns its record instead of adding another', async () => {
  const first = await env.service.sign(await request());
  const afterRestart = new SigningService({
    learning: () => env.learning,
    content: env.content,
    settings: () => env.settings.get(),
    ledger: async () => Ledger.open(env.dataDir),
    signatures: new SignatureStore(env.dataDir),
    now: () => NOW,
  });
  expect(await afterRestart.sign(await request())).toEqual(first);
  expect((await Ledger.open(env.dataDir)).entries()).toHaveLength(1);
});

it('a refresher shows the clauses changed since the last signature first, marked as changed', async () => {
  const ledger = await env.ledger();
  const pack = await env.content.pack('en-GB');
  const revisions = Object.fromEntries(pack.aup.clauses.map((c) => [c.id, c.revision]));
  delete revisions['aup-clause-4'];
  await ledger.appendCompletion(
    sampleRecord({
      learner: { ...SUMMARY.learner, identifier: 'SIAN@example.org' },
      aupClauseRevisions: { ...revisions, 'aup-clause-7': 1 },
      signedAt: '2025-02-01T10:00:00.000Z',
    }),
  );
  // Clause 7 was reworded since (revision 2 now); clause 4 did not exist then.
  const files = buildPackFiles('en-GB');
  (files['aup.json'] as Json).clauses[6].revision = 2;
  await writePackFiles(join(env.dir, 'content'), 'en-GB', files);
  const fresh = new SigningService({
    learning: () => env.learning,
    content: new ContentService(join(env.dir, 'content'), () => env.settings.get()),
    settings: () => env.settings.get(),
    ledger: env.ledger,
    signatures: new SignatureStore(env.dataDir),
    now: () => NOW,
  });
  const agreement = await fresh.agreement(SUMMARY.sessionId, 'en-GB');
  expect(agreement.previousSignedAt).toBe('2025-02-01T10:00:00.000Z');
  expect(agreement.clauses.slice(0, 3).map((c) => [c.id, c.changed])).toEqual([
    ['aup-clause-4', true],
    ['aup-clause-7', true],
    ['aup-clause-1', false],
  ]);
  expect(agreement.clauses.filter((c) => c.changed)).toHaveLength(2);
  // Shown first, but each keeps its own number in the policy.
  expect(agreement.clauses.slice(0, 3).map((c) => c.number)).toEqual([4, 7, 1]);
  // Each clause names the topic of the module that teaches it, for the list's headings.
  const topics = new Map(pack.modules.map((m) => [m.id, m.title]));
  const clause4 = pack.aup.clauses.find((c) => c.id === 'aup-clause-4');
  expect(agreement.clauses[0]?.topic).toBe(topics.get(clause4?.modules[0] ?? ''));
  expect(agreement.clauses[0]?.topic).not.toBe('');
});

it('an unfinished session cannot be signed', async () => {
  await expectRefused(
    env.service.sign(await request().then((r) => ({ ...r, sessionId: 'unknown-session' }))),
    'LEARNING_SESSION_NOT_COMPLETE',
  );
  expect(await readdir(env.dir)).not.toContain('signatures');
});
