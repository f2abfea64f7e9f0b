import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expiryDate } from '../../common/calendar/org-calendar';
import type { AcceptanceRecord } from '../../common/records/acceptance-record';
import { createHandlers } from '../../electron/ipc/handlers/create-handlers';
import { recordToStatements } from '../../electron/services/xapi/record-to-statements';
import { VERBS } from '../../electron/services/xapi/xapi-statement';
import type { AppServices } from '../../electron/services/app-services';
import { servicesAt } from './fixtures/app-under-test';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

const run = promisify(execFile);
const SIAN = { fullName: 'Siân Llŵyd', role: 'volunteer', identifier: 'sian@example.org' } as const;
/** Her induction, signed on the built-in agreement. */
const TRAINED_AT = '2026-03-02T10:16:00.000Z';
const PIN = '2468';
const VIDEO_RULE = 'I run video calls only from {{orgName}} accounts.';

let temp: { dir: string; cleanup: () => Promise<void> };
let clock: Date;
let services: AppServices;
let induction: AcceptanceRecord;

beforeEach(async () => {
  temp = await withTempDir();
  clock = new Date('2026-05-01T09:00:00.000Z');
  services = servicesAt(temp.dir, { now: () => clock });
  services.settings.update({
    setupComplete: true,
    organisation: { ...services.settings.get().organisation, orgName: 'Riverside Youth Club' },
  });
  const { refresherMonths, timeZone } = services.settings.get();
  const before = await services.content.rawPack('en-GB');
  induction = sampleRecord({
    learner: SIAN,
    aupVersion: before.aup.version,
    aupClauseRevisions: Object.fromEntries(before.aup.clauses.map((c) => [c.id, c.revision])),
    signedAt: TRAINED_AT,
    expiresOn: expiryDate(TRAINED_AT, refresherMonths, timeZone),
  });
  await (await services.ledger()).appendCompletion(induction);
});
afterEach(() => temp.cleanup());

async function publishVideoRule(): Promise<void> {
  await services.policy.saveDraft({
    clauses: [{ id: 'org-video-calls', text: { 'en-GB': VIDEO_RULE }, retired: false }],
    requirements: {},
    notes: {},
  });
  await services.policy.publish('Our video-call rule');
}

/** Signs the changes in a re-sign visit (started here unless given); returns the new record. */
async function resign(sessionId = ''): Promise<AcceptanceRecord> {
  sessionId ||= (await services.learning.start(SIAN, 'resign', PIN)).progress.sessionId;
  const agreement = await services.signing.agreement(sessionId, 'en-GB');
  return services.signing.sign({
    sessionId,
    locale: 'en-GB',
    typedName: SIAN.fullName,
    acknowledgedClauseIds: agreement.clauses.map((c) => c.id),
    statementAccepted: true,
    signature: { method: 'typed', text: SIAN.fullName },
  });
}

describe('a re-sign visit after the lead publishes a new agreement', () => {
  it('is offered only to someone trained who signed an older version, first while they are current', async () => {
    expect((await services.learning.suggest('new@example.org')).choices).toEqual(['induction']);
    expect((await services.learning.suggest(SIAN.identifier)).choices).toEqual([
      'refresher',
      'induction',
    ]);
    await expect(services.learning.start(SIAN, 'resign', PIN)).rejects.toMatchObject({
      code: 'learning-resign-not-needed',
    });

    await publishVideoRule();
    const offered = await services.learning.suggest(' SIAN@example.org ');
    expect(offered).toMatchObject({ suggested: 'resign' });
    expect(offered.choices).toEqual(['resign', 'refresher', 'induction']);

    // Once her refresher is overdue, the refresher comes first: it signs the new version too.
    clock = new Date('2027-04-01T09:00:00.000Z');
    expect((await services.learning.suggest(SIAN.identifier)).choices).toEqual([
      'refresher',
      'resign',
      'induction',
    ]);
  });

  it('goes straight to the agreement, shows only the new clause, and keeps the refresher date', async () => {
    await publishVideoRule();
    const view = await services.learning.start(SIAN, 'resign', PIN);
    expect(view.progress.plan).toEqual([]);
    expect(view.task.kind).toBe('complete');
    const agreement = await services.signing.agreement(view.progress.sessionId, 'en-GB');
    expect(agreement.clauses.map((c) => c.id)).toEqual(['org-video-calls']);
    expect(agreement.resign?.signedVersion).toBe(induction.aupVersion);

    clock = new Date('2026-05-01T09:05:00.000Z');
    const record = await resign(view.progress.sessionId);
    const current = await services.content.rawPack('en-GB');
    expect(record).toMatchObject({
      recordType: 'resign',
      aupVersion: current.aup.version,
      moduleScores: [],
      // What her induction promised, not a year from today.
      expiresOn: induction.expiresOn,
    });

    services.leadSession.open(clock);
    const person = await createHandlers(services).leadPerson({ identifier: SIAN.identifier });
    expect(person.dueOn).toBe(induction.expiresOn);
    // Nothing more to re-sign, and the refresher is still hers to take.
    expect((await services.learning.suggest(SIAN.identifier)).choices).toEqual([
      'refresher',
      'induction',
    ]);
  });

  it('prints a certificate for the signed agreement with no score, and tells the LRS only of the agreement', async () => {
    await publishVideoRule();
    const record = await resign();
    const { pdf } = await services.certificates.render(record);
    const file = join(temp.dir, 'certificate.pdf');
    await writeFile(file, pdf);
    const text = (await run('pdftotext', ['-layout', file, '-'])).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('updated acceptable-use agreement (signed again after a change)');
    expect(text).not.toContain('Overall score');
    expect(text).not.toContain('E-safety induction');

    const statements = recordToStatements(record, {
      homePage: 'https://riverside.example.org',
      activityBase: 'https://riverside.example.org/xapi',
      passMarkPercent: 80,
    });
    expect(statements.map((s) => s.verb.id)).toEqual([VERBS.accepted.id]);
  });
});
