import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEED_FILES } from '../../common/content/content-schema';
import { buildPackFiles, writePackFiles } from './fixtures/content/build-pack';

const root = path.resolve(__dirname, '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
let contentDir: string;

/** Runs a script as `npm run` would, but from another folder to prove it does not rely on cwd. */
function run(script: string, ...options: string[]) {
  const result = spawnSync(tsx, [path.join(root, 'scripts', script), contentDir, ...options], {
    cwd: os.tmpdir(),
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

beforeEach(async () => {
  contentDir = await fs.mkdtemp(path.join(os.tmpdir(), 'content-script-'));
  await writePackFiles(contentDir, 'en-GB', buildPackFiles('en-GB'));
  await writePackFiles(contentDir, 'cy', buildPackFiles('cy'));
  await fs.mkdir(path.join(contentDir, 'coverage'));
  for (const seed of SEED_FILES) {
    const rules = [
      {
        id: 'r1',
        section: 'Mobile phones',
        kind: 'do',
        summary: 'Lock it.',
        taughtBy: ['topic-1-do-1'],
      },
    ];
    await fs.writeFile(
      path.join(contentDir, 'coverage', seed.replace('.txt', '.json')),
      JSON.stringify({ seed, title: 'A policy', rules }),
    );
  }
});

afterEach(async () => {
  await fs.rm(contentDir, { recursive: true, force: true });
});

describe('npm run content:check', () => {
  it('passes, with the option-length figures and a summary, once the coverage report has been generated', () => {
    const before = run('content-check.ts');
    expect(before.code).toBe(1);
    expect(before.out).toContain(
      'content/COVERAGE.md: is missing; run `npx tsx scripts/coverage-report.ts`',
    );

    const report = run('coverage-report.ts');
    expect(report.code).toBe(0);
    expect(report.out).toContain('wrote content/COVERAGE.md');

    const after = run('content-check.ts');
    expect(after.code).toBe(0);
    expect(after.out.trim().split('\n')).toEqual([
      'en-GB: best option is the longest in 0 of 50 single-answer steps (0%; chance 25%, limit 35%) and the shortest in 0 (0%); mean best/wrong option length 0.74 (20/27 characters)',
      'cy: best option is the longest in 0 of 50 single-answer steps (0%; chance 25%, limit 35%) and the shortest in 0 (0%); mean best/wrong option length 0.76 (23/30 characters)',
      'content OK — en-GB: 10 modules, 40 scenarios, 30 items, 10 clauses; cy: 10 modules, 40 scenarios, 30 items, 10 clauses',
    ]);
  });

  it('fails a course whose best answers are the longest option, saying how often and by module', async () => {
    for (const locale of ['en-GB', 'cy']) {
      for (let m = 1; m <= 10; m++) {
        const file = path.join(
          contentDir,
          locale,
          'modules',
          `${String(m).padStart(2, '0')}-topic-${m}.json`,
        );
        const module = JSON.parse(await fs.readFile(file, 'utf8'));
        for (const scenario of module.scenarios)
          for (const step of scenario.steps)
            for (const option of step.options)
              if (option.best) option.text = `${option.text}, explaining why to everyone involved`;
        await fs.writeFile(file, JSON.stringify(module));
      }
    }
    const result = run('content-check.ts');
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      'content/en-GB/modules: best option is the longest in 50 of 50 single-answer steps (100%; chance 25%, limit 35%)',
    );
    expect(result.out).toContain('the best option is the longest more often than chance allows');
    expect(result.out).toContain('(by module: 01-topic-1 5/5, 02-topic-2 5/5,');
  });

  it('checks only the modules named with --modules, leaving the others to their writers', async () => {
    const file = path.join(contentDir, 'en-GB', 'modules', '07-topic-7.json');
    const module = JSON.parse(await fs.readFile(file, 'utf8'));
    module.donts[0].text = "Don't share the code.";
    await fs.writeFile(file, JSON.stringify(module));
    expect(run('content-check.ts').out).toContain(
      'content/en-GB/modules/07-topic-7.json: donts[0].text',
    );

    const scoped = run('content-check.ts', '--modules=1-5');
    expect(scoped.code).toBe(0);
    expect(scoped.out).toContain(
      'en-GB: best option is the longest in 0 of 25 single-answer steps',
    );
    expect(scoped.out).toContain('content OK for modules 1, 2, 3, 4, 5 (coverage not checked)');
    expect(run('content-check.ts', '--modules=6,7').code).toBe(1);
  });

  it('prints each problem as content/<file>: <path>: <problem> and fails', async () => {
    const file = path.join(contentDir, 'en-GB', 'modules', '04-topic-4.json');
    const module = JSON.parse(await fs.readFile(file, 'utf8'));
    module.scenarios[0].steps[0].options[1].best = true;
    await fs.writeFile(file, JSON.stringify(module));
    const result = run('content-check.ts');
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      'content/en-GB/modules/04-topic-4.json: scenarios[0].steps[0].options: needs exactly one best option, found 2',
    );
    expect(result.out).toContain(
      'content/cy/modules/04-topic-4.json: scenarios[0].steps[0].options[1].best: must match en-GB',
    );
    expect(result.err).toContain('content check failed');
  });
});
