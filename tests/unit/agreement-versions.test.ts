import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AGREEMENT_VERSIONS_DIR,
  AgreementVersions,
  agreementVersionDigest,
} from '../../electron/services/policy/agreement-versions';
import { sampleRecord } from './fixtures/sample-record';

const VERSION = {
  aupVersion: '2026.1-org.2',
  clauseRevisions: { 'personal-accounts': 1, 'org-video-calls': 3 },
};

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'esafety-versions-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('the versions of the agreement that records name', () => {
  it('a version is kept once however many learners sign it, under the digest records carry', async () => {
    const versions = new AgreementVersions(dataDir);
    const digests = await Promise.all([versions.keep(VERSION), versions.keep({ ...VERSION })]);
    expect(digests).toEqual([agreementVersionDigest(VERSION), agreementVersionDigest(VERSION)]);
    expect(await readdir(join(dataDir, AGREEMENT_VERSIONS_DIR))).toEqual([`${digests[0]}.json`]);
    expect(await versions.find(digests[0])).toEqual(VERSION);
  });

  it('another revision of one clause is another version', async () => {
    const reworded = { ...VERSION, clauseRevisions: { ...VERSION.clauseRevisions, x: 1 } };
    expect(agreementVersionDigest(reworded)).not.toBe(agreementVersionDigest(VERSION));
  });

  it('a kept version edited on disk is never used, and nothing else is lost', async () => {
    const versions = new AgreementVersions(dataDir);
    const edited = await versions.keep(VERSION);
    const other = await versions.keep({ aupVersion: '2025.1', clauseRevisions: { a: 1 } });
    const file = join(dataDir, AGREEMENT_VERSIONS_DIR, `${edited}.json`);
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('"org-video-calls": 3', '"org-video-calls": 1'),
    );
    await writeFile(join(dataDir, AGREEMENT_VERSIONS_DIR, `${'d'.repeat(64)}.json`), '{ not json');
    expect(await versions.find(edited)).toBeNull();
    expect([...(await versions.all()).keys()]).toEqual([other]);
    const lookUp = await versions.revisionsOf();
    expect(lookUp({ aupVersionSha256: edited })).toBeUndefined();
  });

  it('a record made before versions were kept apart answers with its own revisions', async () => {
    const versions = new AgreementVersions(dataDir);
    const digest = await versions.keep(VERSION);
    const lookUp = await versions.revisionsOf();
    const legacy = sampleRecord();
    expect(lookUp(legacy)).toEqual(legacy.aupClauseRevisions);
    expect(lookUp({ aupVersionSha256: digest })).toEqual(VERSION.clauseRevisions);
  });

  it('a device with no version kept yet has none, rather than failing', async () => {
    expect((await new AgreementVersions(join(dataDir, 'nothing-here')).all()).size).toBe(0);
  });
});
