import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LrsSync } from '../../electron/services/lrs-sync/lrs-sync';
import { Outbox } from '../../electron/services/lrs-sync/outbox';
import { recordToStatements } from '../../electron/services/xapi/record-to-statements';
import { manualClock, sampleRecord } from '../support/lrs-sync-fakes';
import { startLrs, type LrsServer } from '../support/lrs-server';
import { withTempDir } from './fixtures/temp-dir';
import { statementsHeld } from '../support/real-lrs-journeys';

/**
 * The worst moment for the network to fail: the LRS has stored a batch, and its answer never
 * reaches the device. The device cannot know, so it sends the batch again; the real LRS must
 * end up holding each statement once, and the device's queue must end empty.
 */

const OPTIONS = {
  homePage: 'https://charity.example.org',
  activityBase: 'https://charity.example.org/xapi',
  passMarkPercent: 80,
};

let lrs: LrsServer;
let relay: Server;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  lrs = await startLrs();
});
afterEach(async () => {
  await new Promise<void>((resolve) => relay.close(() => resolve()));
  await cleanup();
  await lrs.stop();
});

/** Passes requests to the LRS; the first POST's answer is thrown away and its connection cut. */
async function answerLosingRelay(): Promise<{ endpoint: string; posts: () => number }> {
  let posts = 0;
  relay = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      void (async () => {
        const headers = Object.fromEntries(
          Object.entries(request.headers).filter(
            (entry): entry is [string, string] => typeof entry[1] === 'string',
          ),
        );
        delete headers.host;
        delete headers['content-length'];
        const answer = await fetch(`${lrs.endpoint.replace(/\/xAPI$/, '')}${request.url}`, {
          method: request.method,
          headers,
          body: request.method === 'POST' ? Buffer.concat(chunks) : undefined,
        });
        const body = Buffer.from(await answer.arrayBuffer());
        if (request.method === 'POST' && ++posts === 1) {
          request.socket.destroy();
          return;
        }
        response.writeHead(answer.status, { 'content-type': 'application/json' });
        response.end(body);
      })();
    });
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const { port } = relay.address() as AddressInfo;
  return { endpoint: `http://127.0.0.1:${port}/xAPI`, posts: () => posts };
}

describe('an LRS whose answer is lost after it stored a batch', () => {
  it('is sent the batch again, holds each statement once, and the queue empties', async () => {
    const temp = await withTempDir();
    cleanup = temp.cleanup;
    const { endpoint, posts } = await answerLosingRelay();
    const outbox = new Outbox(temp.dir);
    const statements = [1, 2].flatMap((n) =>
      recordToStatements(
        sampleRecord(`0b7c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c${n}`, `T${n}`, `Learner ${n}`),
        OPTIONS,
      ),
    );
    await outbox.enqueue(statements);
    const time = manualClock();
    const sync = new LrsSync({
      outbox,
      connection: async () => ({ endpoint, username: 'k', password: 's3cret' }),
      clock: time.clock,
    });

    const first = await sync.sendNow();
    expect(first.lastError?.code).toBe('xapi.unreachable');
    expect(first.queueLength).toBe(statements.length);
    // The LRS did store that batch, though the device never heard so.
    expect(await statementsHeld(lrs)).toHaveLength(statements.length);

    const second = await sync.sendNow();
    expect(second.lastError).toBeNull();
    expect(second.queueLength).toBe(0);
    expect(second.setAside).toEqual([]);
    expect(posts()).toBe(2);
    const ids = (await statementsHeld(lrs)).map((s) => s.id).sort();
    expect(ids).toEqual(statements.map((s) => s.id).sort());
    await sync.stop();
  });
});
