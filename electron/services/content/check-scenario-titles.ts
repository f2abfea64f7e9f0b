import type { ContentProblem } from './content-problem';
import type { ValidModule } from './check-pack';

/** Case, accents, spaces and punctuation aside: "A text at 11 PM" is "A text at 11pm". */
const normalise = (title: string) =>
  title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Each scenario has its own title across the course: two with one title are usually the same
 * story told twice, and the results screen would list them alike.
 */
export function checkScenarioTitles(modules: readonly ValidModule[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, { file: string; path: string }>();
  for (const { file, module } of modules) {
    module.scenarios.forEach((scenario, s) => {
      const key = normalise(scenario.title);
      const path = `scenarios[${s}].title`;
      const first = seen.get(key);
      if (first) {
        problems.push({
          file,
          path,
          problem: `"${scenario.title}" is also the title of ${first.file} ${first.path}; give each scenario its own story and title`,
        });
      } else seen.set(key, { file, path });
    });
  }
  return problems;
}
