import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { AcceptanceRecord } from '../../common/records/acceptance-record';
import type { AppServices } from '../../electron/services/app-services';
import { mainI18n } from '../../electron/services/i18n/main-translator';
import { SignatureStore } from '../../electron/services/signatures/signature-store';
import { TestDialogs } from '../e2e/harness/test-dialogs';
import { PSEUDO_OPEN, strayText } from '../support/pseudo-locale';
import { pseudoMainProcess } from '../support/pseudo-main-process';
import { servicesAt } from './fixtures/app-under-test';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

/*
 * Certificates printed while main's en-GB texts are the pseudo locale: every printed word must
 * be pseudo text or the record's own data, so a word that did not come through i18next (or a
 * label kept from before the translator changed) shows up as plain English.
 */
const TIME_ZONE = 'Europe/London';
const run = promisify(execFile);

let temp: { dir: string; cleanup: () => Promise<void> };
let services: AppServices;
beforeEach(async () => {
  temp = await withTempDir();
  const exportsDir = join(temp.dir, 'exports');
  await mkdir(exportsDir);
  services = servicesAt(temp.dir, { dialogs: new TestDialogs(exportsDir) });
  services.settings.update({ timeZone: TIME_ZONE });
});
afterEach(() => temp.cleanup());

async function add(fullName: string, identifier: string): Promise<AcceptanceRecord> {
  const signatureSha256 = await new SignatureStore(services.env.dataDir).saveTyped(fullName);
  const record = sampleRecord({
    signatureSha256,
    learner: { fullName, role: 'volunteer', identifier },
  });
  await (await services.ledger()).appendCompletion(record);
  return record;
}

/**
 * What a reader sees on the pages (pdftotext of the real file), as one text: a long label wraps
 * over lines, so its pseudo markers are matched across them.
 */
async function printedText(pdf: Uint8Array): Promise<string> {
  const file = join(temp.dir, 'read-back.pdf');
  await writeFile(file, pdf);
  return (await run('pdftotext', [file, '-'])).stdout.normalize('NFC');
}

/** A record's own values: printed as they are, never translated. */
const dataOf = (record: AcceptanceRecord) => [
  record.learner.fullName,
  record.organisationName,
  record.certificateCode,
  record.aupVersion,
];

/**
 * Primes the labels in English first: before labels followed main's translator, the English
 * looked up here was kept and printed again under the pseudo locale.
 */
async function withPseudoMain<T>(render: () => Promise<T>): Promise<T> {
  await services.certificates.render(sampleRecord());
  const undo = pseudoMainProcess();
  try {
    return await render();
  } finally {
    undo();
    expect(mainI18n.t('certificate:heading', { lng: 'en-GB' })).toBe('Certificate of completion');
  }
}

it('a learner’s certificate printed in the pseudo locale has no word from outside i18next', async () => {
  const record = await add('Siân Llŵyd-Łukasz', 'sian@example.org');
  const text = await withPseudoMain(async () => {
    const saved = await services.certificates.save(record.recordId);
    expect(saved.missingCharacters).toEqual([]);
    return printedText(await readFile(saved.path ?? ''));
  });
  expect(text).toContain(PSEUDO_OPEN);
  expect(strayText(text, dataOf(record))).toBeNull();
});

it('a combined certificates document made in the worker has no word from outside i18next', async () => {
  const records = [
    await add('Ana Price', 'ana@example.org'),
    await add('Ben Hall', 'ben@example.org'),
  ];
  const text = await withPseudoMain(async () => {
    const { pdf, missingCharacters } = await services.certificates.combined(records, 'en-GB');
    expect(missingCharacters).toEqual([]);
    return printedText(pdf);
  });
  // Both pages printed, each in the pseudo locale.
  for (const record of records) expect(text).toContain(record.learner.fullName);
  expect(text).toContain(PSEUDO_OPEN);
  // The dates too: the worker prints them in the words main's translator gave the job.
  expect(strayText(text, records.flatMap(dataOf))).toBeNull();
});
