import type { ContentPack } from '../../common/content/content-schema';
import { lessonPageCount } from '../../common/learning/lesson-pages';
import type { AppServices } from '../../electron/services/app-services';
import { learnerSteps } from '../../electron/services/learning/learner-steps';
import type { SessionView } from '../../electron/services/learning/learning-service';

/** The PIN every benchmark learner chooses (a learner's own, to resume; any valid one will do). */
const LEARNER_PIN = '4821';

export interface Journey {
  sessionId: string;
  /** Milliseconds each answer took to save (the progress file and the analytics line). */
  answerTimes: number[];
}

/**
 * A learner's induction from start to the signing screen, through the same services the IPC
 * handlers call, answering every question with its best option. Only the answers are timed.
 */
export async function completeInduction(
  services: AppServices,
  learner: { fullName: string; identifier: string },
): Promise<Journey> {
  const steps = learnerSteps(services.learning, services.env.now);
  const pack = await services.content.rawPack(services.settings.get().locale);
  let view = await services.learning.start(
    { ...learner, role: 'volunteer' },
    'induction',
    LEARNER_PIN,
  );
  const sessionId = view.progress.sessionId;
  const answerTimes: number[] = [];
  for (let guard = 0; guard < 1000; guard += 1) {
    const { task } = view;
    if (task.kind === 'complete') return { sessionId, answerTimes };
    if (task.kind === 'lesson') {
      const module = pack.modules.find((m) => m.id === task.moduleId);
      if (!module) throw new Error(`no module ${task.moduleId}`);
      view = await steps.setPage(sessionId, module.id, lessonPageCount(module));
    } else if (task.kind === 'results') {
      view = await steps.acknowledge(sessionId, task.quiz);
    } else if (task.kind === 'quiz') {
      const started = performance.now();
      view = (await steps.answer(sessionId, bestAnswer(pack, view))).view;
      answerTimes.push(performance.now() - started);
    } else {
      throw new Error(`unexpected task ${task.kind}`);
    }
  }
  throw new Error('the induction did not finish');
}

function bestAnswer(pack: ContentPack, view: SessionView) {
  const { task } = view;
  if (task.kind !== 'quiz') throw new Error('not a quiz');
  const step = pack.modules
    .flatMap((m) => m.scenarios)
    .find((s) => s.id === task.scenarioId)
    ?.steps.find((s) => s.id === task.stepId);
  // Every best option: one on most steps, several on a multi-answer step.
  const optionIds = step?.options.filter((o) => o.best).map((o) => o.id) ?? [];
  if (optionIds.length === 0) throw new Error(`no best option for ${task.stepId}`);
  return { quiz: task.quiz, scenarioId: task.scenarioId, stepId: task.stepId, optionIds };
}

/** Signs with a typed signature, acknowledging every clause, as the signing screen would. */
export async function sign(
  services: AppServices,
  sessionId: string,
  fullName: string,
): Promise<number> {
  const agreement = await services.signing.agreement(sessionId, 'en-GB');
  const started = performance.now();
  await services.signing.sign({
    sessionId,
    locale: 'en-GB',
    typedName: fullName,
    acknowledgedClauseIds: agreement.clauses.map((c) => c.id),
    statementAccepted: true,
    signature: { method: 'typed', text: fullName },
  });
  return performance.now() - started;
}
