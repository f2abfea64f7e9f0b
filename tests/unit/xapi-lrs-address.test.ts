import type { AcceptanceRecord } from '../../common/records/acceptance-record';
import { recordToStatements } from '../../electron/services/xapi/record-to-statements';
import { sendStatements } from '../../electron/services/xapi/send-statements';
import { sampleRecord } from '../support/lrs-sync-fakes';
import { startLrs, type LrsServer } from '../support/lrs-server';

/** The LRS address as leads type or paste it, against the real LRS (xapi-statements). */

const OPTIONS = {
  homePage: 'https://charity.example.org',
  activityBase: 'https://charity.example.org/xapi',
  passMarkPercent: 80,
};
const CREDENTIALS = { username: 'lead-key', password: 'S3cret-lrs-password' };
const RECORD: AcceptanceRecord = sampleRecord(
  '2d9e3f4a-5b6c-4d7e-8f90-a1b2c3d4e5f6',
  'T-77',
  'Ffion Jones',
);

let lrs: LrsServer;
beforeAll(async () => {
  lrs = await startLrs();
});
afterAll(async () => {
  await lrs?.stop();
});

describe('the LRS address as the lead gives it', () => {
  it.each(['', '/', '//', '/statements', '/statements/'])(
    'the base followed by "%s" reaches the LRS',
    async (tail) => {
      const statements = recordToStatements(RECORD, OPTIONS);
      const result = await sendStatements(statements, {
        endpoint: `${lrs.endpoint}${tail}`,
        ...CREDENTIALS,
      });
      expect(result.sent + result.alreadyStored).toBe(statements.length);
    },
  );

  it('an address where the LRS has no statements resource says the address is wrong, naming it', async () => {
    const wrong = lrs.endpoint.replace(/\/xAPI$/, '/lrs/api');
    const error = await sendStatements(recordToStatements(RECORD, OPTIONS), {
      endpoint: wrong,
      ...CREDENTIALS,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'xapi.notFound',
      i18nKey: 'errors.xapi.notFound',
      details: { status: 404, address: `${wrong}/statements` },
    });
  });
});
