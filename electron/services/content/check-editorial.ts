import type { ContentProblem } from './content-problem';
import type { Locale } from '../../../common/content/content-schema';
import { checkCharacterAges } from './check-character-ages';
import { checkGuidanceItems } from './check-guidance-items';
import { checkOptions, type OptionLengthStats } from './check-options';
import type { ValidModule } from './check-pack';
import { checkScenarioTitles } from './check-scenario-titles';

export interface EditorialCheck {
  locale: Locale;
  problems: ContentProblem[];
  optionLengths: OptionLengthStats;
}

/**
 * The writers' rules a quiz and its lists must meet to teach well, over the modules given (the
 * whole course, or part of it while someone works on it): four options or more, best answers not
 * given away by their length, short DO / DO NOT items in one voice with no duplicates, scenario
 * titles and characters' ages consistent. Build-time only: the app can still play content that
 * breaks them, so loading does not refuse it.
 */
export function checkEditorial(locale: Locale, modules: readonly ValidModule[]): EditorialCheck {
  const options = checkOptions(locale, modules);
  return {
    locale,
    problems: [
      ...options.problems,
      ...checkGuidanceItems(locale, modules),
      ...checkScenarioTitles(modules),
      ...checkCharacterAges(modules),
    ],
    optionLengths: options.stats,
  };
}
