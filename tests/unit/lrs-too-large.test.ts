import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LrsSync } from '../../electron/services/lrs-sync/lrs-sync';
import { Outbox } from '../../electron/services/lrs-sync/outbox';
import { recordToStatements } from '../../electron/services/xapi/record-to-statements';
import type { XapiStatement } from '../../electron/services/xapi/xapi-statement';
import { manualClock, sampleRecord } from '../support/lrs-sync-fakes';
import { startLrs, type LrsServer } from '../support/lrs-server';
import { withTempDir } from './fixtures/temp-dir';
import { statementsHeld } from '../support/real-lrs-journeys';

/**
 * An LRS (or the proxy in front of it) that limits the size of a request answers 413. The device
 * must send smaller batches until each fits; a statement too large on its own is set aside with a
 * reason, never sent again and again, so everything queued behind it still reaches the LRS.
 */

const OPTIONS = {
  homePage: 'https://charity.example.org',
  activityBase: 'https://charity.example.org/xapi',
  passMarkPercent: 80,
};

let lrs: LrsServer;
let relay: Server | null = null;
const cleanups: (() => Promise<void>)[] = [];
beforeEach(async () => {
  lrs = await startLrs();
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  const open = relay;
  relay = null;
  if (open) await new Promise<void>((resolve) => open.close(() => resolve()));
  await lrs.stop();
});

/** Passes requests to the real LRS, but answers 413 (as nginx does) to a body over `limit` bytes. */
async function sizeLimitedRelay(limit: number): Promise<{ endpoint: string; sizes: number[] }> {
  const sizes: number[] = [];
  relay = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      void (async () => {
        const body = Buffer.concat(chunks);
        if (request.method === 'POST') sizes.push(body.length);
        if (body.length > limit) {
          response.writeHead(413, { 'content-type': 'text/html' });
          response.end('<html><h1>413 Request Entity Too Large</h1></html>');
          return;
        }
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
          body: request.method === 'POST' ? body : undefined,
        });
        response.writeHead(answer.status, { 'content-type': 'application/json' });
        response.end(Buffer.from(await answer.arrayBuffer()));
      })();
    });
  });
  await new Promise<void>((resolve) => relay!.listen(0, '127.0.0.1', resolve));
  const { port } = relay.address() as AddressInfo;
  return { endpoint: `http://127.0.0.1:${port}/xAPI`, sizes };
}

function recordStatements(n: number): XapiStatement[] {
  return recordToStatements(
    sampleRecord(`0b7c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c${n}`, `T${n}`, `Learner ${n}`),
    OPTIONS,
  );
}

/** A valid statement made far larger than the relay allows, by a long extension value. */
function oversized(statement: XapiStatement, bytes: number): XapiStatement {
  return {
    ...statement,
    context: {
      ...statement.context,
      extensions: {
        ...statement.context?.extensions,
        'https://charity.example.org/xapi/extensions/notes': 'x'.repeat(bytes),
      },
    },
  };
}

async function syncThrough(endpoint: string, statements: XapiStatement[]) {
  const temp = await withTempDir();
  cleanups.push(temp.cleanup);
  const outbox = new Outbox(temp.dir);
  await outbox.enqueue(statements);
  const sync = new LrsSync({
    outbox,
    connection: async () => ({ endpoint, username: 'k', password: 's3cret' }),
    clock: manualClock().clock,
  });
  cleanups.push(() => sync.stop());
  return sync;
}

describe('an LRS that answers 413 (too large) to a batch', () => {
  it('is sent smaller batches until each fits, and holds every statement', async () => {
    const statements = [1, 2, 3].flatMap(recordStatements);
    const largest = Math.max(...statements.map((s) => JSON.stringify([s]).length));
    // Two statements fit in one request, three never do: the batch of all must be split twice.
    const { endpoint, sizes } = await sizeLimitedRelay(Math.floor(largest * 2.5));
    const sync = await syncThrough(endpoint, statements);

    const status = await sync.sendNow();

    expect(status.lastError).toBeNull();
    expect(status.queueLength).toBe(0);
    expect(status.setAside).toEqual([]);
    expect(sizes.length).toBeGreaterThan(1);
    const ids = (await statementsHeld(lrs)).map((s) => s.id).sort();
    expect(ids).toEqual(statements.map((s) => s.id).sort());
  });

  it('a statement too large on its own is set aside with a reason, and the queue moves on', async () => {
    const [before, after] = [recordStatements(1), recordStatements(2)];
    const limit = 4_000;
    const huge = oversized(after[0]!, limit * 2);
    const queued = [...before, huge, ...after.slice(1)];
    const { endpoint } = await sizeLimitedRelay(limit);
    const sync = await syncThrough(endpoint, queued);

    const status = await sync.sendNow();

    expect(status.lastError).toBeNull();
    expect(status.queueLength).toBe(0);
    expect(status.nextAttemptAt).toBeNull();
    expect(status.setAside).toEqual([
      expect.objectContaining({
        statementId: huge.id,
        status: 413,
        i18nKey: 'errors.xapi.tooLarge',
      }),
    ]);
    const ids = (await statementsHeld(lrs)).map((s) => s.id).sort();
    expect(ids).toEqual(
      queued
        .filter((s) => s.id !== huge.id)
        .map((s) => s.id)
        .sort(),
    );

    // Set aside for good: a later run does not try it again.
    const again = await sync.sendNow();
    expect(again.setAside).toHaveLength(1);
    expect(again.queueLength).toBe(0);
  });
});
