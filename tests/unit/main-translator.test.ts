import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALE_RESOURCES } from '../../common/i18n/locale-resources';
import { certificateLabelsFor } from '../../electron/services/certificates/certificate-locale-labels';
import { mainI18n } from '../../electron/services/i18n/main-translator';
import { csvLabels, exportFileNames } from '../../electron/services/lead/lead-labels';
import { fileFilter } from '../../electron/services/platform/file-types';

const LOCALES_DIR = join(process.cwd(), 'common', 'locales');

describe('main’s translator', () => {
  it('holds every locale file the renderer loads, exactly as it is on disk', async () => {
    const onDisk: Record<string, Record<string, unknown>> = {};
    for (const locale of await readdir(LOCALES_DIR)) {
      for (const file of await readdir(join(LOCALES_DIR, locale))) {
        const namespace = file.replace(/\.json$/, '');
        const text = await readFile(join(LOCALES_DIR, locale, file), 'utf8');
        onDisk[locale] = { ...onDisk[locale], [namespace]: JSON.parse(text) };
      }
    }
    expect(LOCALE_RESOURCES).toEqual(onDisk);
  });

  it('is ready as soon as main loads it, with no promise to wait for', () => {
    expect(mainI18n.isInitialized).toBe(true);
  });

  it('gives main’s words in Welsh when asked for Welsh, and in English otherwise', () => {
    expect(certificateLabelsFor('cy')).toMatchObject({
      heading: 'Tystysgrif cwblhau',
      roles: { volunteer: 'Gwirfoddolwr' },
    });
    expect(certificateLabelsFor('en-GB').roles.volunteer).toBe('Volunteer');
    expect(fileFilter('pdf', 'cy')).toEqual({ name: 'Dogfen PDF', extensions: ['pdf'] });
    expect(exportFileNames('cy').csv).toBe('cofnodion-e-ddiogelwch.csv');
    expect(csvLabels('en-GB')).toMatchObject({
      'learner.fullName': 'Full name',
      score: 'Score %',
    });
  });

  it('leaves the app’s current language alone when main translates for a record', () => {
    certificateLabelsFor('cy');
    expect(mainI18n.language).toBe('en-GB');
  });
});
