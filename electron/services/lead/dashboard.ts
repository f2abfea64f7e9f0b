import { learnerKeyFor } from '../analytics/answer-event';
import { monthCounts, type MonthCount } from '../analytics/completions-per-month';
import { hardestQuestions, type QuestionDifficulty } from '../analytics/hardest-questions';
import type { AnswerEvent } from '../analytics/answer-event';
import type { LedgerIntegrity } from '../ledger/ledger-integrity';
import type { ContentPack } from '../../../common/content/content-schema';
import type { LearnerRole, RecordType } from '../../../common/records/acceptance-record';
import { modulesDue, resignNeeded } from '../../../common/status/policy-status';
import { normaliseIdentifier } from '../status/learner-identifier';
import { countStatuses, type StatusCounts } from '../status/learner-status';
import type { RecordTable } from './record-table';
import { runNow, sortedInSteps, type Steps } from '../work/in-turns';

export const DASHBOARD_MONTHS = 12;
export const HARDEST_LIMIT = 5;

export interface HardQuestion extends QuestionDifficulty {
  /** From the content in the lead's language; null when the content no longer has it. */
  moduleTitle: string | null;
  scenarioTitle: string | null;
  prompt: string | null;
}

/** Someone part-way through training: who to encourage to finish. */
export interface InTrainingRow {
  fullName: string;
  identifier: string;
  recordType: RecordType;
  startedAt: string;
  updatedAt: string;
}

/**
 * A refresher record whose person has no earlier completion in the ledger: an exception to the
 * rule that only people already trained take the refresher (a record made before the app
 * enforced it, or one imported without the earlier record). The lead should look into it.
 */
export interface RefresherException {
  recordId: string;
  fullName: string;
  identifier: string;
  signedAt: string;
}

/** Someone the organisation's current policy asks something of: a new signature or a module. */
export interface PolicyFollowUp {
  fullName: string;
  identifier: string;
  /** The version they last signed, when it is not the current one. */
  resignFrom: string | null;
  /** Module titles their role must now take that no record of theirs covers. */
  modulesDue: string[];
}

export interface LeadDashboard {
  counts: StatusCounts;
  /** People who must sign the current version again, or take a module newly required. */
  policyFollowUp: PolicyFollowUp[];
  /** Oldest first; empty when every refresher had a completion before it. */
  refresherExceptions: RefresherException[];
  /** Unsigned training, most recently active first. */
  inTraining: InTrainingRow[];
  months: MonthCount[];
  hardest: HardQuestion[];
  /** Lines of the answers file that could not be read (reported, not hidden). */
  skippedAnswerLines: number;
  /** Learners whose saved training could not be read (see `unreadableProgress`). */
  unreadableProgress: number;
  /** Problems the ledger verification found; the lead should know the evidence is damaged. */
  ledgerProblems: number;
  /** The same problems by kind, in a few lines, and how the device key is kept. */
  integrity: LedgerIntegrity;
}

export interface DashboardInput {
  /**
   * Everyone with a sound live record, judged, with what the dashboard adds up of theirs: the
   * records table keeps both up to date as records come and go (see RecordTable).
   */
  people: Pick<RecordTable, 'judged' | 'facts' | 'version'>;
  /**
   * Identifiers of people who only started: their saved progress files name them, and
   * they count as 'never' unless they have a record.
   */
  started: readonly string[];
  answers: readonly AnswerEvent[];
  skippedAnswerLines: number;
  inTraining: readonly InTrainingRow[];
  /** The organisation's time zone (see common/calendar/org-calendar.ts). */
  timeZone: string;
  today: Date;
  content: ContentPack | null;
  ledgerProblems: number;
  integrity: LedgerIntegrity;
  /** Learners whose saved training could not be read; none when left out. */
  unreadableProgress?: number;
}

/**
 * "Never completed" counts everyone known to have started without a record: saved progress
 * files name them, and the answers file knows them only by their hashed key, which is enough
 * to count them without learning who they are. Nothing here walks the records: each person's
 * share is worked out when their records change, so a visit costs one pass over the people.
 */
export function buildDashboard(input: DashboardInput): LeadDashboard {
  const { judged, facts } = input.people;
  const counts = countStatuses(judged.values());
  const onlyStarted = new Set<string>();
  for (const identifier of input.started.map(normaliseIdentifier)) {
    if (identifier !== '' && !judged.has(identifier)) onlyStarted.add(identifier);
  }
  counts.never += onlyStarted.size;
  counts.total += onlyStarted.size;
  const startedKeys = new Set([...onlyStarted].map(learnerKeyFor));
  const anonymousStarters = new Set<string>();
  for (const { learnerKey } of input.answers) {
    if (!facts.hasLearnerKey(learnerKey) && !startedKeys.has(learnerKey)) {
      anonymousStarters.add(learnerKey);
    }
  }
  counts.never += anonymousStarters.size;
  counts.total += anonymousStarters.size;
  return {
    counts,
    policyFollowUp: input.content ? runNow(policyFollowUpSteps(input.people, input.content)) : [],
    refresherExceptions: facts.exceptions(),
    inTraining: [...input.inTraining].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    months: monthCounts(facts.completionTimes(), DASHBOARD_MONTHS, input.timeZone, input.today),
    hardest: hardestQuestions(input.answers, HARDEST_LIMIT).map((q) =>
      withTitles(q, input.content),
    ),
    skippedAnswerLines: input.skippedAnswerLines,
    unreadableProgress: input.unreadableProgress ?? 0,
    ledgerProblems: input.ledgerProblems,
    integrity: input.integrity,
  };
}

/** The last list worked out for each table, kept until its people or the content change. */
const followUps = new WeakMap<
  DashboardInput['people']['facts'],
  { version: number; content: ContentPack; rows: PolicyFollowUp[] }
>();

/**
 * Who the current policy asks something of, in identifier order (code units) whatever order
 * people arrived in. In steps, so the warm-up after opening works it out in turns (see
 * LeadArea.warmUp); the dashboard then finds it ready.
 */
export function* policyFollowUpSteps(
  { judged, facts, version }: DashboardInput['people'],
  content: ContentPack,
): Steps<PolicyFollowUp[]> {
  const known = followUps.get(facts);
  if (known?.version === version && known.content === content) return known.rows;
  const titles = new Map(content.modules.map((m) => [m.id, m.title]));
  const moduleIds = content.modules.map((m) => m.id);
  const requirements = content.tailoring?.requirements ?? {};
  // What each role must take, worked out once rather than once per person.
  const requiredFor = new Map<LearnerRole, string[]>();
  const required = (role: LearnerRole) => {
    let ids = requiredFor.get(role);
    if (!ids)
      requiredFor.set(role, (ids = modulesDue({ role, taken: [], moduleIds, requirements })));
    return ids;
  };
  const found: Array<[string, PolicyFollowUp]> = [];
  let seen = 0;
  for (const [key, { latest }] of judged) {
    if ((++seen & 1023) === 0) yield;
    if (!latest) continue;
    const taken = facts.get(key)?.taken;
    const due = required(latest.learner.role).filter((id) => !taken?.has(id));
    const resign = resignNeeded(latest, content.aup.version);
    if (!resign && due.length === 0) continue;
    found.push([
      key,
      {
        fullName: latest.learner.fullName,
        identifier: latest.learner.identifier,
        resignFrom: resign ? latest.aupVersion : null,
        modulesDue: due.map((id) => titles.get(id) ?? id),
      },
    ]);
  }
  const sorted = yield* sortedInSteps(found, ([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const rows = sorted.map(([, row]) => row);
  followUps.set(facts, { version, content, rows });
  return rows;
}

export function withTitles(
  question: QuestionDifficulty,
  content: ContentPack | null,
): HardQuestion {
  const module = content?.modules.find((m) => m.id === question.moduleId);
  const scenario = module?.scenarios.find((s) => s.id === question.scenarioId);
  const step = scenario?.steps.find((s) => s.id === question.stepId);
  return {
    ...question,
    moduleTitle: module?.title ?? null,
    scenarioTitle: scenario?.title ?? null,
    prompt: step?.prompt ?? null,
  };
}
