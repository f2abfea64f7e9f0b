import path from 'node:path';
import type { ContentProblem } from './content-problem';
import type { ScenarioStep } from '../../../common/content/content-schema';
import { BEST_ANSWER_LENGTH_TOLERANCE, MIN_OPTIONS_PER_STEP } from './content-rules';
import type { ValidModule } from './check-pack';

/** How option lengths relate to the best answer across some modules of one locale. */
export interface OptionLengthStats {
  /** Single-answer steps counted (multi-answer steps have no one best option to spot). */
  steps: number;
  /** Steps whose best option is at least as long as every other option. */
  bestIsLongest: number;
  /** bestIsLongest / steps (0 when there are no steps). */
  share: number;
  /** Steps whose best option is no longer than any other option, and that as a share. */
  bestIsShortest: number;
  shortestShare: number;
  /** What chance alone would give: the mean of 1 / (number of options) over those steps. */
  chance: number;
  /** The most `share` (or `shortestShare`) may be: chance + BEST_ANSWER_LENGTH_TOLERANCE. */
  limit: number;
  /** Mean length in characters of best options, and of the other options, in those steps. */
  meanBestLength: number;
  meanWrongLength: number;
  /** meanBestLength / meanWrongLength: 1 when best answers give nothing away by their length. */
  skew: number;
}

const length = (text: string) => [...text.trim()].length;

/**
 * Whether the best option is at least as long (or, with `-1`, at most as long) as every other
 * option: a tie still points at it. Lengths are counted in characters of the text as written
 * (placeholders not filled).
 */
function bestIsExtreme(step: ScenarioStep, direction: 1 | -1): boolean {
  const best = step.options.find((option) => option.best);
  if (!best) return false;
  const bestLength = length(best.text);
  return step.options.every(
    (option) => option.best || direction * (bestLength - length(option.text)) >= 0,
  );
}

export const isBestLongest = (step: ScenarioStep) => bestIsExtreme(step, 1);
export const isBestShortest = (step: ScenarioStep) => bestIsExtreme(step, -1);

function singleAnswerSteps(modules: readonly ValidModule[]): ScenarioStep[] {
  return modules.flatMap(({ module }) =>
    module.scenarios.flatMap((scenario) =>
      scenario.steps.filter(
        (step) => !step.multiAnswer && step.options.filter((o) => o.best).length === 1,
      ),
    ),
  );
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;

export function optionLengthStats(modules: readonly ValidModule[]): OptionLengthStats {
  const steps = singleAnswerSteps(modules);
  const bestIsLongest = steps.filter(isBestLongest).length;
  const bestIsShortest = steps.filter(isBestShortest).length;
  const chance = mean(steps.map((step) => 1 / step.options.length));
  const best = steps.flatMap((step) =>
    step.options.filter((o) => o.best).map((o) => length(o.text)),
  );
  const wrong = steps.flatMap((step) =>
    step.options.filter((o) => !o.best).map((o) => length(o.text)),
  );
  const meanBestLength = mean(best);
  const meanWrongLength = mean(wrong);
  return {
    steps: steps.length,
    bestIsLongest,
    share: steps.length === 0 ? 0 : bestIsLongest / steps.length,
    bestIsShortest,
    shortestShare: steps.length === 0 ? 0 : bestIsShortest / steps.length,
    chance,
    limit: chance + BEST_ANSWER_LENGTH_TOLERANCE,
    meanBestLength,
    meanWrongLength,
    skew: meanWrongLength === 0 ? 0 : meanBestLength / meanWrongLength,
  };
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** One line for the check's output, e.g. "best is longest in 20 of 90 single-answer steps…". */
export function describeOptionLengths(stats: OptionLengthStats): string {
  return (
    `best option is the longest in ${stats.bestIsLongest} of ${stats.steps} single-answer steps ` +
    `(${percent(stats.share)}; chance ${percent(stats.chance)}, limit ${percent(stats.limit)}) ` +
    `and the shortest in ${stats.bestIsShortest} (${percent(stats.shortestShare)}); ` +
    `mean best/wrong option length ${stats.skew.toFixed(2)} ` +
    `(${Math.round(stats.meanBestLength)}/${Math.round(stats.meanWrongLength)} characters)`
  );
}

/**
 * Options a learner cannot game: every step offers at least MIN_OPTIONS_PER_STEP, and across the
 * modules given the best option is neither the longest nor the shortest more often than chance
 * allows (either habit would let a learner pass by length alone).
 */
export function checkOptions(
  locale: string,
  modules: readonly ValidModule[],
): { problems: ContentProblem[]; stats: OptionLengthStats } {
  const problems: ContentProblem[] = [];
  for (const { file, module } of modules) {
    module.scenarios.forEach((scenario, s) =>
      scenario.steps.forEach((step, t) => {
        if (step.options.length < MIN_OPTIONS_PER_STEP) {
          problems.push({
            file,
            path: `scenarios[${s}].steps[${t}].options`,
            problem: `has ${step.options.length} options; a step needs at least ${MIN_OPTIONS_PER_STEP}`,
          });
        }
      }),
    );
  }
  const stats = optionLengthStats(modules);
  const byModule = (count: (own: OptionLengthStats) => number) =>
    modules
      .map(({ file, module }) => {
        const own = optionLengthStats([{ file, module }]);
        return `${path.posix.basename(file, '.json')} ${count(own)}/${own.steps}`;
      })
      .join(', ');
  if (stats.share > stats.limit) {
    problems.push({
      file: `${locale}/modules`,
      path: '',
      problem: `${describeOptionLengths(stats)}: the best option is the longest more often than chance allows. Shorten best answers or give some wrong ones a plausible reason (by module: ${byModule((own) => own.bestIsLongest)})`,
    });
  }
  if (stats.shortestShare > stats.limit) {
    problems.push({
      file: `${locale}/modules`,
      path: '',
      problem: `${describeOptionLengths(stats)}: the best option is the shortest more often than chance allows. Let some best answers give their reason, or trim some wrong ones (by module: ${byModule((own) => own.bestIsShortest)})`,
    });
  }
  return { problems, stats };
}
