/**
 * `npx tsx scripts/seed-hygiene-check.ts [project-root]`: scans every text file we write or ship
 * for seed sentences, seed people, contacts and organisations (from the one-way hashes in
 * content/seed-fingerprints.json, so the seeds themselves are never read), and for any phone
 * number or email address in content/. Prints `file:line: kind: text` and exits 1 on any hit.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  citationIndex,
  sectionNames,
  type CitationIndex,
} from '../electron/services/content/seed-citations';
import { seedFingerprintsSchema } from '../electron/services/content/seed-fingerprint';
import {
  checkSeedHygiene,
  toFingerprintSets,
  type HygieneHit,
} from '../electron/services/content/seed-hygiene';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(process.argv[2] ?? path.join(here, '..'));
const FINGERPRINTS = 'content/seed-fingerprints.json';
/** What we write or ship; content/ only as content files, everything else as any text file. */
const SCANNED = ['README.md', 'content', 'renderer', 'electron', 'tests', 'scripts'];
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'release', 'test-results', '.git']);

async function listFiles(relative: string): Promise<string[]> {
  const full = path.join(root, relative);
  const stat = await fs.stat(full).catch(() => undefined);
  if (stat === undefined) return [];
  if (stat.isFile()) return [relative];
  const entries = await fs.readdir(full, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !SKIPPED_DIRS.has(entry.name))
      .map((entry) => listFiles(path.posix.join(relative, entry.name))),
  );
  return nested.flat();
}

function scanned(file: string): boolean {
  if (file === FINGERPRINTS) return false;
  return !file.startsWith('content/') || /\.(json|md)$/.test(file);
}

/** The seed headings our content cites in `section` fields; a broken file just cites nothing. */
async function citations(files: string[]): Promise<CitationIndex> {
  const found = new Set<string>();
  for (const file of files.filter((f) => f.startsWith('content/') && f.endsWith('.json'))) {
    try {
      sectionNames(JSON.parse(await fs.readFile(path.join(root, file), 'utf8')) as unknown, found);
    } catch {
      // content:check reports unreadable JSON; here its text is still scanned below.
    }
  }
  return citationIndex(found);
}

async function main(): Promise<number> {
  let raw: string;
  try {
    raw = await fs.readFile(path.join(root, FINGERPRINTS), 'utf8');
  } catch {
    console.error(`${FINGERPRINTS} is missing: run scripts/seed-fingerprints.ts <seeds-folder>`);
    return 1;
  }
  const parsed = seedFingerprintsSchema.safeParse(JSON.parse(raw) as unknown);
  if (!parsed.success) {
    console.error(`${FINGERPRINTS} is not valid: ${parsed.error.message}`);
    return 1;
  }
  const sets = toFingerprintSets(parsed.data);
  const files = (await Promise.all(SCANNED.map(listFiles))).flat().filter(scanned).sort();
  const cited = await citations(files);
  const hits: HygieneHit[] = [];
  for (const file of files) {
    const text = await fs.readFile(path.join(root, file), 'utf8');
    if (text.includes('\0')) continue; // images and fonts: not text we wrote
    const rules = { contactRules: file.startsWith('content/'), citations: cited };
    hits.push(...checkSeedHygiene(file, text, sets, rules));
  }
  for (const hit of hits) console.log(`${hit.file}:${hit.line}: ${hit.kind}: ${hit.text}`);
  if (hits.length > 0) {
    console.error(`seed hygiene check failed: ${hits.length} problem(s) in ${files.length} files`);
    return 1;
  }
  console.log(`seed hygiene OK — ${files.length} files, no seed text, names or contacts`);
  return 0;
}

process.exitCode = await main();
