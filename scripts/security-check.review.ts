/**
 * Judging Electronegativity's findings against the reviewed allow-list. Pure: the scan itself is
 * in security-check.scan.ts, so this logic is tested without running the tool.
 *
 * The rule: every finding must match an allow-list entry that says why it is safe; an entry
 * without a reason is refused; an entry that no longer matches anything is reported, so the list
 * never quietly allows more than was reviewed; a file the tool could not parse fails the check,
 * because a file it cannot read is a file it did not check.
 */

export interface Finding {
  /** Electronegativity's check id, e.g. `CONTEXT_ISOLATION_JS_CHECK`. */
  check: string;
  /** Relative to the project root with `/` separators; `N/A` for a whole-app (global) check. */
  file: string;
  line: number;
  column: number;
  /** The source line the finding points at. */
  sample: string;
  severity: string;
  confidence: string;
  description: string;
}

export interface ParseError {
  file: string;
  message: string;
}

/** One reviewed finding: the same check in the same file, optionally narrowed by its sample. */
export interface AllowedFinding {
  check: string;
  file: string;
  /** A piece of the flagged line, when a file has several findings of one check. */
  sample?: string;
  reason: string;
}

/** A check not run at all (e.g. one that needs the internet), with why. */
export interface ExcludedCheck {
  check: string;
  reason: string;
}

export interface AllowList {
  excludedChecks: ExcludedCheck[];
  findings: AllowedFinding[];
}

/** A reason shorter than this says nothing ("ok", "n/a", "false positive"). */
export const MIN_REASON_LENGTH = 30;
const CHECK_ID = /^[A-Z][A-Z0-9_]*_CHECK$/;

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** Reads the allow-list file's JSON; every problem is reported, none is skipped. */
export function parseAllowList(json: unknown): { allowList: AllowList; problems: string[] } {
  const problems: string[] = [];
  const allowList: AllowList = { excludedChecks: [], findings: [] };
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { allowList, problems: ['the allow-list must be a JSON object'] };
  }
  const { excludedChecks = [], findings = [], ...unknown } = json as Record<string, unknown>;
  for (const key of Object.keys(unknown)) problems.push(`unknown allow-list key "${key}"`);
  if (!Array.isArray(excludedChecks) || !Array.isArray(findings)) {
    return { allowList, problems: [...problems, 'excludedChecks and findings must be arrays'] };
  }
  const entry = (kind: string, index: number, raw: unknown, keys: readonly string[]) => {
    const record = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const check = text(record.check);
    const where = `${kind} #${index + 1} (${check || 'no check'})`;
    for (const key of Object.keys(record)) {
      if (!keys.includes(key)) problems.push(`${where}: unknown key "${key}"`);
    }
    if (!CHECK_ID.test(check)) problems.push(`${where}: "check" must be a check id`);
    const reason = text(record.reason);
    if (reason.length < MIN_REASON_LENGTH) {
      problems.push(
        `${where}: refused, it needs a "reason" (at least ${MIN_REASON_LENGTH} characters) saying why it is safe`,
      );
    }
    return { record, check, reason, where };
  };
  excludedChecks.forEach((raw, index) => {
    const { check, reason } = entry('excluded check', index, raw, ['check', 'reason']);
    allowList.excludedChecks.push({ check, reason });
  });
  findings.forEach((raw, index) => {
    const { record, check, reason, where } = entry('finding', index, raw, [
      'check',
      'file',
      'sample',
      'reason',
    ]);
    const file = text(record.file);
    if (file === '') problems.push(`${where}: "file" is required (N/A for a global check)`);
    const sample = text(record.sample);
    allowList.findings.push({ check, file, reason, ...(sample ? { sample } : {}) });
  });
  return { allowList, problems };
}

export function matches(entry: AllowedFinding, finding: Finding): boolean {
  return (
    entry.check === finding.check &&
    entry.file === finding.file &&
    (entry.sample === undefined || finding.sample.includes(entry.sample))
  );
}

export interface Review {
  allowed: Array<{ finding: Finding; reason: string }>;
  unreviewed: Finding[];
  /** Entries that match no finding any more: remove them (or the code changed unexpectedly). */
  stale: AllowedFinding[];
  parseErrors: ParseError[];
  problems: string[];
  passed: boolean;
}

export function reviewFindings(
  findings: readonly Finding[],
  parseErrors: readonly ParseError[],
  allowList: AllowList,
  allowListProblems: readonly string[] = [],
): Review {
  const allowed: Review['allowed'] = [];
  const unreviewed: Finding[] = [];
  const used = new Set<AllowedFinding>();
  for (const finding of findings) {
    const entry = allowList.findings.find((candidate) => matches(candidate, finding));
    if (entry) {
      used.add(entry);
      allowed.push({ finding, reason: entry.reason });
    } else {
      unreviewed.push(finding);
    }
  }
  const stale = allowList.findings.filter((entry) => !used.has(entry));
  const problems = [...allowListProblems];
  return {
    allowed,
    unreviewed,
    stale,
    parseErrors: [...parseErrors],
    problems,
    passed:
      problems.length === 0 &&
      unreviewed.length === 0 &&
      stale.length === 0 &&
      parseErrors.length === 0,
  };
}

/** What `npm run security` prints: every failure with what to do about it. */
export function reportLines(review: Review): string[] {
  const lines: string[] = [];
  for (const { finding: f } of review.allowed) {
    lines.push(`reviewed   ${f.check} ${f.file}:${f.line}:${f.column}`);
  }
  for (const problem of review.problems) lines.push(`allow-list: ${problem}`);
  for (const error of review.parseErrors) {
    lines.push(`not checked: ${error.file} could not be parsed (${error.message})`);
  }
  for (const f of review.unreviewed) {
    lines.push(
      `UNREVIEWED ${f.check} [${f.severity}/${f.confidence}] ${f.file}:${f.line}:${f.column}`,
      `  ${f.sample.trim()}`,
      `  ${f.description} — fix it, or add it to the allow-list with the reason it is safe`,
    );
  }
  for (const entry of review.stale) {
    lines.push(
      `stale allow-list entry: ${entry.check} in ${entry.file} matches nothing; remove it`,
    );
  }
  lines.push(
    review.passed
      ? `security: ${review.allowed.length} finding(s), each reviewed in the allow-list`
      : `security: FAILED (${review.unreviewed.length} unreviewed, ${review.stale.length} stale, ${review.parseErrors.length} unparsed, ${review.problems.length} allow-list problem(s))`,
  );
  return lines;
}
