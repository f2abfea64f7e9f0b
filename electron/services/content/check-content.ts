import type { ContentProblem } from './content-problem';
import { LOCALES, type ContentPack } from '../../../common/content/content-schema';
import { REFERENCE_LOCALE } from './content-rules';
import { checkEditorial, type EditorialCheck } from './check-editorial';
import { checkTranslation } from './check-translations';
import { readLocaleFiles, type LocaleFiles } from './read-locale-files';
import { validateLocale } from './validate-locale';

export interface ContentCheck {
  problems: ContentProblem[];
  /** The packs that passed, for a summary line. */
  packs: ContentPack[];
  /** Per locale, the editorial statistics (option lengths) of the modules checked. */
  editorial: EditorialCheck[];
}

export interface ContentCheckScope {
  /**
   * Check only the modules with these orders (other module files are read, but their problems
   * are not reported and the course-wide statistics leave them out). For working on part of the
   * course; the build checks everything.
   */
  moduleOrders?: ReadonlySet<number>;
}

const MODULE_FILE = /^[^/]+\/modules\/(\d+)-[^/]*\.json$/;

/** Whether a problem's file is in scope: any non-module file, or a module file of a chosen order. */
function inScope(file: string, scope: ContentCheckScope): boolean {
  const order = MODULE_FILE.exec(file)?.[1];
  return !scope.moduleOrders || order === undefined || scope.moduleOrders.has(Number(order));
}

/**
 * Every problem in the content folder, in every locale, plus translation mismatches and the
 * editorial rules, for the build-time check: writers fix them all in one round rather than one at
 * a time.
 */
export async function checkContentDetailed(
  contentDir: string,
  scope: ContentCheckScope = {},
): Promise<ContentCheck> {
  const files: LocaleFiles[] = [];
  const problems: ContentProblem[] = [];
  const packs: ContentPack[] = [];
  const editorial: EditorialCheck[] = [];
  for (const locale of LOCALES) {
    const read = await readLocaleFiles(contentDir, locale);
    files.push(read);
    const validation = validateLocale(read);
    problems.push(...validation.problems);
    if (validation.pack) packs.push(validation.pack);
    const checked = checkEditorial(
      locale,
      validation.modules.filter(({ file }) => inScope(file, scope)),
    );
    problems.push(...checked.problems);
    editorial.push(checked);
  }
  const original = files.find((f) => f.locale === REFERENCE_LOCALE);
  for (const translation of files) {
    if (original && translation !== original)
      problems.push(...checkTranslation(original, translation));
  }
  return { problems: problems.filter(({ file }) => inScope(file, scope)), packs, editorial };
}

export async function checkContent(contentDir: string): Promise<ContentProblem[]> {
  return (await checkContentDetailed(contentDir)).problems;
}
