import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expiryDate } from '../../common/calendar/org-calendar';
import type { AcceptanceRecord } from '../../common/records/acceptance-record';
import { createHandlers } from '../../electron/ipc/handlers/create-handlers';
import type { Handlers } from '../../electron/ipc/router';
import { createAppServices, type AppServices } from '../../electron/services/app-services';
import { confSettingsSource } from '../support/conf-settings-source';
import { SignatureStore } from '../../electron/services/signatures/signature-store';
import { TestDialogs } from '../e2e/harness/test-dialogs';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';
import { testProtector } from '../support/test-device-key';

const run = promisify(execFile);
/** 00:30 BST on 1 June 2026: still 31 May in UTC. */
const SIGNED_AT = '2026-05-31T23:30:00.000Z';

let temp: { dir: string; cleanup: () => Promise<void> };
let clock: Date;
let services: AppServices;
let handlers: Handlers;
let record: AcceptanceRecord;

beforeEach(async () => {
  temp = await withTempDir();
  clock = new Date(SIGNED_AT);
  services = createAppServices({
    appName: 'test',
    appVersion: '0.0.0',
    dataDir: join(temp.dir, 'data'),
    contentDir: join(process.cwd(), 'content'),
    settingsSource: confSettingsSource(temp.dir),
    dialogs: new TestDialogs(temp.dir),
    secretStore: testProtector(),
    now: () => clock,
  });
  handlers = createHandlers(services);
  const { refresherMonths, timeZone } = services.settings.get();
  const signature = await new SignatureStore(services.env.dataDir).saveTyped('Siân');
  record = sampleRecord({
    signatureSha256: signature,
    completedAt: '2026-05-31T23:20:00.000Z',
    signedAt: SIGNED_AT,
    // What signing writes (sign-agreement.ts), from the same calendar rule.
    expiresOn: expiryDate(SIGNED_AT, refresherMonths, timeZone),
  });
  await (await services.ledger()).appendCompletion(record);
});
afterEach(() => temp.cleanup());

async function certificateText(): Promise<string> {
  const { pdf } = await services.certificates.render(record);
  const file = join(temp.dir, 'certificate.pdf');
  await writeFile(file, pdf);
  return (await run('pdftotext', ['-layout', file, '-'])).stdout;
}

async function seenOn(now: string) {
  clock = new Date(now);
  services.leadSession.open(clock);
  const page = await handlers.leadRecords({
    filter: {},
    sort: { key: 'fullName', direction: 'asc' },
    offset: 0,
    limit: 10,
  });
  const person = await handlers.leadPerson({ identifier: record.learner.identifier });
  const dashboard = await handlers.leadDashboard({ locale: 'en-GB' });
  const verified = await handlers.leadVerifyCertificate({ input: record.certificateCode });
  return {
    status: page.rows[0]?.status,
    dueOn: person.dueOn,
    daysLeft: person.daysLeft,
    overdueTile: dashboard.counts.overdue,
    verification: verified.outcome,
  };
}

describe('one calendar: certificate, status board and verification agree', () => {
  it('a record signed at 00:30 BST on 1 June 2026 prints 1 June as completion and expiry', async () => {
    expect(record.expiresOn).toBe('2027-06-01');
    const text = await certificateText();
    expect(text).toContain('1 June 2026');
    expect(text).toContain('1 June 2027');
  });

  it.each([
    ['2027-05-31T12:00:00.000Z', 'due-soon', 1, 0, 'valid', 'the day before'],
    ['2027-05-31T23:30:00.000Z', 'due-soon', 0, 0, 'valid', '00:30 BST on the expiry day'],
    ['2027-06-01T22:59:00.000Z', 'due-soon', 0, 0, 'valid', '23:59 BST on the expiry day'],
    ['2027-06-01T23:00:00.000Z', 'overdue', -1, 1, 'expired', 'midnight BST: the day after'],
  ])(
    'seen at %s it is %s (%s days left; %i overdue on the dashboard; %s)',
    async (now, status, daysLeft, overdueTile, verification) => {
      expect(await seenOn(now)).toEqual({
        status,
        dueOn: '2027-06-01',
        daysLeft,
        overdueTile,
        verification,
      });
    },
  );

  it('the records filter finds it on 1 June, the day the certificate says', async () => {
    services.leadSession.open(clock);
    const query = (from: string, to: string) =>
      handlers.leadRecords({
        filter: { from, to },
        sort: { key: 'fullName', direction: 'asc' },
        offset: 0,
        limit: 10,
      });
    expect((await query('2026-06-01', '2026-06-01')).total).toBe(1);
    expect((await query('2026-05-31', '2026-05-31')).total).toBe(0);
  });

  it('a lead in another zone sees the same record on its own calendar', async () => {
    services.settings.update({ timeZone: 'America/New_York' });
    // 19:30 EDT on 31 May: the certificate's completion date follows the setting.
    expect(await certificateText()).toContain('31 May 2026');
    // The printed expiry is what the record promised; the board recomputes from the setting.
    expect(await seenOn('2027-05-31T12:00:00.000Z')).toMatchObject({
      dueOn: '2027-05-31',
      daysLeft: 0,
      status: 'due-soon',
    });
  });
});
