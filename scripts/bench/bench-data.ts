import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadContentPack } from '../../electron/services/content/load-content-pack';
import { seedDataDir, type SeedDataSummary } from '../seed/seed-data-dir';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CACHE = path.join(ROOT, '.tmp', 'bench-data');
/**
 * What a seeded folder depends on: the generator, how entries are written, the record's shape,
 * and the content's module and clause ids (not its wording). When any changes, it is made again.
 */
const INPUTS = [
  'scripts/seed',
  'common/records',
  'electron/services/ledger/ledger-entry.ts',
  'electron/services/ledger/canonical-json.ts',
];

export interface Dataset {
  records: number;
  /** The seeded user-data folder; never written to by a benchmark (see `workingCopy`). */
  dir: string;
  summary: SeedDataSummary;
  /** Seconds it took to make, or null when an earlier run's folder was reused. */
  seededIn: number | null;
}

/**
 * A seeded user-data folder of `records` records, made once and reused by later runs as long
 * as the generator, the ledger code and the content are unchanged (seeding 100,000 records
 * through the real Ledger takes minutes on a busy 2-core machine).
 */
export async function dataset(records: number, images: Map<number, Uint8Array>): Promise<Dataset> {
  const key = await inputsHash();
  const dir = path.join(CACHE, `${records}-${key}`);
  const summaryFile = path.join(dir, 'seed-summary.json');
  try {
    const summary = JSON.parse(await readFile(summaryFile, 'utf8')) as SeedDataSummary;
    return { records, dir: path.join(dir, 'user-data'), summary, seededIn: null };
  } catch {
    // Not made yet (or made by a different generator): make it below.
  }
  await removeStale(records);
  const started = performance.now();
  const summary = await seedDataDir({
    records,
    out: path.join(dir, 'user-data'),
    contentDir: path.join(ROOT, 'content'),
    until: new Date('2026-11-30T00:00:00Z'),
    imageCache: images,
  });
  await writeFile(summaryFile, JSON.stringify(summary, null, 2));
  const seededIn = (performance.now() - started) / 1000;
  return { records, dir: path.join(dir, 'user-data'), summary, seededIn };
}

/** A private copy for a benchmark that writes (signing, erasing), removed by `dispose`. */
export async function workingCopy(
  data: Dataset,
  label: string,
): Promise<{ dir: string; dispose: () => Promise<void> }> {
  const dir = path.join(ROOT, '.tmp', 'bench-work', `${data.records}-${label}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.dirname(dir), { recursive: true });
  await cp(data.dir, dir, { recursive: true });
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}

async function removeStale(records: number): Promise<void> {
  const names = await readdir(CACHE).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith(`${records}-`))) {
    await rm(path.join(CACHE, name), { recursive: true, force: true });
  }
}

export async function inputsHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of await filesUnder(path.join(ROOT, input))) {
      hash.update(path.relative(ROOT, file)).update(await readFile(file));
    }
  }
  const content = await loadContentPack(path.join(ROOT, 'content'), 'en-GB');
  hash.update(JSON.stringify(content.modules.map((m) => m.id)));
  hash.update(JSON.stringify(content.aup.clauses.map((c) => [c.id, c.revision])));
  return hash.digest('hex').slice(0, 12);
}

async function filesUnder(fileOrDir: string): Promise<string[]> {
  if (!(await stat(fileOrDir)).isDirectory()) return [fileOrDir];
  const entries = await readdir(fileOrDir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}
