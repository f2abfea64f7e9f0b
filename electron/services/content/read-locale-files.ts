import path from 'node:path';
import type { ContentProblem } from './content-problem';
import type { Locale } from '../../../common/content/content-schema';
import { listJsonFiles, readJsonFile } from './read-json-file';

/** One parsed (not yet validated) content file; `file` is relative to the content folder. */
export interface RawFile {
  file: string;
  json: unknown;
}

export interface LocaleFiles {
  locale: Locale;
  /** Every content file found, parsed or not, relative to the locale folder (`modules/x.json`). */
  names: string[];
  modules: RawFile[];
  aup: RawFile | undefined;
  problems: ContentProblem[];
}

/** Reads `<contentDir>/<locale>/modules/*.json` and `<contentDir>/<locale>/aup.json`. */
export async function readLocaleFiles(contentDir: string, locale: Locale): Promise<LocaleFiles> {
  const result: LocaleFiles = { locale, names: [], modules: [], aup: undefined, problems: [] };
  const moduleNames = await listJsonFiles(path.join(contentDir, locale, 'modules'));
  if (moduleNames === undefined || moduleNames.length === 0) {
    result.problems.push({
      file: `${locale}/modules`,
      path: '',
      problem: moduleNames ? 'folder has no module files' : 'folder is missing',
    });
  }
  for (const name of moduleNames ?? []) {
    const file = `${locale}/modules/${name}`;
    result.names.push(`modules/${name}`);
    const read = await readJsonFile(contentDir, file);
    if (read.ok) result.modules.push({ file, json: read.json });
    else result.problems.push(read.problem);
  }
  const aupRead = await readJsonFile(contentDir, `${locale}/aup.json`);
  if (aupRead.ok) result.aup = { file: `${locale}/aup.json`, json: aupRead.json };
  else result.problems.push(aupRead.problem);
  if (aupRead.ok || aupRead.problem.problem !== 'file is missing') result.names.push('aup.json');
  return result;
}
