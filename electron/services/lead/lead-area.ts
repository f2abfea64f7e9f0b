import { learnerKeyFor, type AnswerEvent } from '../analytics/answer-event';
import { readAnswers } from '../analytics/answers-file';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import { normaliseIdentifier } from '../status/learner-identifier';
import { settingsToAdopt, type AdoptedSettings } from '../backup/adopt-settings';
import { BackupImports } from '../backup/backup-imports';
import type { OpenedDeviceKey } from '../device-key/device-key-file';
import { ledgerIntegrity } from '../ledger/ledger-integrity';
import type { ContentPack, Locale } from '../../../common/content/content-schema';
import { DomainError } from '../errors';
import type { Ledger } from '../ledger/ledger';
import type { Settings } from '../../../common/settings/settings-schema';
import { buildDashboard, policyFollowUpSteps, type LeadDashboard } from './dashboard';
import { runInTurns } from '../work/in-turns';
import { eraseRecordsAndSignatures, erasePerson, type ErasureResult } from './erase-person';
import { ExportJobs } from './export-jobs';
import { LeadRecords } from './lead-records';
import { personHistory, type PersonHistory } from './person-history';
import { progressFiles, unreadableProgress } from './progress-files';
import { recordsPastRetention } from './retention';
import { recordIndexOf } from '../records/record-index';
import { AgreementVersions } from '../policy/agreement-versions';

export interface LeadAreaDeps {
  dataDir: string;
  ledger: () => Promise<Ledger>;
  deviceKey: () => Promise<OpenedDeviceKey>;
  settings: () => Settings;
  updateSettings: (patch: AdoptedSettings) => void;
  content: (locale: Locale) => Promise<ContentPack>;
  now: () => Date;
  /** After an erasure request: the LRS outbox voids what it sent of theirs (see lrs-sync). */
  onErased?: (
    records: readonly AcceptanceRecord[],
    answers: readonly AnswerEvent[],
    learnerKey: string,
  ) => Promise<void>;
  /** After records reach the end of retention and are removed: the LRS voids their statements. */
  onRecordsRemoved?: (records: readonly AcceptanceRecord[]) => Promise<void>;
  /** After a backup's records were merged in: the LRS queue takes them (see lrs-sync). */
  onImported?: (records: readonly AcceptanceRecord[]) => Promise<void>;
}

export interface RetentionCandidate {
  recordId: string;
  fullName: string;
  identifier: string;
  signedAt: string;
}

/** What the e-safety lead's screens need, on top of the ledger and analytics services. */
export class LeadArea {
  readonly records: LeadRecords;
  readonly jobs = new ExportJobs();
  /** Importing another device's (or an older) backup: inspect first, then merge. */
  readonly imports: BackupImports;

  constructor(private readonly deps: LeadAreaDeps) {
    this.records = new LeadRecords(deps.ledger, deps.settings, deps.now);
    this.imports = new BackupImports({
      dataDir: deps.dataDir,
      deviceKey: async () => (await deps.deviceKey()).key,
      ledger: deps.ledger,
      organisationName: () => deps.settings().organisation.orgName,
      onImported: deps.onImported,
      adoptSettings: (fromBackup) => deps.updateSettings(settingsToAdopt(fromBackup)),
    });
  }

  /**
   * Run in turns once the ledger is open (see app-services), so the lead's first visit finds
   * the records table and the dashboard's figures ready rather than waiting a second for them.
   */
  async warmUp(): Promise<void> {
    const table = await this.records.current();
    const content = await this.deps.content(this.deps.settings().locale).catch(() => null);
    if (content) await runInTurns(policyFollowUpSteps(table, content));
  }

  async dashboard(locale: Locale): Promise<LeadDashboard> {
    const ledger = await this.deps.ledger();
    const { key, keptAside } = await this.deps.deviceKey();
    const { problems } = ledger.verification();
    const answers = await readAnswers(this.deps.dataDir);
    const started = await progressFiles(this.deps.dataDir);
    // Titles are a nicety: damaged or unfinished content must not hide the numbers.
    const content = await this.deps.content(locale).catch(() => null);
    const people = await this.records.current();
    return buildDashboard({
      people,
      started: started.map((f) => f.identifier),
      answers: answers.events,
      skippedAnswerLines: answers.skipped.length,
      unreadableProgress: await unreadableProgress(this.deps.dataDir),
      inTraining: started
        .filter(({ progress }) => !progress.signedRecordId)
        .map(({ progress }) => ({
          fullName: progress.learner.fullName,
          identifier: progress.learner.identifier,
          recordType: progress.recordType,
          startedAt: progress.startedAt,
          updatedAt: progress.updatedAt,
        })),
      timeZone: this.deps.settings().timeZone,
      today: this.deps.now(),
      content,
      ledgerProblems: problems.length,
      integrity: ledgerIntegrity(
        problems,
        key.protection,
        keptAside !== null,
        await peopleWithLostVersion(people.facts.versionsNamed(), this.deps.dataDir),
      ),
    });
  }

  async person(identifier: string): Promise<PersonHistory> {
    const reviewed = recordIndexOf(await this.deps.ledger()).reviewedOf(identifier);
    const found = personHistory(
      reviewed,
      identifier,
      this.deps.settings().refresherMonths,
      this.deps.settings().timeZone,
      this.deps.now(),
    );
    if (!found) throw new DomainError('lead-person-not-found', 'errors.lead.personNotFound');
    return found;
  }

  async erasePerson(identifier: string, confirmation: string): Promise<ErasureResult> {
    const ledger = await this.deps.ledger();
    // Read before erasing: afterwards nothing says which statements were theirs.
    const key = normaliseIdentifier(identifier);
    const records = ledger
      .reviewedRecords()
      .map(({ record }) => record)
      .filter((r) => normaliseIdentifier(r.learner.identifier) === key);
    const answerKey = learnerKeyFor(key);
    const answers = this.deps.onErased
      ? (await readAnswers(this.deps.dataDir)).events.filter((e) => e.learnerKey === answerKey)
      : [];
    const result = await erasePerson(
      ledger,
      this.deps.dataDir,
      identifier,
      confirmation,
      this.deps.now(),
    );
    await this.deps.onErased?.(records, answers, answerKey);
    return result;
  }

  async retentionCandidates(): Promise<{ years: number | null; candidates: RetentionCandidate[] }> {
    const { retentionYears: years, timeZone } = this.deps.settings();
    if (years === null) return { years, candidates: [] };
    const records = await this.records.liveRecords();
    const due = recordsPastRetention(records, years, timeZone, this.deps.now());
    return {
      years,
      candidates: due.map((r) => ({
        recordId: r.recordId,
        fullName: r.learner.fullName,
        identifier: r.learner.identifier,
        signedAt: r.signedAt,
      })),
    };
  }

  /** Erases only the reviewed records that are still past retention when the lead confirms. */
  async purgeRetention(recordIds: readonly string[]): Promise<{ erasedRecords: number }> {
    const { retentionYears: years, timeZone } = this.deps.settings();
    if (years === null) throw new DomainError('lead-retention-off', 'errors.lead.retentionOff');
    const wanted = new Set(recordIds);
    const ledger = await this.deps.ledger();
    const due = recordsPastRetention(ledger.liveRecords(), years, timeZone, this.deps.now()).filter(
      (r) => wanted.has(r.recordId),
    );
    if (due.length === 0) throw new DomainError('lead-no-records', 'errors.lead.noRecords');
    const { erasedRecords } = await eraseRecordsAndSignatures(
      ledger,
      this.deps.dataDir,
      due,
      'retention',
      this.deps.now(),
    );
    await this.deps.onRecordsRemoved?.(due);
    return { erasedRecords };
  }
}

/**
 * People whose latest record names its agreement version by digest, where no intact copy of it
 * is kept: what they would be shown as changed at their next signing. The counts per version are
 * kept up to date as records change (PeopleFacts), so this reads a few files, not every record.
 */
async function peopleWithLostVersion(
  versionsNamed: ReadonlyMap<string, number>,
  dataDir: string,
): Promise<number> {
  const kept = await new AgreementVersions(dataDir).findEach(versionsNamed.keys());
  let lost = 0;
  for (const [digest, people] of versionsNamed) if (!kept.has(digest)) lost += people;
  return lost;
}
