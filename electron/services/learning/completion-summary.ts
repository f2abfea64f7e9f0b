import type { Locale } from '../../../common/content/content-schema';
import { DomainError } from '../errors';
import type {
  LearnerIdentity,
  ModuleScore,
  RecordType,
} from '../../../common/records/acceptance-record';
import type { LearnerProgress, QuizAttempt } from './progress-schema';
import { wholePercent } from './scoring';

/** What the signing step needs to know about a finished session, to build the acceptance record. */
export interface CompletionSummary {
  sessionId: string;
  learner: LearnerIdentity;
  recordType: RecordType;
  locale: Locale;
  startedAt: string;
  completedAt: string;
  moduleScores: ModuleScore[];
  overallPercent: number;
}

interface Counted {
  score: ModuleScore;
  correct: number;
  total: number;
}

const finished = (attempts: readonly QuizAttempt[]) => attempts.filter((a) => a.finishedAt);

/** A module's score is its last finished attempt (the one that passed); every attempt is counted. */
function fromModuleAttempts(
  moduleId: string,
  attempts: readonly QuizAttempt[],
  extra = 0,
): Counted {
  const done = finished(attempts);
  const last = done.at(-1);
  return {
    score: { moduleId, percent: last?.percent ?? 0, attempts: done.length + extra },
    correct: last?.correctIds?.length ?? 0,
    total: last?.scenarioIds.length ?? 0,
  };
}

/** Refresher: the check's scenarios per module, unless the module was reviewed (then its quiz). */
function refresherScores(progress: LearnerProgress): Counted[] {
  const check = progress.check;
  if (!check) return [];
  const moduleIds = [...new Set(check.attempt.scenarioIds.map((id) => check.moduleOf[id] ?? ''))];
  return moduleIds.map((moduleId) => {
    if (progress.plan.includes(moduleId)) {
      return fromModuleAttempts(moduleId, progress.modules[moduleId]?.attempts ?? [], 1);
    }
    const ids = check.attempt.scenarioIds.filter((id) => check.moduleOf[id] === moduleId);
    const correct = ids.filter((id) => check.attempt.correctIds?.includes(id)).length;
    const percent = wholePercent(correct, ids.length);
    return { score: { moduleId, percent, attempts: 1 }, correct, total: ids.length };
  });
}

export function buildCompletionSummary(progress: LearnerProgress): CompletionSummary {
  if (!progress.completedAt) {
    throw new DomainError('learning-not-complete', 'errors.learning.notComplete');
  }
  const counted =
    progress.recordType === 'refresher'
      ? refresherScores(progress)
      : progress.plan.map((id) => fromModuleAttempts(id, progress.modules[id]?.attempts ?? []));
  const correct = counted.reduce((sum, c) => sum + c.correct, 0);
  const total = counted.reduce((sum, c) => sum + c.total, 0);
  return {
    sessionId: progress.sessionId,
    learner: progress.learner,
    recordType: progress.recordType,
    locale: progress.locale,
    startedAt: progress.startedAt,
    completedAt: progress.completedAt,
    moduleScores: counted.map((c) => c.score),
    overallPercent: wholePercent(correct, total),
  };
}
