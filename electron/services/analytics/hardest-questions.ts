import type { AnswerEvent } from './answer-event';

export interface QuestionDifficulty {
  moduleId: string;
  scenarioId: string;
  stepId: string;
  /** Answers that were a learner's first try at this step. */
  firstTries: number;
  /** …of which chose the best option. */
  firstTriesBest: number;
  /** firstTriesBest / firstTries, 0–1. */
  firstTryBestRate: number;
  /** Every answer recorded for the step, retries included. */
  answers: number;
}

/**
 * The steps learners most often get wrong first time, so the lead knows what to revisit in
 * team meetings. Lowest first-try rate first; on a tie, the step with more evidence first.
 * Steps nobody has tried first-time yet are left out (there is no rate to rank).
 */
export function hardestQuestions(
  events: readonly AnswerEvent[],
  limit: number,
): QuestionDifficulty[] {
  const byStep = new Map<string, QuestionDifficulty>();
  for (const event of events) {
    // JSON of the tuple is an unambiguous key even if an id contains a separator character.
    const key = JSON.stringify([event.moduleId, event.scenarioId, event.stepId]);
    let entry = byStep.get(key);
    if (!entry) {
      entry = {
        moduleId: event.moduleId,
        scenarioId: event.scenarioId,
        stepId: event.stepId,
        firstTries: 0,
        firstTriesBest: 0,
        firstTryBestRate: 0,
        answers: 0,
      };
      byStep.set(key, entry);
    }
    entry.answers += 1;
    if (event.firstTry) {
      entry.firstTries += 1;
      if (event.best) entry.firstTriesBest += 1;
    }
  }
  const ranked = [...byStep.values()]
    .filter((entry) => entry.firstTries > 0)
    .map((entry) => ({ ...entry, firstTryBestRate: entry.firstTriesBest / entry.firstTries }));
  ranked.sort(
    (a, b) =>
      a.firstTryBestRate - b.firstTryBestRate ||
      b.firstTries - a.firstTries ||
      compare(a.moduleId, b.moduleId) ||
      compare(a.scenarioId, b.scenarioId) ||
      compare(a.stepId, b.stepId),
  );
  return ranked.slice(0, Math.max(0, limit));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
