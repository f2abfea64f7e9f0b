import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LrsSync } from '../../electron/services/lrs-sync/lrs-sync';
import { Outbox } from '../../electron/services/lrs-sync/outbox';
import { SYNC_OUTCOME_FILE } from '../../electron/services/lrs-sync/sync-outcome-file';
import { recordToStatements } from '../../electron/services/xapi/record-to-statements';
import { manualClock, sampleRecord, scriptedLrs } from '../support/lrs-sync-fakes';

const CONNECTION = { endpoint: 'https://lrs.example.org/xAPI', username: 'k', password: 's3cret' };
const statements = (n: number) =>
  recordToStatements(
    sampleRecord(`0b7c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c${n}`, `T${n}`, `Learner ${n}`),
    {
      homePage: 'https://charity.example.org',
      activityBase: 'https://charity.example.org/xapi',
      passMarkPercent: 80,
    },
  );

let dir: string;
const running: LrsSync[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'esafety-outcome-'));
});
afterEach(async () => {
  for (const sync of running.splice(0)) await sync.stop();
  await rm(dir, { recursive: true, force: true });
});

/** One run of the app: a fresh outbox and sync on the same data folder. */
function appRun(lrs: ReturnType<typeof scriptedLrs>, start: string) {
  const sync = new LrsSync({
    outbox: new Outbox(dir),
    connection: async () => CONNECTION,
    fetch: lrs.fetch,
    clock: manualClock(start).clock,
    outcomeDir: dir,
  });
  running.push(sync);
  return sync;
}

describe('the LRS panel’s last success and last error', () => {
  it('the last error is still shown after the app restarts, with when it happened', async () => {
    await new Outbox(dir).enqueue(statements(1));
    const failed = await appRun(scriptedLrs(['offline']), '2026-06-01T09:00:00Z').sendNow();
    expect(failed.lastError).toMatchObject({ code: 'xapi.unreachable' });

    const restarted = await appRun(scriptedLrs(), '2026-06-04T08:00:00Z').status();
    expect(restarted.lastError).toEqual(failed.lastError);
    expect(restarted.lastError?.at).toBe('2026-06-01T09:00:00.000Z');
    expect(restarted.lastSuccessAt).toBeNull();
  });

  it('the last success is still shown after the app restarts, and clears the old error', async () => {
    await new Outbox(dir).enqueue(statements(1));
    await appRun(scriptedLrs(['offline']), '2026-06-01T09:00:00Z').sendNow();
    const sent = await appRun(scriptedLrs(), '2026-06-02T10:00:00Z').sendNow();
    expect(sent.lastSuccessAt).toBe('2026-06-02T10:00:00.000Z');

    const restarted = await appRun(scriptedLrs(), '2026-06-05T08:00:00Z').status();
    expect(restarted.lastSuccessAt).toBe('2026-06-02T10:00:00.000Z');
    expect(restarted.lastError).toBeNull();
  });

  it('a damaged status file reads as nothing sent yet, and the queue still goes', async () => {
    await writeFile(join(dir, SYNC_OUTCOME_FILE), '{"lastSuccessAt": 4');
    await new Outbox(dir).enqueue(statements(2));
    const sync = appRun(scriptedLrs(), '2026-06-01T09:00:00Z');
    expect(await sync.status()).toMatchObject({ lastSuccessAt: null, lastError: null });
    const sent = await sync.sendNow();
    expect(sent).toMatchObject({ queueLength: 0, lastSuccessAt: '2026-06-01T09:00:00.000Z' });
  });
});
