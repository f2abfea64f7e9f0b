import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ledger } from '../../electron/services/ledger/ledger';
import { TEST_LEDGER } from '../support/test-device-key';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';
import { bundledChild } from './fixtures/bundled-child';

const CHILD = fileURLToPath(new URL('./fixtures/ledger-append-child.ts', import.meta.url));
const MODES = ['single', 'batch', 'erase'] as const;
/** At least 100 kills: each round starts the writer afresh and kills it once. */
const ROUNDS = 120;

type Writer = ReturnType<typeof spawn>;

/** Starts a writer that loads its code and then waits for "go" (see the child). */
function startWriter(script: string, dataDir: string, mode: string): Writer {
  return spawn(process.execPath, [script, dataDir, mode], { stdio: ['pipe', 'pipe', 'pipe'] });
}

/**
 * Lets the writer go and SIGKILLs it at a random moment: sometimes while it is still opening
 * the ledger, usually within `window` ms of it starting to write, while writes are in flight. Resolves with the lines it printed whole
 * (each one an acknowledged change).
 */
function writeUntilKilled(child: Writer, window: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const kill = () => child.kill('SIGKILL');
    const killEarly = Math.random() < 0.15;
    if (killEarly) setTimeout(kill, Math.random() * 60);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      if (!killEarly && stdout === '' && chunk.startsWith('ready\n')) {
        setTimeout(kill, Math.random() * window);
      }
      stdout += chunk;
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child ended by itself (${code}): ${stderr}`));
      const complete = stdout.slice(0, stdout.lastIndexOf('\n') + 1).split('\n');
      resolve(complete.filter((line) => line !== '' && line !== 'ready'));
    });
    child.stdin!.write('go\n');
  });
}

describe('ledger under sudden process death', () => {
  it(
    'loses no acknowledged completion or erasure when killed at random during appends, batches and erasures',
    { timeout: 300_000 },
    async () => {
      const { dir, cleanup } = await withTempDir();
      try {
        const script = await bundledChild(CHILD, dir);
        const dataDir = join(dir, 'data');
        const added = new Set<string>();
        const erased = new Set<string>();
        let next = startWriter(script, dataDir, MODES[0]);
        for (let round = 0; round < ROUNDS; round += 1) {
          const writer = next;
          next = startWriter(script, dataDir, MODES[(round + 1) % 3]!);
          // An erasure rewrites the whole file, so its writer gets longer before the kill.
          const window = round % 3 === 2 ? 400 : 100;
          for (const line of await writeUntilKilled(writer, window)) {
            (line.startsWith('-') ? erased : added).add(line.slice(1));
          }
        }
        next.kill('SIGKILL');
        expect(added.size).toBeGreaterThan(ROUNDS);
        expect(erased.size).toBeGreaterThan(0);

        const ledger = await Ledger.open(dataDir, TEST_LEDGER);
        const problems = ledger.verification().problems;
        // At most the very last write can be torn, and that is the only finding allowed.
        expect(problems.filter((p) => p.nature !== 'truncated')).toEqual([]);
        expect(problems.length).toBeLessThanOrEqual(1);
        // Every acknowledged record is there: live, or erased (an erasure may have finished
        // on disk just before the kill stopped it being acknowledged).
        expect([...added].filter((id) => !ledger.findByRecordId(id))).toEqual([]);
        const live = new Set(ledger.liveRecords().map((r) => r.recordId));
        expect(
          [...added].filter((id) => live.has(id) === !ledger.findByRecordId(id)?.record),
        ).toEqual([]);
        // Every acknowledged erasure stayed done.
        expect([...erased].filter((id) => ledger.findByRecordId(id)?.record !== null)).toEqual([]);

        const after = sampleRecord();
        await ledger.appendCompletion(after);
        const reopened = await Ledger.open(dataDir, TEST_LEDGER);
        expect(reopened.findByRecordId(after.recordId)?.problems).toEqual([]);
        expect(reopened.verification()).toEqual({ ok: true, problems: [] });
      } finally {
        await cleanup();
      }
    },
  );
});
