import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkCoverage } from '../../electron/services/content/check-coverage';
import { SEED_FILES } from '../../common/content/content-schema';
import { renderCoverageMarkdown } from '../../electron/services/content/coverage-markdown';
import type { CoverageFile } from '../../electron/services/content/coverage-schema';
import { readCoverage } from '../../electron/services/content/read-coverage';
import { buildPackFiles, writePackFiles, type Json } from './fixtures/content/build-pack';

let contentDir: string;

function coverageFor(seed: (typeof SEED_FILES)[number]): CoverageFile {
  return {
    seed,
    title: 'Policy | for staff',
    rules: [
      {
        id: 'phone-pin',
        section: 'Mobile phones',
        kind: 'do',
        summary: 'Lock your phone with a PIN.',
        taughtBy: ['topic-1-do-1', 'topic-1-sort-1-s1'],
      },
      {
        id: 'no-pin-sharing',
        section: 'Mobile phones',
        kind: 'dont',
        summary: 'Never share a PIN.',
        taughtBy: ['topic-1-dont-1', 'topic-2-scn-1'],
      },
      {
        id: 'policy-in-place',
        section: 'Policy',
        kind: 'in-place',
        summary: 'A policy exists.',
        taughtBy: ['topic-3-place-1', 'aup-clause-3', 'topic-3-reveal-1-c2'],
      },
    ],
  };
}

async function writeCoverage(seed: (typeof SEED_FILES)[number], json: unknown) {
  await fs.mkdir(path.join(contentDir, 'coverage'), { recursive: true });
  await fs.writeFile(
    path.join(contentDir, 'coverage', seed.replace('.txt', '.json')),
    JSON.stringify(json),
  );
}

async function writeReport() {
  const { entries, index } = await readCoverage(contentDir);
  await fs.writeFile(path.join(contentDir, 'COVERAGE.md'), renderCoverageMarkdown(entries, index));
}

beforeEach(async () => {
  contentDir = await fs.mkdtemp(path.join(os.tmpdir(), 'content-coverage-'));
  await writePackFiles(contentDir, 'en-GB', buildPackFiles('en-GB'));
  for (const seed of SEED_FILES) await writeCoverage(seed, coverageFor(seed));
  await writeReport();
});

afterEach(async () => {
  await fs.rm(contentDir, { recursive: true, force: true });
});

describe('seed coverage', () => {
  it('passes when every rule of every seed is taught by real content and the report is current', async () => {
    expect(await checkCoverage(contentDir)).toEqual([]);
  });

  it('reports every seed without a coverage file, and the report as missing, before any exist', async () => {
    await fs.rm(path.join(contentDir, 'coverage'), { recursive: true });
    await fs.rm(path.join(contentDir, 'COVERAGE.md'));
    const problems = await checkCoverage(contentDir);
    expect(problems.map((p) => p.file)).toEqual([
      ...SEED_FILES.map((seed) => `coverage/${seed.replace('.txt', '.json')}`),
      'COVERAGE.md',
    ]);
    expect(problems[0]?.problem).toContain(`no coverage of ${SEED_FILES[0]} yet`);
    expect(problems[5]?.problem).toContain('is missing; run `npx tsx scripts/coverage-report.ts`');
  });

  it.each<[string, (c: Json) => void, string, string]>([
    [
      'a taughtBy id that is not in the content',
      (c) => (c.rules[1].taughtBy[1] = 'topic-2-scn-99'),
      'rules[1].taughtBy[1]',
      '"topic-2-scn-99" is not',
    ],
    [
      'a rule taught by nothing',
      (c) => (c.rules[0].taughtBy = []),
      'rules[0].taughtBy',
      'taught by at least one content id',
    ],
    ['a rule id used twice', (c) => (c.rules[2].id = 'phone-pin'), 'rules[2].id', 'used twice'],
    [
      'a seed field naming another seed',
      (c) => (c.seed = SEED_FILES[1]),
      'seed',
      `must be "${SEED_FILES[0]}"`,
    ],
    ['an unknown rule kind', (c) => (c.rules[0].kind = 'should'), 'rules[0].kind', ''],
  ])('reports %s', async (_name, edit, where, problem) => {
    const coverage: Json = coverageFor(SEED_FILES[0]);
    edit(coverage);
    await writeCoverage(SEED_FILES[0], coverage);
    await writeReport();
    expect(await checkCoverage(contentDir)).toEqual([
      {
        file: 'coverage/000_d220a51004cfa915.json',
        path: where,
        problem: expect.stringContaining(problem),
      },
    ]);
  });

  it('reports a coverage file named after no seed', async () => {
    await fs.writeFile(path.join(contentDir, 'coverage', 'extra.json'), '{}');
    expect(await checkCoverage(contentDir)).toEqual([
      { file: 'coverage/extra.json', path: '', problem: 'is not named after any seed file' },
    ]);
  });

  it('reports COVERAGE.md as out of date after a rule changes, until it is regenerated', async () => {
    const coverage = coverageFor(SEED_FILES[2]);
    coverage.rules[0]!.summary = 'Lock every device.';
    await writeCoverage(SEED_FILES[2], coverage);
    expect(await checkCoverage(contentDir)).toEqual([
      { file: 'COVERAGE.md', path: '', problem: expect.stringContaining('is out of date') },
    ]);
    await writeReport();
    expect(await checkCoverage(contentDir)).toEqual([]);
  });

  it('reports COVERAGE.md as out of date after content it names is retitled', async () => {
    const file = path.join(contentDir, 'en-GB', 'modules', '01-topic-1.json');
    const module = JSON.parse(await fs.readFile(file, 'utf8'));
    module.title = 'Phones and PINs';
    await fs.writeFile(file, JSON.stringify(module));
    expect((await checkCoverage(contentDir)).map((p) => p.file)).toEqual(['COVERAGE.md']);
  });

  it('writes a table per seed naming the module and kind of content teaching each rule', async () => {
    const report = await fs.readFile(path.join(contentDir, 'COVERAGE.md'), 'utf8');
    expect(report.match(/^## /gm)).toHaveLength(SEED_FILES.length);
    expect(report).toContain(`## ${SEED_FILES[0]} — Policy \\| for staff`);
    expect(report).toContain('| Rule | Kind | Section | Taught by |');
    expect(report).toContain(
      '| Lock your phone with a PIN. (`phone-pin`) | do | Mobile phones | Topic 1: do `topic-1-do-1`<br>Topic 1: sort statement `topic-1-sort-1-s1` |',
    );
    expect(report).toContain('Acceptable use policy: AUP clause `aup-clause-3`');
    expect(report).toContain('Topic 3: reveal card `topic-3-reveal-1-c2`');
    expect(report).toContain('Topic 2: scenario `topic-2-scn-1`');
  });

  it('says which seeds have no coverage yet in the report', async () => {
    await fs.rm(path.join(contentDir, 'coverage', '004_79d773081dac3e96.json'));
    const { entries, index } = await readCoverage(contentDir);
    expect(renderCoverageMarkdown(entries, index)).toContain(
      '## 004_79d773081dac3e96.txt\n\nNo valid coverage file yet (`content/coverage/004_79d773081dac3e96.json`).',
    );
  });
});
