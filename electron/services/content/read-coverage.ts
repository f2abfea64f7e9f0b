import path from 'node:path';
import { zodProblems, type ContentProblem } from './content-problem';
import { SEED_FILES, type SeedFile } from '../../../common/content/content-schema';
import { REFERENCE_LOCALE } from './content-rules';
import { coverageFilePath, coverageFileSchema, type CoverageFile } from './coverage-schema';
import { listJsonFiles, readJsonFile } from './read-json-file';
import { readLocaleFiles } from './read-locale-files';
import { indexTeachingIds, type TeachingRef } from './teaching-index';
import { validateLocale } from './validate-locale';

export interface CoverageEntry {
  seed: SeedFile;
  /** Absent when the seed has no valid coverage file yet. */
  coverage: CoverageFile | undefined;
}

export interface CoverageData {
  entries: CoverageEntry[];
  /** Ids in the reference locale's valid content, for checking and describing `taughtBy`. */
  index: Map<string, TeachingRef>;
  problems: ContentProblem[];
}

/** Reads every seed's coverage file and the reference content it points into. */
export async function readCoverage(contentDir: string): Promise<CoverageData> {
  const problems: ContentProblem[] = [];
  const entries: CoverageEntry[] = [];
  for (const seed of SEED_FILES) {
    const file = coverageFilePath(seed);
    const read = await readJsonFile(contentDir, file);
    let coverage: CoverageFile | undefined;
    if (!read.ok) {
      problems.push({
        ...read.problem,
        problem: `${read.problem.problem} (no coverage of ${seed} yet)`,
      });
    } else {
      const parsed = coverageFileSchema.safeParse(read.json);
      if (!parsed.success) problems.push(...zodProblems(file, parsed.error.issues));
      else if (parsed.data.seed !== seed) {
        problems.push({ file, path: 'seed', problem: `must be "${seed}" to match the file name` });
      } else coverage = parsed.data;
    }
    entries.push({ seed, coverage });
  }
  const known = new Set<string>(SEED_FILES.map(coverageFilePath));
  for (const name of (await listJsonFiles(path.join(contentDir, 'coverage'))) ?? []) {
    if (!known.has(`coverage/${name}`)) {
      problems.push({
        file: `coverage/${name}`,
        path: '',
        problem: 'is not named after any seed file',
      });
    }
  }
  const reference = validateLocale(await readLocaleFiles(contentDir, REFERENCE_LOCALE));
  return { entries, index: indexTeachingIds(reference.modules, reference.aup?.aup), problems };
}
