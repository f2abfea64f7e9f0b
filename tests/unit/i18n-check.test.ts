import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkUiCatalogues } from '../../electron/services/content/i18n-catalogue-check';
import type { Json } from './fixtures/content/build-pack';

type Catalogues = Record<string, Record<string, unknown>>;
let localesDir: string;

const english = {
  common: {
    appName: 'E-safety induction',
    nav: { home: 'Home', admin: 'Lead area' },
    greeting: 'Hello, {{name}}',
    modulesLeft_one: 'One module left',
    modulesLeft_other: '{{count}} modules left',
  },
  errors: { content: { invalid: 'Content problem in {{file}} at {{path}}: {{problem}}' } },
};

const welsh = {
  common: {
    appName: 'Cyflwyniad e-ddiogelwch',
    nav: { home: 'Hafan', admin: 'Ardal yr arweinydd' },
    greeting: 'Helo, {{name}}',
    modulesLeft_zero: '{{count}} modiwl ar ôl',
    modulesLeft_one: '{{count}} modiwl ar ôl',
    modulesLeft_two: '{{count}} fodiwl ar ôl',
    modulesLeft_few: '{{count}} modiwl ar ôl',
    modulesLeft_many: '{{count}} modiwl ar ôl',
    modulesLeft_other: '{{count}} modiwl ar ôl',
  },
  errors: { content: { invalid: 'Problem cynnwys yn {{file}} yn {{path}}: {{problem}}' } },
};

async function write(catalogues: Catalogues) {
  for (const [locale, namespaces] of Object.entries(catalogues)) {
    await fs.mkdir(path.join(localesDir, locale), { recursive: true });
    for (const [ns, json] of Object.entries(namespaces)) {
      const text = typeof json === 'string' ? json : JSON.stringify(json);
      await fs.writeFile(path.join(localesDir, locale, `${ns}.json`), text);
    }
  }
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value));

beforeEach(async () => {
  localesDir = await fs.mkdtemp(path.join(os.tmpdir(), 'i18n-check-'));
});

afterEach(async () => {
  await fs.rm(localesDir, { recursive: true, force: true });
});

describe('UI string catalogues', () => {
  it('accept English and Welsh with the same keys, each with its own plural forms', async () => {
    await write({ 'en-GB': english, cy: welsh });
    expect(await checkUiCatalogues(localesDir)).toEqual([]);
  });

  it('allow an optional zero form in English', async () => {
    const en: Json = copy(english);
    en.common.modulesLeft_zero = 'No modules left';
    await write({ 'en-GB': en, cy: welsh });
    expect(await checkUiCatalogues(localesDir)).toEqual([]);
  });

  it.each<
    [
      string,
      (en: Json, cy: Json) => void,
      { locale: string; namespace: string; key: string; problem: string }[],
    ]
  >([
    [
      'a key missing in Welsh',
      (_en, cy) => delete cy.common.nav.admin,
      [{ locale: 'cy', namespace: 'common', key: 'nav.admin', problem: 'missing (en-GB has it)' }],
    ],
    [
      'an extra Welsh key',
      (_en, cy) => (cy.common.nav.help = 'Cymorth'),
      [{ locale: 'cy', namespace: 'common', key: 'nav.help', problem: 'extra (not in en-GB)' }],
    ],
    [
      'a missing namespace',
      (_en, cy) => delete cy.errors,
      [{ locale: 'cy', namespace: 'errors', key: '', problem: 'namespace missing (en-GB has it)' }],
    ],
    [
      'an extra namespace',
      (_en, cy) => (cy.admin = { title: 'Gweinyddu' }),
      [{ locale: 'cy', namespace: 'admin', key: '', problem: 'extra namespace (not in en-GB)' }],
    ],
    [
      'a renamed variable',
      (_en, cy) => (cy.common.greeting = 'Helo, {{enw}}'),
      [
        {
          locale: 'cy',
          namespace: 'common',
          key: 'greeting',
          problem: 'uses variables [enw] but en-GB uses [name]',
        },
      ],
    ],
    [
      'a dropped variable',
      (_en, cy) => (cy.errors.content.invalid = 'Problem cynnwys yn {{file}}'),
      [
        {
          locale: 'cy',
          namespace: 'errors',
          key: 'content.invalid',
          problem: 'uses variables [file] but en-GB uses [file, path, problem]',
        },
      ],
    ],
    [
      'an empty string',
      (en) => (en.common.nav.home = ' '),
      [{ locale: 'en-GB', namespace: 'common', key: 'nav.home', problem: 'is empty' }],
    ],
    [
      'a value that is not a string',
      (_en, cy) => (cy.common.appName = 3),
      [
        { locale: 'cy', namespace: 'common', key: 'appName', problem: 'must be a string, not 3' },
        { locale: 'cy', namespace: 'common', key: 'appName', problem: 'missing (en-GB has it)' },
      ],
    ],
    [
      'a Welsh plural without its "few" form',
      (_en, cy) => delete cy.common.modulesLeft_few,
      [
        {
          locale: 'cy',
          namespace: 'common',
          key: 'modulesLeft_few',
          problem: 'missing plural form "few" that cy needs',
        },
      ],
    ],
    [
      'an English plural with a form English does not use',
      (en) => (en.common.modulesLeft_few = 'A few left'),
      [
        {
          locale: 'en-GB',
          namespace: 'common',
          key: 'modulesLeft_few',
          problem: 'en-GB has no "few" plural form',
        },
      ],
    ],
    [
      'a plural in English that is a plain string in Welsh',
      (_en, cy) => {
        for (const f of ['zero', 'one', 'two', 'few', 'many', 'other'])
          delete cy.common[`modulesLeft_${f}`];
        cy.common.modulesLeft = 'modiwlau ar ôl';
      },
      [
        {
          locale: 'cy',
          namespace: 'common',
          key: 'modulesLeft',
          problem: 'is a plain string but a cardinal plural in en-GB',
        },
        {
          locale: 'cy',
          namespace: 'common',
          key: 'modulesLeft',
          problem: 'uses variables [] but en-GB uses [count]',
        },
      ],
    ],
  ])('report %s', async (_name, edit, expected) => {
    const en = copy(english);
    const cy = copy(welsh);
    edit(en, cy);
    await write({ 'en-GB': en, cy });
    expect(await checkUiCatalogues(localesDir)).toEqual(expected);
  });

  it('report a file that is not valid JSON without also listing all its keys as missing', async () => {
    await write({ 'en-GB': english, cy: { ...welsh, errors: '{ "content": ' } });
    expect(await checkUiCatalogues(localesDir)).toEqual([
      {
        locale: 'cy',
        namespace: 'errors',
        key: '',
        problem: expect.stringContaining('not valid JSON'),
      },
    ]);
  });

  it('report a supported locale with no folder', async () => {
    await write({ 'en-GB': english });
    expect(await checkUiCatalogues(localesDir)).toEqual([
      { locale: 'cy', namespace: '', key: '', problem: 'locale folder is missing' },
    ]);
  });
});

describe('npm run i18n:check', () => {
  const root = path.resolve(__dirname, '..', '..');
  const run = () =>
    spawnSync(
      path.join(root, 'node_modules', '.bin', 'tsx'),
      [path.join(root, 'scripts', 'i18n-check.ts'), localesDir],
      {
        cwd: os.tmpdir(),
        encoding: 'utf8',
      },
    );

  it('prints each problem with its file and key and fails', async () => {
    const cy: Json = copy(welsh);
    delete cy.common.nav.admin;
    await write({ 'en-GB': english, cy });
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'common/locales/cy/common.json: nav.admin: missing (en-GB has it)',
    );
  });

  it('passes when the catalogues match', async () => {
    await write({ 'en-GB': english, cy: welsh });
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe('i18n OK');
  });
});

describe('counts shown to the user', () => {
  it('fail when a string shows {{count}} as plain text, so Welsh cannot give each number its form', async () => {
    const en: Json = copy(english);
    const cy: Json = copy(welsh);
    en.common.saved = 'Records saved: {{count}}';
    cy.common.saved = 'Cofnodion wedi eu cadw: {{count}}';
    await write({ 'en-GB': en, cy });
    const problems = await checkUiCatalogues(localesDir);
    expect(problems.map((p) => [p.locale, p.key]).sort()).toEqual([
      ['cy', 'saved'],
      ['en-GB', 'saved'],
    ]);
    expect(problems.find((p) => p.locale === 'cy')?.problem).toBe(
      'shows {{count}} but is not a plural entry (give it the forms few, many, one, two, zero, other)',
    );
  });

  it('fail when a Welsh count lacks any of zero, one, two, few, many and other', async () => {
    const cy: Json = copy(welsh);
    delete cy.common.modulesLeft_zero;
    delete cy.common.modulesLeft_many;
    await write({ 'en-GB': english, cy });
    const problems = await checkUiCatalogues(localesDir);
    expect(problems.map((p) => p.key).sort()).toEqual(['modulesLeft_many', 'modulesLeft_zero']);
  });
});
