import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, unlink, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackup } from '../../electron/services/backup/create-backup';
import { inspectBackup } from '../../electron/services/backup/inspect-backup';
import { mergeBackup } from '../../electron/services/backup/merge-backup';
import {
  AGREEMENT_VERSIONS_DIR,
  AgreementVersions,
  agreementVersionDigest,
} from '../../electron/services/policy/agreement-versions';
import { Ledger } from '../../electron/services/ledger/ledger';
import {
  SIGNED_TEXTS_DIR,
  SignedTexts,
  signedTextDigest,
} from '../../electron/services/policy/signed-texts';
import type { AcceptanceRecord } from '../../common/records/acceptance-record';
import type { Settings } from '../../common/settings/settings-schema';
import { keyOf } from '../support/test-device-key';

const SETTINGS: Settings = {
  schemaVersion: 3,
  locale: 'en-GB',
  defaultLocale: 'en-GB',
  organisation: {
    orgName: 'Example Youth Club',
    esafetyLeadName: 'Lead',
    esafetyLeadContact: 'lead@example.org',
    safeguardingLeadName: 'Guard',
    safeguardingLeadContact: 'guard@example.org',
  },
  refresherMonths: 12,
  passMarkPercent: 80,
  retentionYears: 6,
  timeZone: 'Europe/Paris',
  leadAutoLockMinutes: 10,
  reminderDays: 30,
  deviceId: 'device-source',
  setupComplete: true,
};

const VERSION = { aupVersion: '2026.1', clauseRevisions: { phones: 2 } };
/** The words the records signed, as their learners were shown them. */
const TEXT = {
  aupVersion: VERSION.aupVersion,
  locale: 'cy' as const,
  clauses: [
    {
      id: 'phones',
      revision: 2,
      text: 'Defnyddiaf ffôn y sefydliad yn unig.',
      language: 'cy' as const,
    },
  ],
};
let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'esafety-backup-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function makeRecord(n: number, signatureSha256: string): AcceptanceRecord {
  return {
    recordId: randomUUID(),
    learner: { fullName: `Person ${n} Ŵyn`, role: 'volunteer', identifier: `p${n}@example.org` },
    recordType: 'induction',
    aupVersion: VERSION.aupVersion,
    aupTextSha256: signedTextDigest(TEXT),
    aupVersionSha256: agreementVersionDigest(VERSION),
    locale: 'cy',
    moduleScores: [{ moduleId: 'phones', percent: 90, attempts: 1 }],
    overallPercent: 90,
    startedAt: '2026-02-01T09:00:00Z',
    completedAt: '2026-02-01T09:30:00Z',
    signedAt: '2026-02-01T09:31:00Z',
    deviceId: 'device-source',
    signatureMethod: 'drawn',
    signatureSha256,
    certificateCode: `ABCD-EFGH-JKMN-${String(n).padStart(4, '0')}`,
    expiresOn: '2027-02-01',
    organisationName: 'Example Youth Club',
  };
}

/** A data dir with `count` signed completions, each with its signature image file. */
async function seedDataDir(name: string, count: number, from = 1): Promise<AcceptanceRecord[]> {
  const dir = join(root, name);
  await mkdir(join(dir, 'signatures'), { recursive: true });
  await new AgreementVersions(dir).keep(VERSION);
  await new SignedTexts(dir).keep(TEXT);
  const ledger = await Ledger.open(dir, { key: keyOf(name) });
  const records: AcceptanceRecord[] = [];
  for (let n = from; n < from + count; n += 1) {
    const image = Buffer.from(`\x89PNG fake signature ${n} ${randomUUID()}`);
    const digest = createHash('sha256').update(image).digest('hex');
    await writeFile(join(dir, 'signatures', `${digest}.png`), image);
    const record = makeRecord(n, digest);
    await ledger.appendCompletion(record);
    records.push(record);
  }
  return records;
}

describe('backing up and restoring records', () => {
  it('restoring a backup onto a fresh device gives the same records, signatures and a sound chain', async () => {
    const records = await seedDataDir('source', 3);
    const file = join(root, 'esafety-backup-2026-02-02.json');
    const created = await createBackup(join(root, 'source'), SETTINGS, file, keyOf('source'));
    expect(created.summary).toMatchObject({ liveRecords: 3, signatureFiles: 3, ledgerEntries: 3 });
    expect(created.missingSignatures).toEqual([]);

    const result = await mergeBackup(join(root, 'fresh'), file, { key: keyOf('fresh') });
    expect(result).toMatchObject({
      imported: 3,
      duplicates: 0,
      conflicts: [],
      signaturesCopied: 3,
    });
    const restored = await Ledger.open(join(root, 'fresh'), { key: keyOf('fresh') });
    expect(restored.verification()).toEqual({ ok: true, problems: [] });
    expect(restored.liveRecords()).toEqual(records);
    // The version the records name travels with them, so a refresher there knows what changed.
    const lookUp = await new AgreementVersions(join(root, 'fresh')).revisionsOf();
    expect(records.map(lookUp)).toEqual(records.map(() => VERSION.clauseRevisions));
    // So do the very words they signed, which a certificate check there shows.
    expect(await new SignedTexts(join(root, 'fresh')).find(records[0]!.aupTextSha256)).toEqual(
      TEXT,
    );
    const sourceSigs = (await readdir(join(root, 'source', 'signatures'))).sort();
    expect((await readdir(join(root, 'fresh', 'signatures'))).sort()).toEqual(sourceSigs);
    for (const name of sourceSigs) {
      expect(await readFile(join(root, 'fresh', 'signatures', name))).toEqual(
        await readFile(join(root, 'source', 'signatures', name)),
      );
    }
  });

  it('a backup never carries the lead passphrase file or unknown settings', async () => {
    await seedDataDir('source', 1);
    const secret = 'scrypt$N=16384$c2VjcmV0LWhhc2gtdmFsdWU';
    await writeFile(join(root, 'source', 'lead-auth.json'), JSON.stringify({ passphrase: secret }));
    const file = join(root, 'backup.json');
    const leaky = { ...SETTINGS, leadPassphraseHash: 'hash-that-must-not-travel' } as Settings;
    await createBackup(join(root, 'source'), leaky, file, keyOf('source'));
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(secret);
    expect(text).not.toContain('hash-that-must-not-travel');
    expect(text).toContain('Example Youth Club');
  });

  it('inspecting a backup summarises it without changing anything', async () => {
    await seedDataDir('source', 2);
    const file = join(root, 'backup.json');
    await createBackup(
      join(root, 'source'),
      SETTINGS,
      file,
      keyOf('source'),
      new Date('2026-02-02T08:00:00Z'),
    );
    const before = await readFile(file, 'utf8');
    await expect(inspectBackup(file, keyOf('fresh'))).resolves.toEqual({
      createdAt: '2026-02-02T08:00:00.000Z',
      sourceDeviceId: 'device-source',
      organisationName: 'Example Youth Club',
      ledgerEntries: 2,
      liveRecords: 2,
      erasedRecords: 0,
      signatureFiles: 2,
      authenticity: 'other-device',
      checkpointEntries: 2,
    });
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('an erased person is neither in the backup nor restored, and their signature stays behind', async () => {
    const [kept, erased] = await seedDataDir('source', 2);
    await (
      await Ledger.open(join(root, 'source'), { key: keyOf('source') })
    ).eraseRecords([erased!.recordId], 'subject-request');
    const file = join(root, 'backup.json');
    await createBackup(join(root, 'source'), SETTINGS, file, keyOf('source'));
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(erased!.learner.fullName);
    expect(text).not.toContain(erased!.signatureSha256);
    expect(await inspectBackup(file, keyOf('fresh'))).toMatchObject({
      liveRecords: 1,
      erasedRecords: 1,
    });

    await mergeBackup(join(root, 'fresh'), file, { key: keyOf('fresh') });
    expect((await Ledger.open(join(root, 'fresh'), { key: keyOf('fresh') })).liveRecords()).toEqual(
      [kept],
    );
  });

  it('merging through the app’s open ledger lets it keep appending to a sound chain', async () => {
    await seedDataDir('source', 2);
    const file = join(root, 'backup.json');
    await createBackup(join(root, 'source'), SETTINGS, file, keyOf('source'));
    const appLedger = await Ledger.open(join(root, 'target'), { key: keyOf('target') });
    await mergeBackup(join(root, 'target'), file, { key: keyOf('target'), ledger: appLedger });
    await appLedger.appendCompletion(makeRecord(99, 'c'.repeat(64)));
    const reopened = await Ledger.open(join(root, 'target'), { key: keyOf('target') });
    expect(reopened.verification()).toEqual({ ok: true, problems: [] });
    expect(reopened.liveRecords()).toHaveLength(3);
  });

  it('merging the same backup twice imports nothing the second time', async () => {
    await seedDataDir('source', 2);
    const file = join(root, 'backup.json');
    await createBackup(join(root, 'source'), SETTINGS, file, keyOf('source'));
    await mergeBackup(join(root, 'target'), file, { key: keyOf('target') });
    const again = await mergeBackup(join(root, 'target'), file, { key: keyOf('target') });
    expect(again).toMatchObject({ imported: 0, duplicates: 2, conflicts: [] });
    expect(
      (await Ledger.open(join(root, 'target'), { key: keyOf('target') })).entries(),
    ).toHaveLength(2);
  });

  it('merging into a device with its own records keeps them and reports a certificate code clash', async () => {
    const source = await seedDataDir('source', 3);
    const local = await seedDataDir('target', 2, 3); // record 3's code is taken here by another person
    const file = join(root, 'backup.json');
    await createBackup(join(root, 'source'), SETTINGS, file, keyOf('source'));
    const result = await mergeBackup(join(root, 'target'), file, { key: keyOf('target') });
    expect(result.imported).toBe(2);
    expect(result.conflicts).toEqual([
      {
        recordId: source[2]!.recordId,
        certificateCode: source[2]!.certificateCode,
        reason: 'certificate-code-taken',
      },
    ]);
    const target = await Ledger.open(join(root, 'target'), { key: keyOf('target') });
    expect(target.verification().ok).toBe(true);
    expect(target.liveRecords()).toEqual([...local, source[0], source[1]]);
  });

  it('an erasure on the source device lists the record here but does not delete it', async () => {
    const [first] = await seedDataDir('source', 1);
    const early = join(root, 'early.json');
    await createBackup(join(root, 'source'), SETTINGS, early, keyOf('source'));
    await mergeBackup(join(root, 'target'), early, { key: keyOf('target') });
    await (
      await Ledger.open(join(root, 'source'), { key: keyOf('source') })
    ).eraseRecords([first!.recordId], 'retention');
    const late = join(root, 'late.json');
    await createBackup(join(root, 'source'), SETTINGS, late, keyOf('source'));

    const result = await mergeBackup(join(root, 'target'), late, { key: keyOf('target') });
    expect(result.erasedInSource).toEqual([first!.recordId]);
    expect(
      (await Ledger.open(join(root, 'target'), { key: keyOf('target') })).liveRecords(),
    ).toEqual([first]);
  });

  it('restoring a device’s own backup brings back the signature, version and signed words it lost since, but no erased person’s', async () => {
    const [first, second, third] = await seedDataDir('source', 3);
    const source = join(root, 'source');
    const file = join(root, 'backup.json');
    await createBackup(source, SETTINGS, file, keyOf('source'));
    const signatureOf = (record: AcceptanceRecord | undefined) =>
      join(source, 'signatures', `${record!.signatureSha256}.png`);
    const kept = await readFile(signatureOf(second));
    // Since the backup: one signature file lost, the version's file lost, the signed words edited,
    // and one person erased (their signature file goes with them).
    await unlink(signatureOf(second));
    await unlink(join(source, AGREEMENT_VERSIONS_DIR, `${second!.aupVersionSha256}.json`));
    await writeFile(
      join(source, SIGNED_TEXTS_DIR, `${second!.aupTextSha256}.json`),
      '{"edited":1}',
    );
    await (
      await Ledger.open(source, { key: keyOf('source') })
    ).eraseRecords([third!.recordId], 'subject-request');
    await unlink(signatureOf(third));

    const result = await mergeBackup(source, file, { key: keyOf('source') });
    expect(result).toMatchObject({ imported: 0, duplicates: 2, skippedErasedHere: 1 });
    expect(result.signaturesCopied).toBe(1);
    expect(await readFile(signatureOf(second))).toEqual(kept);
    await expect(readFile(signatureOf(third))).rejects.toThrow(/ENOENT/);
    expect(await new AgreementVersions(source).find(first!.aupVersionSha256!)).toEqual(VERSION);
    expect(await new SignedTexts(source).find(first!.aupTextSha256)).toEqual(TEXT);
  });

  it('a record erased here is not brought back by merging an older backup', async () => {
    const [first] = await seedDataDir('source', 1);
    const file = join(root, 'backup.json');
    await createBackup(join(root, 'source'), SETTINGS, file, keyOf('source'));
    await mergeBackup(join(root, 'target'), file, { key: keyOf('target') });
    await (
      await Ledger.open(join(root, 'target'), { key: keyOf('target') })
    ).eraseRecords([first!.recordId], 'subject-request');

    const result = await mergeBackup(join(root, 'target'), file, { key: keyOf('target') });
    expect(result).toMatchObject({ imported: 0, skippedErasedHere: 1 });
    expect(
      (await Ledger.open(join(root, 'target'), { key: keyOf('target') })).liveRecords(),
    ).toEqual([]);
  });
});
