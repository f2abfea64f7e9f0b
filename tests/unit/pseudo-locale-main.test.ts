import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { appMenuTemplate, type MenuLabels } from '../../electron/main/app-menu-template';
import { certificateLabelsFor } from '../../electron/services/certificates/certificate-locale-labels';
import { certificatePdf } from '../../electron/services/certificates/certificate-pdf';
import { certificateFileName } from '../../electron/services/certificates/certificate-file-name';
import { csvLayout, headerFor } from '../../electron/services/exports/csv-columns';
import { mainI18n } from '../../electron/services/i18n/main-translator';
import { csvLabels, exportFileNames } from '../../electron/services/lead/lead-labels';
import { electronDialogs } from '../../electron/main/electron-dialogs';
import { fileFilter } from '../../electron/services/platform/file-types';
import type { FileFilter } from '../../electron/services/platform/native-dialogs';
import { recorded } from '../support/electron-mock';
import { pseudoCatalogue, PSEUDO_OPEN, strayText } from '../support/pseudo-locale';
import { pseudoMainProcess } from '../support/pseudo-main-process';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

/*
 * Main's words (menu, dialog filters, CSV headings, file names, the certificate PDF) rendered in
 * a pseudo locale made from en-GB for this test only: any plain word left is one that did not
 * come through i18next.
 */
let undo: () => void;
beforeAll(() => {
  undo = pseudoMainProcess();
});
afterAll(() => {
  undo();
  expect(mainI18n.t('menu:file', { lng: 'en-GB' })).toBe('File');
});

const expectPseudo = (texts: readonly string[], allowed: readonly string[] = []) => {
  expect(texts.length).toBeGreaterThan(0);
  expect(texts.filter((text) => strayText(text, allowed) !== null)).toEqual([]);
  expect(texts.some((text) => text.includes(PSEUDO_OPEN))).toBe(true);
};

it('every menu label on every desktop is translated', () => {
  const labels = mainI18n.getResourceBundle('en-GB', 'menu') as MenuLabels;
  const noop = { send: () => undefined, openLogFolder: () => undefined };
  type Item = ReturnType<typeof appMenuTemplate>[number];
  const collect = (items: Item[]): string[] =>
    items.flatMap((item) => [
      ...(typeof item.label === 'string' ? [item.label] : []),
      ...(Array.isArray(item.submenu) ? collect(item.submenu as Item[]) : []),
    ]);
  for (const platform of ['darwin', 'win32', 'linux'] as const)
    expectPseudo(collect(appMenuTemplate(labels, platform, noop)));
});

it('the desktop’s save, open and folder dialogs are titled and labelled through i18next', async () => {
  recorded.dialogOptions.length = 0;
  const dialogs = electronDialogs(
    () => null,
    () => 'en-GB',
  );
  await dialogs.chooseSavePath({ defaultName: 'x.pdf', filters: [fileFilter('pdf', 'en-GB')] });
  await dialogs.chooseOpenPath({ filters: [fileFilter('backup', 'en-GB')] });
  await dialogs.chooseDirectory();
  expect(recorded.dialogOptions).toHaveLength(3);
  const words = recorded.dialogOptions.flatMap((options) => [
    options.title,
    options.buttonLabel,
    ...((options.filters ?? []) as FileFilter[]).map((filter) => filter.name),
  ]);
  expect(words.every((word) => typeof word === 'string')).toBe(true);
  expectPseudo(words as string[]);
});

it('save and open dialogs name their file types and default files in the user’s language', () => {
  expectPseudo((['csv', 'pdf', 'json', 'backup'] as const).map((k) => fileFilter(k, 'en-GB').name));
  expectPseudo(Object.values(exportFileNames('en-GB')));
  const record = sampleRecord({ locale: 'en-GB' });
  expectPseudo([certificateFileName(record)], [record.certificateCode, '.pdf']);
});

it('every CSV heading is translated (a score or clause column keeps only its id as data)', () => {
  const record = sampleRecord({ locale: 'en-GB' });
  const labels = csvLabels('en-GB');
  const headers = csvLayout([record]).keys.map((key) => headerFor(key, labels));
  const ids = [
    ...record.moduleScores.map((score) => score.moduleId),
    ...Object.keys(record.aupClauseRevisions ?? {}),
  ];
  expectPseudo(headers, ids);
});

it('a certificate PDF has no word that did not come through i18next', async () => {
  const { dir, cleanup } = await withTempDir();
  try {
    const record = sampleRecord({ locale: 'en-GB', organisationName: 'Riverside Youth Club' });
    const { pdf } = await certificatePdf(record, {
      labels: certificateLabelsFor('en-GB'),
      locale: 'en-GB',
      timeZone: 'Europe/London',
    });
    const file = join(dir, 'certificate.pdf');
    await writeFile(file, pdf);
    const { stdout } = await promisify(execFile)('pdftotext', [file, '-']);
    const text = stdout.normalize('NFC');
    expect(text).toContain(PSEUDO_OPEN);
    const data = [
      record.organisationName,
      record.learner.fullName,
      record.certificateCode,
      record.aupVersion,
    ];
    expect(strayText(text, data)).toBeNull();
  } finally {
    await cleanup();
  }
});

it('the pseudo locale keeps interpolations and finds a word left untranslated', () => {
  const shown = pseudoCatalogue({ a: 'Hello {{name}}' }).a.replace('{{name}}', 'Siân');
  expect(shown).toMatch(/^‹Ĥéĺĺó Siân ~+›$/u);
  expect(strayText(shown, ['Siân'])).toBeNull();
  expect(strayText(`${shown} Cancel`, ['Siân'])).toBe('Cancel');
});
