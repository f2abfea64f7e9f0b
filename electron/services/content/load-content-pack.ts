import { DomainError } from '../errors';
import type { ContentPack, Locale } from '../../../common/content/content-schema';
import { readLocaleFiles } from './read-locale-files';
import { runInTurns } from '../work/in-turns';
import { validateLocaleSteps } from './validate-locale';

/**
 * Loads one locale's content for the app, with the same checks as `npm run content:check`, so
 * content that would mislead a learner (a step with no right answer, a dead-end branch) is
 * refused with a clear error instead of shown. Modules come back in `order`.
 */
export async function loadContentPack(contentDir: string, locale: Locale): Promise<ContentPack> {
  // In turns: a pack is first loaded while learners and the lead are already being answered.
  const validation = await runInTurns(
    validateLocaleSteps(await readLocaleFiles(contentDir, locale)),
  );
  const first = validation.problems[0];
  if (first || !validation.pack) {
    throw new DomainError('content-invalid', 'errors.content.invalid', {
      file: first?.file ?? `${locale}`,
      path: first?.path ?? '',
      problem: first?.problem ?? 'content could not be loaded',
    });
  }
  return validation.pack;
}
