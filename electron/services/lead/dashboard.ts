import { learnerKeyFor } from '../analytics/answer-event';
import { completionsPerMonth, type MonthCount } from '../analytics/completions-per-month';
import { hardestQuestions, type QuestionDifficulty } from '../analytics/hardest-questions';
import type { AnswerEvent } from '../analytics/answer-event';
import type { LedgerIntegrity } from '../ledger/ledger-integrity';
import type { ContentPack } from '../../../common/content/content-schema';
import type { AcceptanceRecord, RecordType } from '../../../common/records/acceptance-record';
import { modulesDue, resignNeeded } from '../../../common/status/policy-status';
import { normaliseIdentifier } from '../status/learner-identifier';
import { countStatuses, type PersonStatusRow, type StatusCounts } from '../status/learner-status';
import { refreshersWithoutEarlierCompletion } from '../learning/record-type-suggestion';
import { todayIn } from '../../../common/calendar/org-calendar';

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
  /** Problems the ledger verification found; the lead should know the evidence is damaged. */
  ledgerProblems: number;
  /** The same problems by kind, in a few lines, and how the device key is kept. */
  integrity: LedgerIntegrity;
}

export interface DashboardInput {
  records: readonly AcceptanceRecord[];
  /**
   * Everyone the device knows of, judged: people with records, and those who only started
   * (their saved progress files name them) as 'never'. The records table keeps these up to
   * date as records arrive (see LeadRecords.people).
   */
  people: readonly PersonStatusRow[];
  answers: readonly AnswerEvent[];
  skippedAnswerLines: number;
  inTraining: readonly InTrainingRow[];
  /** The organisation's time zone (see common/calendar/org-calendar.ts). */
  timeZone: string;
  today: Date;
  content: ContentPack | null;
  ledgerProblems: number;
  integrity: LedgerIntegrity;
}

/**
 * "Never completed" counts everyone known to have started without a record: saved progress
 * files name them, and the answers file knows them only by their hashed key, which is enough
 * to count them without learning who they are.
 */
export function buildDashboard(input: DashboardInput): LeadDashboard {
  const rows = input.people;
  const counts = countStatuses(rows);
  const knownKeys = new Set(rows.map((row) => learnerKeyFor(row.identifier)));
  const anonymousStarters = new Set(
    input.answers.map((a) => a.learnerKey).filter((key) => !knownKeys.has(key)),
  );
  counts.never += anonymousStarters.size;
  counts.total += anonymousStarters.size;
  return {
    counts,
    policyFollowUp: policyFollowUp(rows, input.records, input.content),
    refresherExceptions: refresherExceptionsOf(input.records),
    inTraining: [...input.inTraining].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    months: monthsOf(input.records, input.timeZone, input.today),
    hardest: hardestQuestions(input.answers, HARDEST_LIMIT).map((q) =>
      withTitles(q, input.content),
    ),
    skippedAnswerLines: input.skippedAnswerLines,
    ledgerProblems: input.ledgerProblems,
    integrity: input.integrity,
  };
}

function policyFollowUp(
  rows: readonly PersonStatusRow[],
  records: readonly AcceptanceRecord[],
  content: ContentPack | null,
): PolicyFollowUp[] {
  if (!content) return [];
  const titles = new Map(content.modules.map((m) => [m.id, m.title]));
  const moduleIds = content.modules.map((m) => m.id);
  const requirements = content.tailoring?.requirements ?? {};
  const taken = modulesTakenOf(records);
  return rows.flatMap((row) => {
    const latest = row.latest;
    if (!latest) return [];
    const due = modulesDue({
      role: latest.learner.role,
      taken: [...(taken.get(row.identifier) ?? [])],
      moduleIds,
      requirements,
    }).map((id) => titles.get(id) ?? id);
    const resign = resignNeeded(latest, content.aup.version);
    if (!resign && due.length === 0) return [];
    return [
      {
        fullName: latest.learner.fullName,
        identifier: latest.learner.identifier,
        resignFrom: resign ? latest.aupVersion : null,
        modulesDue: due,
      },
    ];
  });
}

/**
 * What depends on the records alone is worked out once per records list: the record index
 * hands out the same list until a record is added or removed, so a lead going back to the
 * dashboard does not pay again for 100,000 records.
 */
function perRecords<V>(compute: (records: readonly AcceptanceRecord[]) => V) {
  const cache = new WeakMap<readonly AcceptanceRecord[], V>();
  return (records: readonly AcceptanceRecord[]): V => {
    if (!cache.has(records)) cache.set(records, compute(records));
    return cache.get(records)!;
  };
}

const modulesTakenOf = perRecords(modulesTakenByPerson);
const refresherExceptionsOf = perRecords(refresherExceptions);
const monthsByDay = perRecords(() => new Map<string, MonthCount[]>());

/** Completions per month, once per records list, time zone and calendar day. */
function monthsOf(records: readonly AcceptanceRecord[], timeZone: string, now: Date): MonthCount[] {
  const cached = monthsByDay(records);
  const key = `${timeZone}|${todayIn(timeZone, now)}`;
  let months = cached.get(key);
  if (!months) {
    months = completionsPerMonth(records, DASHBOARD_MONTHS, timeZone, now);
    cached.set(key, months);
  }
  return months;
}

/** Every module each person has a score for, in one pass over the records (by normalised id). */
function modulesTakenByPerson(records: readonly AcceptanceRecord[]): Map<string, Set<string>> {
  const taken = new Map<string, Set<string>>();
  for (const record of records) {
    const who = normaliseIdentifier(record.learner.identifier);
    let modules = taken.get(who);
    if (!modules) taken.set(who, (modules = new Set()));
    for (const score of record.moduleScores) modules.add(score.moduleId);
  }
  return taken;
}

/** The same rule the learner's start obeys, applied to the records already in the ledger. */
function refresherExceptions(records: readonly AcceptanceRecord[]): RefresherException[] {
  return refreshersWithoutEarlierCompletion(records)
    .sort((a, b) => a.signedAt.localeCompare(b.signedAt))
    .map((r) => ({
      recordId: r.recordId,
      fullName: r.learner.fullName,
      identifier: r.learner.identifier,
      signedAt: r.signedAt,
    }));
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
