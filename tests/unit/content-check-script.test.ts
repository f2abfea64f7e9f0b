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
function run(script: string) {
  const result = spawnSync(tsx, [path.join(root, 'scripts', script), contentDir], {
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
  it('passes with a one-line summary once the coverage report has been generated', () => {
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
    expect(after.out.trim()).toBe(
      'content OK — en-GB: 10 modules, 40 scenarios, 30 items, 10 clauses; cy: 10 modules, 40 scenarios, 30 items, 10 clauses',
    );
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
