import type { ContentProblem } from './content-problem';
import type { LocaleFiles } from './read-locale-files';
import { diffShapes, shapeOf } from './translation-shape';

/**
 * Checks a translated locale against the original: the same files, and in each file the same
 * structure (ids, counts, best, next, answer, order, icon, sources, revision...) with only the
 * human text different. Progress and records are keyed by ids, so a mismatch would break them.
 */
export function checkTranslation(
  original: LocaleFiles,
  translation: LocaleFiles,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const a = original.locale;
  const b = translation.locale;
  for (const name of original.names) {
    if (!translation.names.includes(name)) {
      problems.push({
        file: `${b}/${name}`,
        path: '',
        problem: `missing: ${a}/${name} has no ${b} translation`,
      });
    }
  }
  for (const name of translation.names) {
    if (!original.names.includes(name)) {
      problems.push({
        file: `${b}/${name}`,
        path: '',
        problem: `has no ${a} original with the same file name`,
      });
    }
  }
  const byName = (files: LocaleFiles, name: string) =>
    [...files.modules, ...(files.aup ? [files.aup] : [])].find(
      (raw) => raw.file === `${files.locale}/${name}`,
    );
  for (const name of original.names) {
    const from = byName(original, name);
    const to = byName(translation, name);
    if (!from || !to) continue;
    for (const p of diffShapes(shapeOf(from.json), shapeOf(to.json), {
      original: a,
      translation: b,
    })) {
      problems.push({ file: to.file, ...p });
    }
  }
  return problems;
}
