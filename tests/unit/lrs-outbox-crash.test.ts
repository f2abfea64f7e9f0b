import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUTBOX_STATE_FILE, Outbox } from '../../electron/services/lrs-sync/outbox';
import { withTempDir } from './fixtures/temp-dir';
import { bundledChild } from './fixtures/bundled-child';

const CHILD = fileURLToPath(new URL('./fixtures/outbox-writer-child.ts', import.meta.url));
const ROUNDS = 40;

/** Lets the writer go and SIGKILLs it at a random moment; resolves with the lines it printed whole. */
function writeUntilKilled(script: string, dataDir: string): Promise<string[]> {
  const child = spawn(process.execPath, [script, dataDir], { stdio: ['pipe', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (stdout === '' && chunk.startsWith('ready\n')) {
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 150);
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
    child.stdin.write('go\n');
  });
}

describe('the LRS outbox under sudden process death', () => {
  it(
    'keeps every statement queued and not yet acknowledged, once each and in order, when killed at random',
    { timeout: 300_000 },
    async () => {
      const { dir, cleanup } = await withTempDir();
      try {
        const script = await bundledChild(CHILD, dir);
        const dataDir = join(dir, 'data');
        const queued = new Map<number, string>();
        let printedAck = 0;
        for (let round = 0; round < ROUNDS; round += 1) {
          for (const line of await writeUntilKilled(script, dataDir)) {
            if (line.startsWith('ack ')) printedAck = Math.max(printedAck, Number(line.slice(4)));
            else {
              const [seq, id] = line.slice(1).split(' ');
              // A number is never given twice, even across kills and rewrites.
              expect(queued.has(Number(seq))).toBe(false);
              queued.set(Number(seq), id!);
            }
          }
        }
        expect(queued.size).toBeGreaterThan(ROUNDS);
        const state = JSON.parse(await readFile(join(dataDir, OUTBOX_STATE_FILE), 'utf8')) as {
          ackedSeq: number;
        };
        expect(state.ackedSeq).toBeGreaterThanOrEqual(printedAck);
        const pending = await new Outbox(dataDir).pending();
        const seqs = pending.map((line) => line.seq);
        expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
        expect(new Set(seqs).size).toBe(seqs.length);
        const waiting = new Map(pending.map((line) => [line.seq, line.statement.id]));
        for (const [seq, id] of queued) {
          if (seq > state.ackedSeq) expect(waiting.get(seq)).toBe(id);
        }
      } finally {
        await cleanup();
      }
    },
  );
});
