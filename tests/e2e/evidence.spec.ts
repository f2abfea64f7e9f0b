import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import Papa from 'papaparse';
import { LEARNER_ROLES } from '../../common/records/record-kinds';
import { SignatureStore } from '../../electron/services/signatures/signature-store';
import { sampleRecord } from '../unit/fixtures/sample-record';
import { expectNoAxeViolationsInBothLocales } from './harness/axe';
import { expect, test } from './harness/fixtures';
import { arrangeLeadDevice, openLeadSection, signIn } from './lead-support';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

test('the lead builds an evidence pack for 50 people by keyboard, and verify names the one file later changed', async ({
  app,
  services,
  exportsDir,
  dialogs,
}) => {
  test.setTimeout(180_000);
  const seeded = (await arrangeLeadDevice(services)).records;
  const store = new SignatureStore(services.env.dataDir);
  const ledger = await services.ledger();
  const now = Date.now();
  const inForce = (await services.content.pack('cy')).aup.version;
  // 47 more people, a few days apart over the last ten months, in every role.
  for (let i = 0; i < 47; i += 1) {
    const at = new Date(now - (5 + i * 6) * 86_400_000).toISOString();
    const learner = {
      fullName: `Person ${String(i + 1).padStart(2, '0')} Llŷr`,
      role: LEARNER_ROLES[i % LEARNER_ROLES.length]!,
      identifier: `person${i + 1}@example.org`,
    };
    const record = sampleRecord({
      learner,
      startedAt: at,
      completedAt: at,
      signedAt: at,
      signatureSha256: await store.saveTyped(learner.fullName),
      // Most signed the policy in force, in Welsh; the first three signed an older version.
      ...(i >= 3 ? { aupVersion: inForce, locale: 'cy' as const } : {}),
    });
    await ledger.appendCompletion(record);
    seeded.push(record);
  }
  expect(seeded).toHaveLength(50);
  await app.reload();
  await signIn(app);
  await openLeadSection(app, 'Evidence pack');
  await expect(
    app.getByRole('heading', { level: 2, name: 'Evidence pack for an inspection' }),
  ).toBeVisible();
  await expectNoAxeViolationsInBothLocales(app, 'lead evidence');

  // Two years back, so every seeded completion (the oldest is 400 days old) is in the period.
  const from = new Date(now - 730 * 86_400_000).toISOString().slice(0, 10);
  await app.getByLabel('From').fill(from);
  await app.getByRole('button', { name: 'Build evidence pack' }).focus();
  await app.keyboard.press('Enter');
  await expect(app.getByText(/Done: written to .*esafety-evidence-pack\.zip/)).toBeVisible({
    timeout: 60_000,
  });

  const packPath = path.join(exportsDir, 'esafety-evidence-pack.zip');
  const files = unzipSync(new Uint8Array(fs.readFileSync(packPath)));
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as {
    checkpoint: { entries: number; headHash: string };
    files: { path: string; sha256: string; bytes: number }[];
  };
  // Every file the manifest lists is in the pack with that digest, and nothing else is but
  // the manifest and the device's seal over it.
  for (const file of manifest.files) {
    expect(files[file.path], file.path).toBeDefined();
    expect(sha256(files[file.path]!), file.path).toBe(file.sha256);
  }
  expect(Object.keys(files).sort()).toEqual(
    [...manifest.files.map((f) => f.path), 'manifest.json', 'manifest.seal.json'].sort(),
  );
  expect(manifest.checkpoint.entries).toBe(50);

  const csv = new TextDecoder().decode(files['completions.csv']).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const closing = parsed.data.pop();
  expect(Object.values(closing ?? {}).slice(0, 2)).toEqual([
    'ledger-checkpoint',
    `50-${manifest.checkpoint.headHash}`,
  ]);
  expect(parsed.data.map((row) => row['Certificate code']).sort()).toEqual(
    seeded.map((r) => r.certificateCode).sort(),
  );

  const pdfText = (name: string) => {
    const file = path.join(exportsDir, name.replace('/', '_'));
    fs.writeFileSync(file, files[name]!);
    return execFileSync('pdftotext', ['-layout', file, '-']).toString().normalize('NFC');
  };
  const summary = pdfText('summary-report.pdf');
  expect(summary).toContain('Riverside Youth Club');
  expect(summary).toMatch(/All chosen roles(\s+\d+){5}\s+50/);
  expect(summary).toContain(`Checkpoint: 50 entries`);
  const certificates = pdfText('certificates.pdf');
  for (const record of seeded) expect(certificates).toContain(record.certificateCode);
  // The exact text of the version in force, as signed in Welsh; the older one is listed as not
  // held (this device's content no longer has it), never guessed.
  const welsh = new TextDecoder().decode(files[`aup/aup-${inForce}-cy.txt`]);
  expect(welsh).toContain((await services.content.pack('cy')).aup.clauses[0]!.text);
  const versions = JSON.parse(new TextDecoder().decode(files['aup/versions.json'])) as {
    version: string;
    locale: string;
    held: boolean;
    records: number;
  }[];
  expect(versions).toContainEqual(
    expect.objectContaining({ version: inForce, locale: 'cy', held: true, records: 44 }),
  );
  expect(versions).toContainEqual(
    expect.objectContaining({ version: '2026.1', locale: 'en-GB', held: false, records: 6 }),
  );

  // The untouched pack checks out against this device's ledger.
  await dialogs.willOpen(packPath);
  await app.getByRole('button', { name: 'Choose a pack to verify' }).click();
  await expect(app.getByText(/This pack is complete and unchanged/)).toBeVisible();
  await expect(app.getByText(/Seal: this device sealed the manifest/)).toBeVisible();

  // One byte of the CSV changed, the zip rebuilt around it: verify names that file alone.
  const csvBytes = files['completions.csv']!;
  csvBytes[40] = csvBytes[40]! ^ 0x01;
  const tamperedPath = path.join(exportsDir, 'tampered-pack.zip');
  fs.writeFileSync(tamperedPath, zipSync(files));
  await dialogs.willOpen(tamperedPath);
  await app.getByRole('button', { name: 'Choose a pack to verify' }).click();
  const wrong = app.getByRole('list', { name: 'Files that do not match' });
  await expect(wrong.getByRole('listitem')).toHaveText([
    'completions.csv: changed since the pack was made',
  ]);
  await expect(app.getByText(/This pack does not check out/)).toBeVisible();
  await expectNoAxeViolationsInBothLocales(app, 'lead evidence after verifying');
});
