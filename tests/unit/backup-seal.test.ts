import { appendFile, copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BackupContent, BackupFile } from '../../electron/services/backup/backup-format';
import { MAX_BACKUP_LEDGER_LINES } from '../../electron/services/backup/backup-format';
import { computeManifest } from '../../electron/services/backup/backup-manifest';
import { BackupImports } from '../../electron/services/backup/backup-imports';
import { createBackup } from '../../electron/services/backup/create-backup';
import { inspectBackup } from '../../electron/services/backup/inspect-backup';
import { mergeBackup } from '../../electron/services/backup/merge-backup';
import { AgreementVersions } from '../../electron/services/policy/agreement-versions';
import { Ledger } from '../../electron/services/ledger/ledger';
import { keyOf } from '../support/test-device-key';
import { checkpointPath, ledgerPath } from './fixtures/ledger-forger';
import { sampleRecord } from './fixtures/sample-record';

let root: string;
const at = (device: string) => join(root, device);
const open = (device: string) => Ledger.open(at(device), { key: keyOf(device) });

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'esafety-seal-'));
  const ledger = await open('here');
  for (let n = 0; n < 4; n += 1) await ledger.appendCompletion(sampleRecord());
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function backupOf(device: string): Promise<string> {
  const file = join(root, `${device}-${Date.now()}-${Math.random()}.json`);
  await createBackup(at(device), null, file, keyOf(device));
  return file;
}

/** Rewrites a backup as a forger would: edit, then recompute the manifest (not the seal). */
async function forged(file: string, edit: (content: BackupFile) => void): Promise<string> {
  const content = JSON.parse(await readFile(file, 'utf8')) as BackupFile;
  edit(content);
  const { seal, ...rest } = content;
  const out = join(root, `forged-${Math.random()}.json`);
  const manifest = computeManifest(rest as BackupContent); // reads the content fields only
  await writeFile(out, JSON.stringify({ ...rest, manifest, ...(seal ? { seal } : {}) }));
  return out;
}

async function listing(device: string): Promise<string[]> {
  return (await readdir(at(device))).sort();
}

describe('who vouches for a backup, checked before anything is merged', () => {
  it('a backup made here is recognised by its seal as this device’s own', async () => {
    const file = await backupOf('here');
    expect(await inspectBackup(file, keyOf('here'))).toMatchObject({
      authenticity: 'this-device',
      checkpointEntries: 4,
    });
  });

  it('a backup from another device is reported as sealed by another device', async () => {
    const file = await backupOf('here');
    expect((await inspectBackup(file, keyOf('elsewhere'))).authenticity).toBe('other-device');
  });

  it('a backup with its seal removed is reported as unsealed', async () => {
    const file = await forged(await backupOf('here'), (content) => delete content.seal);
    expect((await inspectBackup(file, keyOf('here'))).authenticity).toBe('unsealed');
  });

  it('a backup from before seals (format 1) still imports, reported as unsealed', async () => {
    const file = await forged(await backupOf('here'), (content) => {
      (content as { formatVersion: number }).formatVersion = 1;
      delete content.checkpoint;
      delete content.seal;
    });
    const result = await mergeBackup(at('fresh'), file, { key: keyOf('fresh') });
    expect(result.imported).toBe(4);
    expect((await inspectBackup(file, keyOf('fresh'))).authenticity).toBe('unsealed');
  });

  it('a backup from before agreement versions were kept apart (format 2) still imports', async () => {
    const file = await forged(await backupOf('here'), (content) => {
      (content as { formatVersion: number }).formatVersion = 2;
      delete content.agreementVersions;
      delete content.seal;
    });
    const result = await mergeBackup(at('fresh'), file, { key: keyOf('fresh') });
    expect(result.imported).toBe(4);
    // Records of that time carry their clause revisions themselves.
    const lookUp = await new AgreementVersions(at('fresh')).revisionsOf();
    expect((await open('fresh')).liveRecords().map(lookUp)).toEqual(
      Array.from({ length: 4 }, () => sampleRecord().aupClauseRevisions),
    );
  });

  it('a backup from before the signed words travelled (format 3) still imports', async () => {
    const file = await forged(await backupOf('here'), (content) => {
      (content as { formatVersion: number }).formatVersion = 3;
      delete content.signedTexts;
      delete content.seal;
    });
    const result = await mergeBackup(at('fresh'), file, { key: keyOf('fresh') });
    expect(result.imported).toBe(4);
  });

  it('a backup of this device edited and re-hashed is refused: the seal no longer matches', async () => {
    const file = await forged(await backupOf('here'), (content) => {
      content.ledger[0] = content.ledger[0]!.replace('Riverside', 'Riverbank');
    });
    const before = await listing('here');
    await expect(inspectBackup(file, keyOf('here'))).rejects.toMatchObject({
      code: 'backup.sealMismatch',
      i18nKey: 'errors.backup.sealMismatch',
    });
    await expect(mergeBackup(at('here'), file, { key: keyOf('here') })).rejects.toMatchObject({
      code: 'backup.sealMismatch',
    });
    expect(await listing('here')).toEqual(before);
  });

  it('this device’s own backup reveals records cut from here even when the cut left no trace here', async () => {
    const ledger = await open('here');
    await copyFile(ledgerPath(at('here')), join(root, 'ledger.old'));
    await copyFile(checkpointPath(at('here')), join(root, 'checkpoint.old'));
    await ledger.appendCompletion(sampleRecord());
    const file = await backupOf('here');
    // Both files rolled back together: this device alone cannot tell.
    await copyFile(join(root, 'ledger.old'), ledgerPath(at('here')));
    await copyFile(join(root, 'checkpoint.old'), checkpointPath(at('here')));
    const rolledBack = await open('here');
    expect(rolledBack.verification().ok).toBe(true);

    const imports = new BackupImports({
      dataDir: at('here'),
      deviceKey: async () => keyOf('here'),
      ledger: async () => rolledBack,
      organisationName: () => 'Example Youth Club',
      adoptSettings: () => undefined,
    });
    await expect(imports.inspect(file)).rejects.toMatchObject({
      code: 'backup.localLedgerChanged',
      details: { nature: 'tail-missing', entries: 5, now: 4 },
    });
    await expect(
      mergeBackup(at('here'), file, { key: keyOf('here'), ledger: rolledBack }),
    ).rejects.toMatchObject({ code: 'backup.localLedgerChanged' });
  });

  it('a backup whose last records were cut off, with the manifest recomputed, disagrees with its own checkpoint', async () => {
    const file = await forged(await backupOf('here'), (content) => {
      content.ledger.splice(2);
    });
    await expect(inspectBackup(file, keyOf('elsewhere'))).rejects.toMatchObject({
      code: 'backup.chainBroken',
      details: { nature: 'tail-missing' },
    });
  });

  it('an interrupted write at the end of the ledger is left out of the backup, which imports cleanly', async () => {
    await appendFile(ledgerPath(at('here')), '{"seq":5,"kind":"compl');
    const file = await backupOf('here');
    const content = JSON.parse(await readFile(file, 'utf8')) as BackupFile;
    expect(content.ledger).toHaveLength(4);
    expect((await mergeBackup(at('fresh'), file, { key: keyOf('fresh') })).imported).toBe(4);
  });
});

describe('a backup padded with junk is refused early and cheaply', () => {
  it('200,000 junk lines stop the check at the first one', async () => {
    const file = await forged(await backupOf('here'), (content) => {
      content.ledger = Array.from({ length: 200_000 }, () => 'junk');
    });
    await expect(inspectBackup(file, keyOf('elsewhere'))).rejects.toMatchObject({
      code: 'backup.chainBroken',
      details: { position: 1, nature: 'unparseable' },
    });
  });

  it('more lines than any backup could hold are refused before they are parsed', async () => {
    const file = await forged(await backupOf('here'), (content) => {
      content.ledger = new Array<string>(MAX_BACKUP_LEDGER_LINES + 1).fill('');
    });
    await expect(inspectBackup(file, keyOf('elsewhere'))).rejects.toMatchObject({
      code: 'backup.tooManyLines',
      details: { lines: MAX_BACKUP_LEDGER_LINES + 1, limit: MAX_BACKUP_LEDGER_LINES },
    });
  });

  it('a line far longer than any entry is refused with where it is', async () => {
    const file = await forged(await backupOf('here'), (content) => {
      content.ledger[1] = 'x'.repeat(100_000);
    });
    await expect(inspectBackup(file, keyOf('elsewhere'))).rejects.toMatchObject({
      code: 'backup.invalid',
      details: { path: 'ledger.1' },
    });
  });
});
