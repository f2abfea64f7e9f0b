import type { ContentProblem } from './content-problem';
import { LOCALES, type ContentPack } from '../../../common/content/content-schema';
import { REFERENCE_LOCALE } from './content-rules';
import { checkTranslation } from './check-translations';
import { readLocaleFiles, type LocaleFiles } from './read-locale-files';
import { validateLocale } from './validate-locale';

export interface ContentCheck {
  problems: ContentProblem[];
  /** The packs that passed, for a summary line. */
  packs: ContentPack[];
}

/**
 * Every problem in the content folder, in every locale, plus translation mismatches, for the
 * build-time check: writers fix them all in one round rather than one at a time.
 */
export async function checkContentDetailed(contentDir: string): Promise<ContentCheck> {
  const files: LocaleFiles[] = [];
  const problems: ContentProblem[] = [];
  const packs: ContentPack[] = [];
  for (const locale of LOCALES) {
    const read = await readLocaleFiles(contentDir, locale);
    files.push(read);
    const validation = validateLocale(read);
    problems.push(...validation.problems);
    if (validation.pack) packs.push(validation.pack);
  }
  const original = files.find((f) => f.locale === REFERENCE_LOCALE);
  for (const translation of files) {
    if (original && translation !== original)
      problems.push(...checkTranslation(original, translation));
  }
  return { problems, packs };
}

export async function checkContent(contentDir: string): Promise<ContentProblem[]> {
  return (await checkContentDetailed(contentDir)).problems;
}
