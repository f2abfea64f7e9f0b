import { createHash, randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import {
  BACKUP_FORMAT_VERSION,
  MAX_BACKUP_BYTES,
  type BackupContent,
  type BackupFile,
} from '../../electron/services/backup/backup-format';
import {
  AgreementVersions,
  agreementVersionDigest,
} from '../../electron/services/policy/agreement-versions';
import { SignedTexts, signedTextDigest } from '../../electron/services/policy/signed-texts';
import { computeManifest } from '../../electron/services/backup/backup-manifest';
import { createBackup } from '../../electron/services/backup/create-backup';
import { inspectBackup } from '../../electron/services/backup/inspect-backup';
import { mergeBackup } from '../../electron/services/backup/merge-backup';
import { DomainError } from '../../electron/services/errors';
import { Ledger } from '../../electron/services/ledger/ledger';
import type { AcceptanceRecord } from '../../common/records/acceptance-record';
import { keyOf } from '../support/test-device-key';

let root: string;
let good: BackupFile;
const VERSION = { aupVersion: '3', clauseRevisions: { phones: 2 } };
const TEXT = {
  aupVersion: VERSION.aupVersion,
  locale: 'en-GB' as const,
  clauses: [
    { id: 'phones', revision: 2, text: 'I use the work phone.', language: 'en-GB' as const },
  ],
};

function makeRecord(n: number, signatureSha256: string): AcceptanceRecord {
  return {
    recordId: randomUUID(),
    learner: { fullName: `Person ${n}`, role: 'staff', identifier: `p${n}` },
    recordType: 'refresher',
    aupVersion: VERSION.aupVersion,
    aupTextSha256: signedTextDigest(TEXT),
    aupVersionSha256: agreementVersionDigest(VERSION),
    locale: 'en-GB',
    moduleScores: [],
    overallPercent: 100,
    startedAt: '2026-04-01T09:00:00Z',
    completedAt: '2026-04-01T09:20:00Z',
    signedAt: '2026-04-01T09:21:00Z',
    deviceId: 'dev',
    signatureMethod: 'drawn',
    signatureSha256,
    certificateCode: `WXYZ-WXYZ-WXYZ-${String(n).padStart(4, '0')}`,
    expiresOn: '2027-04-01',
    organisationName: 'Org',
  };
}

async function seed(dir: string, from: number, count: number): Promise<void> {
  await mkdir(join(dir, 'signatures'), { recursive: true });
  await new AgreementVersions(dir).keep(VERSION);
  await new SignedTexts(dir).keep(TEXT);
  const ledger = await Ledger.open(dir, { key: keyOf(basename(dir)) });
  for (let n = from; n < from + count; n += 1) {
    const image = Buffer.from(`signature ${n} ${randomUUID()}`);
    const digest = createHash('sha256').update(image).digest('hex');
    await writeFile(join(dir, 'signatures', `${digest}.png`), image);
    await ledger.appendCompletion(makeRecord(n, digest));
  }
}

/** Every file under `dir` with its bytes, to prove a refused merge wrote nothing. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path)] = (await readFile(path)).toString('base64');
  }
  return files;
}

/** Writes an edited backup whose manifest is recomputed, so only the deeper checks can catch it. */
async function writeResealed(edit: (content: BackupContent) => void): Promise<string> {
  const content = structuredClone(good) as BackupContent & { manifest?: unknown };
  delete content.manifest;
  edit(content);
  const file = join(root, `edited-${randomUUID()}.json`);
  await writeFile(file, JSON.stringify({ ...content, manifest: computeManifest(content) }));
  return file;
}

async function expectRefused(file: string, code: string, details: object = {}): Promise<void> {
  const local = join(root, 'local');
  const before = await snapshot(local);
  const inspected = await inspectBackup(file, keyOf('local')).catch((e: unknown) => e);
  expect(inspected).toBeInstanceOf(DomainError);
  expect(inspected).toMatchObject({ code, details });
  await expect(mergeBackup(local, file, { key: keyOf('local') })).rejects.toMatchObject({
    code,
    details,
  });
  expect(await snapshot(local)).toEqual(before);
  await expect(readdir(join(root, 'x'))).rejects.toThrow();
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'esafety-hostile-'));
  await seed(join(root, 'source'), 1, 3);
  await seed(join(root, 'local'), 10, 1);
  const file = join(root, 'good.json');
  await createBackup(join(root, 'source'), null, file, keyOf('source'));
  good = JSON.parse(await readFile(file, 'utf8')) as BackupFile;
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('a bad or hostile backup file changes nothing on this device', () => {
  it('random bytes are reported as unreadable', async () => {
    const file = join(root, 'garbage.json');
    await writeFile(file, Buffer.from([0xff, 0x00, 0x7b, 0x22, 0x13]));
    await expectRefused(file, 'backup.unparseable');
  });

  it('a JSON file that is not a backup is reported as the wrong kind of file', async () => {
    const file = join(root, 'other.json');
    await writeFile(file, JSON.stringify([{ format: 'esafety-backup' }]));
    await expectRefused(file, 'backup.wrongFormat');
  });

  it('a backup from a newer version of the app is refused with its version', async () => {
    const file = join(root, 'newer.json');
    const formatVersion = BACKUP_FORMAT_VERSION + 1;
    await writeFile(file, JSON.stringify({ ...good, formatVersion }));
    await expectRefused(file, 'backup.newerFormat', { formatVersion });
  });

  it('fields of the wrong type are reported with where they are', async () => {
    const file = join(root, 'types.json');
    await writeFile(file, JSON.stringify({ ...good, ledger: 5 }));
    await expectRefused(file, 'backup.invalid', { path: 'ledger' });
  });

  it('a signature named like a path is refused and nothing is written outside', async () => {
    const file = await writeResealed((content) => {
      content.signatures['../../x'] = { ext: '', data: Buffer.from('x').toString('base64') };
    });
    await expectRefused(file, 'backup.invalid');
  });

  it('an extension that smuggles a path is refused', async () => {
    const file = await writeResealed((content) => {
      const [digest] = Object.keys(content.signatures);
      content.signatures[digest!]!.ext = '/../../x';
    });
    await expectRefused(file, 'backup.invalid');
  });

  it('a hand-edited record without a new manifest is caught by the manifest', async () => {
    const file = join(root, 'edited.json');
    const ledger = good.ledger.map((line) => line.replace('Person 2', 'Person 9'));
    await writeFile(file, JSON.stringify({ ...good, ledger }));
    await expectRefused(file, 'backup.manifestMismatch', { part: 'ledger' });
  });

  // The parts a record names by digest: each checked against its digest and required.
  describe.each([
    {
      part: 'agreementVersions' as const,
      what: 'an agreement version',
      digest: () => agreementVersionDigest(VERSION),
      edit: (content: BackupContent, digest: string) => {
        content.agreementVersions![digest]!.clauseRevisions.phones = 1;
      },
    },
    {
      part: 'signedTexts' as const,
      what: 'the words a record signed',
      digest: () => signedTextDigest(TEXT),
      edit: (content: BackupContent, digest: string) => {
        content.signedTexts![digest]!.clauses[0]!.text = 'I may use my own phone.';
      },
    },
  ])('$what', ({ part, digest, edit }) => {
    it('edited in the file, is refused even with a recomputed manifest', async () => {
      const file = await writeResealed((content) => edit(content, digest()));
      await expectRefused(file, 'backup.invalid', { path: `${part}.${digest()}` });
    });

    it('missing from a current backup, is refused as incomplete', async () => {
      const file = await writeResealed((content) => {
        delete content[part];
      });
      await expectRefused(file, 'backup.invalid', { path: part });
    });

    it('edited without a new manifest, is caught by the manifest', async () => {
      const edited = structuredClone(good);
      edit(edited, digest());
      const file = join(root, `edited-${part}.json`);
      await writeFile(file, JSON.stringify(edited));
      await expectRefused(file, 'backup.manifestMismatch', { part });
    });
  });

  it('a tampered record is caught by the chain even with a recomputed manifest', async () => {
    const file = await writeResealed((content) => {
      content.ledger[1] = content.ledger[1]!.replace('"overallPercent":100', '"overallPercent":40');
    });
    await expectRefused(file, 'backup.chainBroken', { position: 2, nature: 'edited' });
  });

  it('a removed entry is reported at the position where the chain breaks', async () => {
    const file = await writeResealed((content) => {
      content.ledger.splice(1, 1);
    });
    await expectRefused(file, 'backup.chainBroken', { position: 2, nature: 'broken-link' });
  });

  it('a ledger line hiding a line break is refused rather than re-split', async () => {
    const file = await writeResealed((content) => {
      content.ledger[0] = `${content.ledger[0]!}\n${content.ledger[0]!}`;
    });
    await expectRefused(file, 'backup.invalid', { path: 'ledger.0' });
  });

  it('a signature whose bytes do not match its name is refused', async () => {
    const file = await writeResealed((content) => {
      const [digest] = Object.keys(content.signatures);
      content.signatures[digest!]!.data = Buffer.from('someone else').toString('base64');
    });
    await expectRefused(file, 'backup.signatureMismatch');
  });

  it('a huge file is refused before it is read', async () => {
    const file = join(root, 'huge.json');
    await writeFile(file, '');
    await truncate(file, MAX_BACKUP_BYTES + 1);
    await expectRefused(file, 'backup.tooLarge');
  });

  it('a file that does not exist is reported as unreadable', async () => {
    await expectRefused(join(root, 'missing.json'), 'backup.unreadable', { reason: 'ENOENT' });
  });

  it('a sound backup is still refused when this device’s own ledger is damaged', async () => {
    const ledgerFile = join(root, 'local', 'ledger.jsonl');
    const text = await readFile(ledgerFile, 'utf8');
    await writeFile(ledgerFile, text.replace('Person 10', 'Person 11'));
    const before = await snapshot(join(root, 'local'));
    await expect(
      mergeBackup(join(root, 'local'), join(root, 'good.json'), { key: keyOf('local') }),
    ).rejects.toMatchObject({
      code: 'backup.localLedgerDamaged',
      details: { position: 1, nature: 'edited' },
    });
    expect(await snapshot(join(root, 'local'))).toEqual(before);
  });
});
