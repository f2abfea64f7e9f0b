import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { retryDelay } from '../../electron/services/lrs-sync/backoff';
import { LrsSync } from '../../electron/services/lrs-sync/lrs-sync';
import { OUTBOX_FILE, Outbox } from '../../electron/services/lrs-sync/outbox';
import { recordToStatements } from '../../electron/services/xapi/record-to-statements';
import { manualClock, sampleRecord, scriptedLrs } from '../support/lrs-sync-fakes';

const OPTIONS = {
  homePage: 'https://charity.example.org',
  activityBase: 'https://charity.example.org/xapi',
  passMarkPercent: 80,
};
const CONNECTION = { endpoint: 'https://lrs.example.org/xAPI', username: 'k', password: 's3cret' };
const statementsOf = (n: number) =>
  recordToStatements(
    sampleRecord(`0b7c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c${n}`, `T${n}`, `Learner ${n}`),
    OPTIONS,
  );

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'esafety-outbox-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the LRS outbox on disk', () => {
  it('queued statements are still there, in order, after the app restarts', async () => {
    const first = statementsOf(1);
    const second = statementsOf(2);
    await new Outbox(dir).enqueue(first);
    await new Outbox(dir).enqueue(second);
    const pending = await new Outbox(dir).pending();
    expect(pending.map((line) => line.statement.id)).toEqual(
      [...first, ...second].map((s) => s.id),
    );
    expect(pending.map((line) => line.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('what the LRS acknowledged is not sent again after a restart, and the file shrinks', async () => {
    const outbox = new Outbox(dir);
    await outbox.enqueue([...statementsOf(1), ...statementsOf(2)]);
    await outbox.acknowledge(3);
    const reopened = new Outbox(dir);
    expect((await reopened.pending()).map((line) => line.seq)).toEqual([4, 5, 6, 7, 8]);
    await reopened.acknowledge(8);
    expect(await readFile(join(dir, OUTBOX_FILE), 'utf8')).toBe('');
    // Numbering carries on after compaction, so the order stays clear.
    await reopened.enqueue(statementsOf(3));
    expect((await new Outbox(dir).pending()).map((line) => line.seq)).toEqual([9, 10, 11, 12]);
  });

  it('a line cut short by a crash is skipped and the next statement starts on its own line', async () => {
    await new Outbox(dir).enqueue(statementsOf(1));
    await appendFile(join(dir, OUTBOX_FILE), '{"seq":5,"statement":{"id":"0b7c');
    const outbox = new Outbox(dir);
    expect(await outbox.size()).toBe(4);
    await outbox.enqueue(statementsOf(2));
    expect(await new Outbox(dir).size()).toBe(8);
  });
});

describe('sending the outbox in the background', () => {
  it('sends everything queued in order, in batches, and empties the queue', async () => {
    const outbox = new Outbox(dir);
    const all = [...statementsOf(1), ...statementsOf(2)];
    await outbox.enqueue(all);
    const lrs = scriptedLrs();
    const sync = new LrsSync({
      outbox,
      connection: async () => CONNECTION,
      fetch: lrs.fetch,
      batchSize: 3,
    });
    const status = await sync.sendNow();
    expect(lrs.received.map((batch) => batch.length)).toEqual([3, 3, 2]);
    expect(lrs.received.flat().map((s) => s.id)).toEqual(all.map((s) => s.id));
    expect(status).toMatchObject({ queueLength: 0, connected: true, lastError: null });
    expect(status.lastSuccessAt).not.toBeNull();
  });

  it('with no LRS set up, statements wait in the queue and nothing is sent', async () => {
    const outbox = new Outbox(dir);
    await outbox.enqueue(statementsOf(1));
    const lrs = scriptedLrs();
    const sync = new LrsSync({ outbox, connection: async () => null, fetch: lrs.fetch });
    expect(await sync.sendNow()).toMatchObject({ configured: false, queueLength: 4 });
    expect(lrs.received).toEqual([]);
  });

  it('an LRS that is down is tried again later, each wait longer, until it answers', async () => {
    const outbox = new Outbox(dir);
    await outbox.enqueue(statementsOf(1));
    const lrs = scriptedLrs(['offline', 503, 'offline']);
    const time = manualClock();
    const sync = new LrsSync({
      outbox,
      connection: async () => CONNECTION,
      fetch: lrs.fetch,
      clock: time.clock,
      random: () => 0,
      retry: { baseMs: 1000, maxMs: 60_000 },
    });
    const down = await sync.sendNow();
    expect(down).toMatchObject({ connected: false, queueLength: 4 });
    expect(down.lastError).toMatchObject({
      code: 'xapi.unreachable',
      details: { host: 'lrs.example.org' },
    });
    expect(time.pending()).toEqual([500]);
    // A new statement while waiting does not jump the wait.
    sync.kick();
    expect(time.pending()).toEqual([500]);
    time.fireNext();
    await vi.waitFor(() => expect(time.pending()).toEqual([1000]));
    time.fireNext();
    await vi.waitFor(() => expect(time.pending()).toEqual([2000]));
    time.fireNext();
    await vi.waitFor(async () => expect(await outbox.size()).toBe(0));
    const back = await sync.status();
    expect(back).toMatchObject({ connected: true, lastError: null, nextAttemptAt: null });
    expect(lrs.received.flat()).toHaveLength(4);
  });

  it('a statement the LRS refuses is set aside with its reason and the rest still go', async () => {
    const outbox = new Outbox(dir);
    const all = statementsOf(1);
    await outbox.enqueue(all);
    // The batch is refused, then one by one: the second statement is the bad one.
    const lrs = scriptedLrs([400, 200, 400, 200, 200]);
    const sync = new LrsSync({ outbox, connection: async () => CONNECTION, fetch: lrs.fetch });
    const status = await sync.sendNow();
    expect(status.queueLength).toBe(0);
    expect(status.setAside).toEqual([
      expect.objectContaining({
        statementId: all[1]!.id,
        status: 400,
        reason: 'Problem in statement: verb.id is not an IRI',
      }),
    ]);
    expect(lrs.received.flat().map((s) => s.id)).toEqual([all[0]!.id, all[2]!.id, all[3]!.id]);
    // Never retried: a second run sends nothing more.
    await sync.sendNow();
    expect(lrs.received.flat()).toHaveLength(3);
  });

  it('a statement the LRS already holds (409) counts as sent', async () => {
    const outbox = new Outbox(dir);
    await outbox.enqueue(statementsOf(1).slice(0, 1));
    const lrs = scriptedLrs([409, 409]);
    const sync = new LrsSync({ outbox, connection: async () => CONNECTION, fetch: lrs.fetch });
    expect(await sync.sendNow()).toMatchObject({ queueLength: 0, setAside: [], connected: true });
  });

  it('a wrong key is shown as a refusal and the statements keep waiting', async () => {
    const outbox = new Outbox(dir);
    await outbox.enqueue(statementsOf(1));
    const lrs = scriptedLrs([401]);
    const time = manualClock();
    const sync = new LrsSync({
      outbox,
      connection: async () => CONNECTION,
      fetch: lrs.fetch,
      clock: time.clock,
    });
    const status = await sync.sendNow();
    expect(status.lastError?.code).toBe('xapi.unauthorised');
    expect(status.queueLength).toBe(4);
    expect(JSON.stringify(status)).not.toContain('s3cret');
  });
});

describe('the wait between tries', () => {
  it.each([
    [1, 0, 1000],
    [1, 1, 2000],
    [2, 0, 2000],
    [3, 0.5, 6000],
    [20, 0, 30_000],
    [20, 1, 60_000],
    [1e6, 1, 60_000],
  ])('after %i failures with jitter %f the wait is %i ms', (failures, random, expected) => {
    expect(retryDelay(failures, { baseMs: 2000, maxMs: 60_000 }, () => random)).toBe(expected);
  });
});
