import { access, copyFile, cp, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ContentService } from '../../electron/services/content/content-service';
import { DomainError } from '../../electron/services/errors';
import { learnerSteps } from '../../electron/services/learning/learner-steps';
import { LearningService } from '../../electron/services/learning/learning-service';
import { aupTextDigest } from '../../electron/services/ledger/aup-text-digest';
import { Ledger } from '../../electron/services/ledger/ledger';
import { confSettingsSource } from '../support/conf-settings-source';
import { SettingsService } from '../../electron/services/settings/settings-service';
import { SigningService } from '../../electron/services/signing/sign-agreement';
import type { SignRequest } from '../../electron/services/signing/sign-request';
import { SignatureStore } from '../../electron/services/signatures/signature-store';
import { drawnSignatureDataUrl } from './fixtures/drawn-signature';
import { buildPackFiles, writePackFiles, type Json } from './fixtures/content/build-pack';
import { finishInduction, FINISHED_PIN } from './fixtures/finish-training';
import { SCRYPT_FLOOR } from '../../electron/services/lead-auth/scrypt-hash';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';
import { TEST_LEDGER } from '../support/test-device-key';
import {
  AgreementVersions,
  agreementVersionDigest,
} from '../../electron/services/policy/agreement-versions';

const LEARNER = {
  fullName: 'Siân Llŵyd',
  role: 'volunteer',
  identifier: 'sian@example.org',
} as const;

const REPO_CONTENT = join(import.meta.dirname, '../../content');
const NOW = new Date('2026-03-02T10:16:00.000Z');

/** Content with one clause naming the organisation, so the digest must cover the filled-in text. */
async function writeContent(contentDir: string) {
  for (const locale of ['en-GB', 'cy'] as const) {
    const files = buildPackFiles(locale);
    (files['aup.json'] as Json).clauses[0].text =
      locale === 'cy' ? 'CY Clause 1 at {{orgName}}' : 'Clause 1 at {{orgName}}';
    await writePackFiles(contentDir, locale, files);
    const fallbacks = join(locale, 'placeholder-fallbacks.json');
    await copyFile(join(REPO_CONTENT, fallbacks), join(contentDir, fallbacks));
  }
}

/** The real services on `dir`: settings, content, ledger, the learning service and signing. */
function servicesIn(dir: string) {
  const settings = SettingsService.open(confSettingsSource(dir));
  const dataDir = join(dir, 'data');
  const content = new ContentService(join(dir, 'content'), () => settings.get());
  const opened = Ledger.open(dataDir, TEST_LEDGER);
  const ledger = () => opened;
  const learning = new LearningService({
    dataDir,
    content: (locale) => content.rawPack(locale),
    settings: () => settings.get(),
    ledger,
    now: () => NOW,
    // Learners' PINs are hashed at the lowest accepted cost; the real cost is far higher.
    scrypt: SCRYPT_FLOOR,
  });
  const service = new SigningService({
    learning: () => learning,
    content,
    settings: () => settings.get(),
    ledger,
    signatures: new SignatureStore(dataDir),
    agreementVersions: new AgreementVersions(dataDir),
    now: () => NOW,
  });
  return { dataDir, content, settings, learning, ledger, service };
}

/**
 * A device where the learner really finished the induction with the real learning service.
 * Made once; each test works on its own copy of the folder.
 */
let finished: { dir: string; cleanup: () => Promise<void>; sessionId: string };
beforeAll(async () => {
  const temp = await withTempDir();
  await writeContent(join(temp.dir, 'content'));
  const { settings, learning, content } = servicesIn(temp.dir);
  settings.update({
    organisation: { ...settings.get().organisation, orgName: 'Riverside Youth Club' },
    refresherMonths: 12,
    setupComplete: true,
  });
  const steps = learnerSteps(learning, () => NOW);
  const view = await finishInduction(learning, steps, await content.rawPack('en-GB'), LEARNER);
  finished = { ...temp, sessionId: view.progress.sessionId };
});
afterAll(() => finished.cleanup());

async function setUp() {
  const temp = await withTempDir();
  await cp(finished.dir, temp.dir, { recursive: true });
  const services = servicesIn(temp.dir);
  // A fresh service is the app after a restart: the learner opens their session with the PIN.
  await services.learning.resume(LEARNER.identifier, FINISHED_PIN);
  const summary = await services.learning.completionSummary(finished.sessionId);
  return { ...temp, ...services, summary };
}

type Env = Awaited<ReturnType<typeof setUp>>;
let env: Env;
beforeEach(async () => {
  env = await setUp();
});
afterEach(() => env.cleanup());

const allClauses = async (locale: 'en-GB' | 'cy' = 'en-GB') =>
  (await env.service.agreement(env.summary.sessionId, locale)).clauses.map((c) => c.id);

async function request(overrides: Partial<SignRequest> = {}): Promise<SignRequest> {
  return {
    sessionId: env.summary.sessionId,
    locale: 'en-GB',
    typedName: 'sian llwyd',
    acknowledgedClauseIds: await allClauses(overrides.locale),
    statementAccepted: true,
    signature: { method: 'typed', text: 'Siân Llŵyd' },
    ...overrides,
  };
}

const signedRecordOf = async (sessionId: string) =>
  (await env.learning.store.readBySession(sessionId)).signedRecordId;

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
  // The record names the version; the version, kept once beside the ledger, has the revisions.
  const version = {
    aupVersion: '2026.1',
    clauseRevisions: Object.fromEntries(pack.aup.clauses.map((c) => [c.id, 1])),
  };
  expect(await new AgreementVersions(env.dataDir).find(agreementVersionDigest(version))).toEqual(
    version,
  );
  expect(record).toEqual({
    recordId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    learner: env.summary.learner,
    recordType: 'induction',
    aupVersion: '2026.1',
    aupTextSha256: aupTextDigest(
      pack.aup.clauses.map(({ id, text }) => ({ id, text })),
      'en-GB',
    ),
    aupVersionSha256: agreementVersionDigest(version),
    locale: 'en-GB',
    moduleScores: env.summary.moduleScores,
    overallPercent: 100,
    startedAt: env.summary.startedAt,
    completedAt: env.summary.completedAt,
    signedAt: '2026-03-02T10:16:00.000Z',
    deviceId: settings.deviceId,
    signatureMethod: 'typed',
    signatureSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    certificateCode: expect.stringMatching(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/),
    expiresOn: '2027-03-02',
    organisationName: 'Riverside Youth Club',
  });
  // The learner's session is closed on the record it made.
  expect(await signedRecordOf(env.summary.sessionId)).toBe(record.recordId);
});

it('the record is on disk in a ledger that verifies, beside the typed signature file', async () => {
  const record = await env.service.sign(await request());
  const reopened = await Ledger.open(env.dataDir, TEST_LEDGER);
  expect(reopened.verification()).toEqual({ ok: true, problems: [] });
  expect(reopened.findByRecordId(record.recordId)?.record).toEqual(record);
  const file = join(env.dataDir, 'signatures', `${record.signatureSha256}.txt`);
  expect(await readFile(file, 'utf8')).toBe('Siân Llŵyd');
});

it('a drawn signature is kept as the PNG it was, named by its hash', async () => {
  const dataUrl = drawnSignatureDataUrl();
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
  expect((await Ledger.open(env.dataDir, TEST_LEDGER)).entries()).toHaveLength(0);
  await expect(access(join(env.dataDir, 'signatures'))).rejects.toThrow();
  expect(await signedRecordOf(env.summary.sessionId)).toBeUndefined();
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
  expect((await Ledger.open(env.dataDir, TEST_LEDGER)).entries()).toHaveLength(0);
});

it('a refused signature is reported only once the files written beside it are finished', async () => {
  // The agreement version is held back until the refusal is seen or clearly is not coming.
  let entered!: () => void;
  const keepEntered = new Promise<void>((resolve) => (entered = resolve));
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  class HeldVersions extends AgreementVersions {
    override async keep(...args: Parameters<AgreementVersions['keep']>) {
      entered();
      await gate;
      return super.keep(...args);
    }
  }
  const service = new SigningService({
    learning: () => env.learning,
    content: env.content,
    settings: () => env.settings.get(),
    ledger: env.ledger,
    signatures: new SignatureStore(env.dataDir),
    agreementVersions: new HeldVersions(env.dataDir),
    now: () => NOW,
  });
  const notPng = `data:image/png;base64,${Buffer.from('not a png'.repeat(20)).toString('base64')}`;
  const outcome = service.sign(await request({ signature: { method: 'drawn', dataUrl: notPng } }));
  const settled = outcome.then(
    () => 'settled',
    () => 'settled',
  );
  await keepEntered;
  const whileHeld = await Promise.race([
    settled,
    new Promise((resolve) => setTimeout(() => resolve('still writing'), 200)),
  ]);
  release();
  expect(whileHeld).toBe('still writing');
  await expectRefused(outcome, 'SIGNATURE_INVALID_IMAGE');
  expect((await new AgreementVersions(env.dataDir).all()).size).toBe(1);
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
  expect((await Ledger.open(env.dataDir, TEST_LEDGER)).entries()).toHaveLength(1);
});

it('signing a session again after a restart returns its record instead of adding another', async () => {
  const first = await env.service.sign(await request());
  const afterRestart = new SigningService({
    learning: () => env.learning,
    content: env.content,
    settings: () => env.settings.get(),
    ledger: async () => Ledger.open(env.dataDir, TEST_LEDGER),
    signatures: new SignatureStore(env.dataDir),
    agreementVersions: new AgreementVersions(env.dataDir),
    now: () => NOW,
  });
  expect(await afterRestart.sign(await request())).toEqual(first);
  expect((await Ledger.open(env.dataDir, TEST_LEDGER)).entries()).toHaveLength(1);
});

it('a refresher shows the clauses changed since the last signature first, marked as changed', async () => {
  const ledger = await env.ledger();
  const pack = await env.content.pack('en-GB');
  const revisions = Object.fromEntries(pack.aup.clauses.map((c) => [c.id, c.revision]));
  delete revisions['aup-clause-4'];
  await ledger.appendCompletion(
    sampleRecord({
      learner: { ...env.summary.learner, identifier: 'SIAN@example.org' },
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
    agreementVersions: new AgreementVersions(env.dataDir),
    now: () => NOW,
  });
  const agreement = await fresh.agreement(env.summary.sessionId, 'en-GB');
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

/** The learner's record of last year, naming version 2025.1 by `aupVersionSha256`. */
async function signedLastYear(aupVersionSha256: string): Promise<void> {
  await (
    await env.ledger()
  ).appendCompletion(
    sampleRecord({
      learner: { ...env.summary.learner, identifier: 'SIAN@example.org' },
      aupVersion: '2025.1',
      aupClauseRevisions: undefined,
      aupVersionSha256,
      signedAt: '2025-02-01T10:00:00.000Z',
    }),
  );
}

it('a refresher finds what changed in the version the last record names, kept apart from it', async () => {
  const pack = await env.content.pack('en-GB');
  const revisions = Object.fromEntries(pack.aup.clauses.map((c) => [c.id, c.revision]));
  delete revisions['aup-clause-4'];
  const versions = new AgreementVersions(env.dataDir);
  await signedLastYear(await versions.keep({ aupVersion: '2025.1', clauseRevisions: revisions }));
  const agreement = await env.service.agreement(env.summary.sessionId, 'en-GB');
  // A re-signing learner is shown only what is new to them: clause 4.
  expect(agreement.clauses.map((c) => [c.id, c.changed])).toEqual([['aup-clause-4', true]]);
  expect(agreement.resign).toEqual({ signedVersion: '2025.1', removed: [] });
  expect(agreement.earlierVersionUnknown).toBe(false);
});

it('a refresher whose signed version is no longer kept here is shown every clause as changed, and told why', async () => {
  const pack = await env.content.pack('en-GB');
  await signedLastYear('f'.repeat(64));
  const agreement = await env.service.agreement(env.summary.sessionId, 'en-GB');
  expect(agreement.clauses.map((c) => c.id).sort()).toEqual(
    pack.aup.clauses.map((c) => c.id).sort(),
  );
  expect(agreement.clauses.every((c) => c.changed)).toBe(true);
  // The screen says the earlier version is lost, rather than calling everything "changed".
  expect(agreement.earlierVersionUnknown).toBe(true);
});

it('an unfinished session cannot be signed, and nothing is written', async () => {
  const unfinished = await env.learning.start(
    { fullName: 'Alex Learner', role: 'staff', identifier: 'alex@example.org' },
    'induction',
    '1357',
  );
  await expectRefused(
    env.service.sign(await request({ sessionId: unfinished.progress.sessionId })),
    'learning-not-complete',
  );
  await expectRefused(
    env.service.sign(await request({ sessionId: '00000000-0000-4000-8000-000000000000' })),
    'learning-no-session',
  );
  expect((await Ledger.open(env.dataDir, TEST_LEDGER)).entries()).toHaveLength(0);
  expect(await readdir(env.dataDir)).not.toContain('signatures');
});

it('the agreement shows each topic’s clauses together, in the course’s order, and pre-fills the learner’s name', async () => {
  // The policy returns to the first topic at its end: that clause joins its topic's group.
  const files = buildPackFiles('en-GB');
  const clauses = (files['aup.json'] as Json).clauses;
  clauses[clauses.length - 1].modules = ['topic-1'];
  await writePackFiles(join(env.dir, 'content'), 'en-GB', files);
  const fresh = new SigningService({
    learning: () => env.learning,
    content: new ContentService(join(env.dir, 'content'), () => env.settings.get()),
    settings: () => env.settings.get(),
    ledger: env.ledger,
    signatures: new SignatureStore(env.dataDir),
    agreementVersions: new AgreementVersions(env.dataDir),
    now: () => NOW,
  });
  const agreement = await fresh.agreement(env.summary.sessionId, 'en-GB');
  const last = clauses.length;
  expect(agreement.clauses.slice(0, 2).map((c) => c.number)).toEqual([1, last]);
  expect(agreement.clauses[1]?.topic).toBe(agreement.clauses[0]?.topic);
  const runs = agreement.clauses
    .map((c) => c.topic)
    .filter((topic, i, all) => i === 0 || all[i - 1] !== topic);
  expect(new Set(runs).size).toBe(runs.length);
  expect(agreement.learnerName).toBe(LEARNER.fullName);
});
