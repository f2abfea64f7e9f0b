import type { KeyProtection } from '../device-key/secret-protector';
import type { EntryRange, LedgerProblem, LedgerProblemNature } from './ledger-problem';

/** Lines listed per kind of finding; the count says how many more there are. */
const LINES_SHOWN = 5;

export interface IntegrityFinding {
  nature: LedgerProblemNature;
  count: number;
  /** Lines of the first few findings of this kind (0: the ledger as a whole). */
  positions: number[];
  /** Entries the first finding of this kind affects, when known. */
  entries: EntryRange | null;
}

/** What the lead's dashboard says about the evidence, in a few lines however large the damage. */
export interface LedgerIntegrity {
  findings: IntegrityFinding[];
  /** 'none': the OS could not protect the device key, so a warning is shown. */
  keyProtection: KeyProtection;
  /** True when the previous device key could not be opened and a new one was made. */
  keyReplaced: boolean;
  /**
   * People whose latest record names a version of the agreement whose clause list is missing or
   * damaged in `data/agreement-versions/`: the records stand, but at their next signing what
   * changed cannot be shown, so the lead is told (and the learner is too, on the signing screen).
   */
  peopleWithLostVersion: number;
}

export function ledgerIntegrity(
  problems: readonly LedgerProblem[],
  keyProtection: KeyProtection,
  keyReplaced: boolean,
  peopleWithLostVersion = 0,
): LedgerIntegrity {
  const byNature = new Map<LedgerProblemNature, IntegrityFinding>();
  for (const problem of problems) {
    const found = byNature.get(problem.nature);
    if (!found) {
      byNature.set(problem.nature, {
        nature: problem.nature,
        count: 1,
        positions: [problem.position],
        entries: problem.entries,
      });
      continue;
    }
    found.count += 1;
    if (found.positions.length < LINES_SHOWN) found.positions.push(problem.position);
  }
  return { findings: [...byNature.values()], keyProtection, keyReplaced, peopleWithLostVersion };
}
