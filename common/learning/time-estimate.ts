import type { Aup, ContentPack, Module, Scenario } from '../content/content-schema';
import type { LearningTask } from '../../electron/services/learning/next-task';
import type { LearnerProgressView } from '../../electron/services/learning/progress-schema';
import { lessonPage, lessonPageCount } from './lesson-pages';

/**
 * How long the training takes, estimated from the words on each page, so a learner can see how
 * much is left before they start a module or sit down to finish. Unhurried on purpose (adults
 * read plain non-fiction at about 240 words a minute; instructions on screen, often in a second
 * language, more slowly), so nobody is told they have less time left than they do.
 */
const WORDS_PER_MINUTE = 180;
/** Each statement sorted or card turned, on top of reading it. */
const SECONDS_PER_ACTION = 8;
/** Each question step: thinking and choosing, on top of reading the prompt, options, feedback. */
const SECONDS_PER_STEP = 20;
/** Signing: choosing how to sign and signing, on top of reading the clauses. */
const SECONDS_TO_SIGN = 90;

const wordsIn = (...texts: readonly string[]) =>
  texts.reduce((sum, text) => sum + text.split(/\s+/u).filter(Boolean).length, 0);
const reading = (words: number) => (words / WORDS_PER_MINUTE) * 60;

function pageSeconds(module: Module, page: number): number {
  const shown = lessonPage(module, page);
  switch (shown.kind) {
    case 'intro':
      return reading(wordsIn(module.title, module.summary, ...module.intro));
    case 'guidance':
      return reading(wordsIn(...[...module.dos, ...module.donts].map((item) => item.text)));
    case 'in-place':
      return reading(wordsIn(...module.inPlace.map((item) => item.text)));
    case 'activity': {
      const activity = module.activities[shown.index];
      if (!activity) return 0;
      const texts =
        activity.type === 'sort'
          ? activity.statements.map((s) => s.text)
          : activity.cards.flatMap((c) => [c.front, c.back]);
      const actions = activity.type === 'sort' ? activity.statements.length : activity.cards.length;
      return reading(wordsIn(activity.prompt, ...texts)) + actions * SECONDS_PER_ACTION;
    }
  }
}

/** One scenario as met: its title, then each step's prompt, options and one option's feedback. */
function scenarioSeconds(scenario: Scenario): number {
  return scenario.steps.reduce(
    (sum, step) => {
      const options = step.options.map((o) => o.text);
      const feedback = step.options[0]?.feedback ?? '';
      return sum + reading(wordsIn(step.prompt, ...options, feedback)) + SECONDS_PER_STEP;
    },
    reading(wordsIn(scenario.title)),
  );
}

function averageScenarioSeconds(scenarios: readonly Scenario[]): number {
  if (scenarios.length === 0) return 0;
  return scenarios.reduce((sum, s) => sum + scenarioSeconds(s), 0) / scenarios.length;
}

/** Questions in one attempt: every scenario outside a group, and one from each group. */
function questionsPerAttempt(module: Module): number {
  const groups = new Set(module.scenarios.flatMap((s) => s.alternateGroup ?? []));
  return module.scenarios.filter((s) => !s.alternateGroup).length + groups.size;
}

function quizSeconds(module: Module, questions = questionsPerAttempt(module)): number {
  return questions * averageScenarioSeconds(module.scenarios);
}

function lessonSeconds(module: Module, fromPage = 0): number {
  let sum = 0;
  for (let page = fromPage; page < lessonPageCount(module); page++) {
    sum += pageSeconds(module, page);
  }
  return sum;
}

function signingSeconds(aup: Aup): number {
  return (
    reading(wordsIn(aup.intro, aup.statementOfIntent, ...aup.clauses.map((c) => c.text))) +
    SECONDS_TO_SIGN
  );
}

const toMinutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

export interface TimeEstimate {
  /** The whole of the module being taken (lesson and quiz), in minutes; null in the check. */
  moduleMinutes: number | null;
  /** Everything still to do, signing included, in minutes. */
  minutesLeft: number;
}

/** From where the learner is now: this module's length and everything still to do. */
export function estimateTime(
  progress: Pick<LearnerProgressView, 'plan' | 'modules'>,
  task: LearningTask,
  pack: Pick<ContentPack, 'modules' | 'aup'>,
): TimeEstimate {
  let seconds = signingSeconds(pack.aup);
  let moduleMinutes: number | null = null;
  if (task.kind === 'quiz' && task.quiz.kind === 'check') {
    const all = pack.modules.flatMap((m) => m.scenarios);
    seconds += (task.scenarioCount - task.scenarioIndex) * averageScenarioSeconds(all);
  }
  const currentId =
    task.kind === 'lesson'
      ? task.moduleId
      : task.kind === 'quiz' && task.quiz.kind === 'module'
        ? task.quiz.moduleId
        : null;
  for (const id of progress.plan) {
    const module = pack.modules.find((m) => m.id === id);
    const last = progress.modules[id]?.attempts.at(-1);
    if (!module || (last?.passed && last.acknowledged)) continue;
    if (id !== currentId) {
      seconds += lessonSeconds(module) + quizSeconds(module);
      continue;
    }
    moduleMinutes = toMinutes(lessonSeconds(module) + quizSeconds(module));
    if (task.kind === 'lesson') {
      seconds += lessonSeconds(module, task.page) + quizSeconds(module);
    } else if (task.kind === 'quiz') {
      seconds += quizSeconds(module, task.scenarioCount - task.scenarioIndex);
    }
  }
  return { moduleMinutes, minutesLeft: toMinutes(seconds) };
}
