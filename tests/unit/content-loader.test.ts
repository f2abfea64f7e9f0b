import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkContent } from '../../electron/services/content/check-content';
import { loadContentPack } from '../../electron/services/content/load-content-pack';
import { DomainError } from '../../electron/services/errors';
import { buildPackFiles, writePackFiles, type Json } from './fixtures/content/build-pack';

let contentDir: string;

beforeEach(async () => {
  contentDir = await fs.mkdtemp(path.join(os.tmpdir(), 'content-loader-'));
  await writePackFiles(contentDir, 'en-GB', buildPackFiles('en-GB'));
  await writePackFiles(contentDir, 'cy', buildPackFiles('cy'));
});

afterEach(async () => {
  await fs.rm(contentDir, { recursive: true, force: true });
});

async function editFile(file: string, edit: (json: Json) => void) {
  const full = path.join(contentDir, file);
  const json = JSON.parse(await fs.readFile(full, 'utf8'));
  edit(json);
  await fs.writeFile(full, JSON.stringify(json));
}

async function loadError(locale: 'en-GB' | 'cy'): Promise<DomainError> {
  const error = await loadContentPack(contentDir, locale).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('loading a content pack for the app', () => {
  it('loads the Welsh modules in course order with the AUP', async () => {
    const pack = await loadContentPack(contentDir, 'cy');
    expect(pack.locale).toBe('cy');
    expect(pack.modules.map((m) => m.id)).toEqual(
      Array.from({ length: 10 }, (_, i) => `topic-${i + 1}`),
    );
    expect(pack.modules[0]?.title).toBe('CY Topic 1');
    expect(pack.aup.clauses).toHaveLength(10);
  });

  it('refuses a step with two right answers, naming the file, place and problem', async () => {
    await editFile(
      'en-GB/modules/03-topic-3.json',
      (m) => (m.scenarios[1].steps[1].options[1].best = true),
    );
    const error = await loadError('en-GB');
    expect(error.code).toBe('content-invalid');
    expect(error.i18nKey).toBe('errors.content.invalid');
    expect(error.details).toEqual({
      file: 'en-GB/modules/03-topic-3.json',
      path: 'scenarios[1].steps[1].options',
      problem: expect.stringContaining('exactly one best option, found 2'),
    });
  });

  it('refuses a locale whose AUP is missing', async () => {
    await fs.rm(path.join(contentDir, 'cy', 'aup.json'));
    expect((await loadError('cy')).details).toMatchObject({
      file: 'cy/aup.json',
      problem: 'file is missing',
    });
  });

  it('refuses a module file that is not valid JSON', async () => {
    await fs.writeFile(path.join(contentDir, 'en-GB', 'modules', '05-topic-5.json'), '{ "id": ');
    const error = await loadError('en-GB');
    expect(error.details.file).toBe('en-GB/modules/05-topic-5.json');
    expect(error.details.problem).toContain('not valid JSON');
  });

  it('refuses a locale with no modules folder', async () => {
    await fs.rm(path.join(contentDir, 'cy', 'modules'), { recursive: true });
    expect((await loadError('cy')).details).toMatchObject({
      file: 'cy/modules',
      problem: 'folder is missing',
    });
  });

  it('ignores files that are not JSON in the modules folder', async () => {
    await fs.writeFile(path.join(contentDir, 'en-GB', 'modules', 'notes.md'), '# draft');
    await expect(loadContentPack(contentDir, 'en-GB')).resolves.toMatchObject({ locale: 'en-GB' });
  });
});

describe('checking the whole content folder', () => {
  it('finds nothing wrong with a complete pack in both languages', async () => {
    expect(await checkContent(contentDir)).toEqual([]);
  });

  it('lists every problem in every locale, not just the first', async () => {
    await editFile('en-GB/modules/01-topic-1.json', (m) => {
      m.dos[0].text = 'Tell {{lead}}.';
      m.scenarios[0].steps[0].options[0].next = 'nowhere';
    });
    await editFile(
      'cy/modules/01-topic-1.json',
      (m) => (m.dos[0].text = 'Dywedwch wrth {{lead}}.'),
    );
    await fs.rm(path.join(contentDir, 'cy', 'modules', '07-topic-7.json'));
    const problems = await checkContent(contentDir);
    expect(problems.map((p) => `${p.file} ${p.path}`)).toEqual([
      'en-GB/modules/01-topic-1.json scenarios[0].steps[0].options[0].next',
      'en-GB/modules/01-topic-1.json scenarios[0].steps[1]',
      'en-GB/modules/01-topic-1.json dos[0].text',
      'cy/modules/01-topic-1.json dos[0].text',
      // Without module 7 the Welsh course is short of scenarios and its AUP names a lost module.
      'cy/modules ',
      'cy/aup.json clauses[6].modules[0]',
      'cy/modules/07-topic-7.json ',
      'cy/modules/01-topic-1.json scenarios[0].steps[0].options[0].next',
    ]);
  });
});
