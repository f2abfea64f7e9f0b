import { dateParts } from '../../../common/calendar/calendar-date';
import { dayRange, withinDayRange } from '../../../common/calendar/org-calendar';
import type { ContentPack, Locale } from '../../../common/content/content-schema';
import type { AcceptanceRecord, LearnerRole } from '../../../common/records/acceptance-record';
import type { PersonStatus } from '../../../common/status/person-status';
import { learnerKeyFor, type AnswerEvent } from '../analytics/answer-event';
import { completionsPerMonth, type MonthCount } from '../analytics/completions-per-month';
import { hardestQuestions } from '../analytics/hardest-questions';
import { withTitles, type HardQuestion } from '../lead/dashboard';
import type { LedgerCheckpoint } from '../ledger/ledger-checkpoint';
import { normaliseIdentifier } from '../status/learner-identifier';
import { renewsTraining } from '../../../common/records/record-kinds';
import { personStatuses } from '../status/learner-status';
import {
  endOfScopeInstant,
  recordsInScope,
  recordsUpToEnd,
  type EvidenceScope,
} from './evidence-scope';
import { aupVersionsInForce, needsResigning, type AupInForce } from './aup-versions';

/** The chart shows at most this many months: the last ones of a longer period. */
export const SUMMARY_MAX_MONTHS = 24;
export const SUMMARY_HARDEST = 5;

export type SummaryStatus = PersonStatus | 're-sign';
export type RoleCounts = Record<SummaryStatus, number> & { total: number };

/** Everything the summary report says, worked out once for the PDF and the pack's files. */
export interface EvidenceSummary {
  organisation: string;
  scope: EvidenceScope;
  locale: Locale;
  createdAt: string;
  byRole: { role: LearnerRole; counts: RoleCounts }[];
  totals: RoleCounts;
  completions: number;
  months: MonthCount[];
  /** True when the period is longer than the chart (it then shows the last months). */
  monthsCut: boolean;
  hardest: HardQuestion[];
  aup: AupInForce[];
  checkpoint: LedgerCheckpoint;
  /** Problems the ledger's own verification found when the pack was made. */
  ledgerProblems: number;
}

export interface SummarySources {
  /** Live, sound records (Ledger.liveRecords). */
  records: readonly AcceptanceRecord[];
  /** People who started training (saved progress files), with the role they gave. */
  started: readonly { identifier: string; role: LearnerRole }[];
  answers: readonly AnswerEvent[];
  /** The content in force per language (null where it could not be loaded). */
  content: Partial<Record<Locale, ContentPack | null>>;
  organisation: string;
  refresherMonths: number;
  timeZone: string;
  locale: Locale;
  now: Date;
  checkpoint: LedgerCheckpoint;
  ledgerProblems: number;
}

const emptyCounts = (): RoleCounts => ({
  current: 0,
  'due-soon': 0,
  overdue: 0,
  never: 0,
  're-sign': 0,
  total: 0,
});

function monthSpan(from: string, to: string): number {
  const a = dateParts(from);
  const b = dateParts(to);
  return (b.year - a.year) * 12 + (b.month - a.month) + 1;
}

/**
 * Statuses are judged by the one rule (`personStatuses`, common/calendar) as at the period's
 * last day, from the records that existed then, for people whose latest role is a chosen one.
 * "Re-sign needed" is counted beside the status, not instead of it: someone current may still
 * have signed an AUP version that is no longer in force.
 */
export function buildEvidenceSummary(
  scope: EvidenceScope,
  sources: SummarySources,
): EvidenceSummary {
  const { timeZone } = sources;
  const asAt = endOfScopeInstant(scope, timeZone);
  const roles = new Set<LearnerRole>(scope.roles);
  const known = recordsUpToEnd(sources.records, scope, timeZone);
  const rows = personStatuses({
    records: known,
    knownLearners: sources.started.map((s) => s.identifier),
    refresherMonths: sources.refresherMonths,
    timeZone,
    today: asAt,
  });
  const startedRole = new Map(
    sources.started.map((s) => [normaliseIdentifier(s.identifier), s.role]),
  );
  const aup = aupVersionsInForce(sources.content, sources.records);
  const counts = new Map<LearnerRole, RoleCounts>(scope.roles.map((r) => [r, emptyCounts()]));
  const totals = emptyCounts();
  const inScopeKeys = new Set<string>();
  for (const row of rows) {
    const role = row.latest?.learner.role ?? startedRole.get(row.identifier);
    if (!role || !roles.has(role)) continue;
    inScopeKeys.add(learnerKeyFor(row.identifier));
    for (const target of [counts.get(role)!, totals]) {
      target[row.status] += 1;
      target.total += 1;
      if (row.latest && needsResigning(row.latest, aup)) target['re-sign'] += 1;
    }
  }

  const completed = recordsInScope(sources.records, scope, timeZone);
  const span = monthSpan(scope.from, scope.to);
  const days = dayRange(scope.from, scope.to, timeZone);
  const answers = sources.answers.filter(
    (a) => inScopeKeys.has(a.learnerKey) && withinDayRange(a.at, days),
  );
  const content = sources.content[sources.locale] ?? null;
  return {
    organisation: sources.organisation,
    scope,
    locale: sources.locale,
    createdAt: sources.now.toISOString(),
    byRole: scope.roles.map((role) => ({ role, counts: counts.get(role)! })),
    totals,
    completions: completed.filter((r) => renewsTraining(r.recordType)).length,
    months: completionsPerMonth(completed, Math.min(span, SUMMARY_MAX_MONTHS), timeZone, asAt),
    monthsCut: span > SUMMARY_MAX_MONTHS,
    hardest: hardestQuestions(answers, SUMMARY_HARDEST).map((q) => withTitles(q, content)),
    aup,
    checkpoint: sources.checkpoint,
    ledgerProblems: sources.ledgerProblems,
  };
}
