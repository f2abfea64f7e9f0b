import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Ledger } from '../../electron/services/ledger/ledger';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';
import { TEST_LEDGER } from '../support/test-device-key';

const CHILD = fileURLToPath(new URL('./fixtures/ledger-append-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ROUNDS = 25;

/**
 * Runs the appending child and SIGKILLs it at a random moment: sometimes while it is still
 * starting or reading the ledger, usually while appends are in flight. Resolves with the record
 * ids the child saw acknowledged (complete stdout lines only).
 */
function appendUntilKilled(dataDir: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const kill = () => child.kill('SIGKILL');
    const killEarly = Math.random() < 0.2;
    if (killEarly) setTimeout(kill, Math.random() * 300);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (!killEarly && stdout === '' && chunk.startsWith('ready\n')) {
        setTimeout(kill, Math.random() * 200);
      }
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child ended by itself (${code}): ${stderr}`));
      const complete = stdout.slice(0, stdout.lastIndexOf('\n') + 1).split('\n');
      resolve(complete.filter((line) => line !== '' && line !== 'ready'));
    });
  });
}

describe('ledger under sudden process death', () => {
  it(
    'keeps every acknowledged completion when the app is killed at random moments',
    { timeout: 60_000 },
    async () => {
      const { dir, cleanup } = await withTempDir();
      try {
        const acknowledged: string[] = [];
        for (let round = 0; round < ROUNDS; round += 1) {
          acknowledged.push(...(await appendUntilKilled(dir)));
        }
        expect(acknowledged.length).toBeGreaterThan(ROUNDS);

        const ledger = await Ledger.open(dir, TEST_LEDGER);
        const problems = ledger.verification().problems;
        expect(problems.filter((p) => p.nature !== 'truncated')).toEqual([]);
        const stored = new Set(ledger.liveRecords().map((r) => r.recordId));
        expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
        expect(stored.size).toBe(ledger.liveRecords().length);

        const after = sampleRecord();
        await ledger.appendCompletion(after);
        const reopened = await Ledger.open(dir, TEST_LEDGER);
        expect(reopened.findByRecordId(after.recordId)?.problems).toEqual([]);
        expect(reopened.verification().problems).toEqual(problems);
      } finally {
        await cleanup();
      }
    },
  );
});
