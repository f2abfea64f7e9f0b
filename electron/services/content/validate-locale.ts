import { checkModule } from './check-module';
import { checkPack, type ValidModule } from './check-pack';
import { zodProblems, type ContentProblem } from './content-problem';
import {
  aupSchema,
  moduleSchema,
  type Aup,
  type ContentPack,
} from '../../../common/content/content-schema';
import { placeholderProblems } from './placeholders';
import type { LocaleFiles, RawFile } from './read-locale-files';
import { forEachText } from './text-fields';
import { runNow, type Steps } from '../work/in-turns';

export interface LocaleValidation {
  /** Present only when the locale has no problems at all. */
  pack: ContentPack | undefined;
  /** The files that passed the schema, for reports that can use partial content. */
  modules: ValidModule[];
  aup: { file: string; aup: Aup } | undefined;
  problems: ContentProblem[];
}

function textProblems(raw: RawFile, value: unknown): ContentProblem[] {
  const problems: ContentProblem[] = [];
  forEachText(value, (path, text) => {
    for (const problem of placeholderProblems(text))
      problems.push({ file: raw.file, path, problem });
  });
  return problems;
}

/**
 * Validates one locale's parsed files: the schema first, then the cross-checks on each valid file,
 * then (only if every file is valid) the whole-pack checks. Pure, so tests need no files.
 */
export function validateLocale(files: LocaleFiles): LocaleValidation {
  return runNow(validateLocaleSteps(files));
}

/**
 * The same, a module per step: the app checks a pack in turns (see work/in-turns.ts), as a
 * whole locale checked at once held main for tens of milliseconds.
 */
export function* validateLocaleSteps(files: LocaleFiles): Steps<LocaleValidation> {
  const problems = [...files.problems];
  const modules: ValidModule[] = [];
  for (const raw of files.modules) {
    const parsed = moduleSchema.safeParse(raw.json);
    if (!parsed.success) {
      problems.push(...zodProblems(raw.file, parsed.error.issues));
      continue;
    }
    modules.push({ file: raw.file, module: parsed.data });
    for (const p of checkModule(parsed.data, raw.file)) problems.push({ file: raw.file, ...p });
    problems.push(...textProblems(raw, parsed.data));
    yield;
  }
  let aup: LocaleValidation['aup'];
  if (files.aup) {
    const parsed = aupSchema.safeParse(files.aup.json);
    if (parsed.success) {
      aup = { file: files.aup.file, aup: parsed.data };
      problems.push(...textProblems(files.aup, parsed.data));
    } else problems.push(...zodProblems(files.aup.file, parsed.error.issues));
    yield;
  }
  const allValid = files.problems.length === 0 && modules.length === files.modules.length;
  if (allValid && aup) problems.push(...checkPack(files.locale, modules, aup));
  const sorted = [...modules].sort((a, b) => a.module.order - b.module.order);
  const pack =
    problems.length === 0 && aup
      ? { locale: files.locale, modules: sorted.map((m) => m.module), aup: aup.aup }
      : undefined;
  return { pack, modules: sorted, aup, problems };
}
