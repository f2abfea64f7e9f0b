import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { learnerKeyFor } from '../../electron/services/analytics/answer-event';
import { canonicalJson, sha256Hex } from '../../electron/services/ledger/canonical-json';
import { ProgressStore } from '../../electron/services/learning/progress-store';
import type { LearnerProgress } from '../../electron/services/learning/progress-schema';
import { withTempDir } from './fixtures/temp-dir';
import { bundledChild } from './fixtures/bundled-child';

const CHILD = fileURLToPath(new URL('./fixtures/learner-steps-child.ts', import.meta.url));
const ROUNDS = 25;
/**
 * Under load a child takes fewer steps before its kill; more rounds then, up to this many, so
 * the test always goes through at least ROUNDS acknowledged steps, however busy the machine.
 */
const MAX_ROUNDS = 200;

interface Ack {
  updatedAt: string;
  digest: string;
}

/** Lets the learner go and SIGKILLs it at a random moment; resolves with what it acknowledged. */
function stepUntilKilled(script: string, dataDir: string, round: number): Promise<string[]> {
  const child = spawn(process.execPath, [script, dataDir, String(round)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (stdout === '' && chunk.startsWith('ready\n')) {
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 120);
      }
      stdout += chunk;
      if (stdout.includes('complete\n')) child.kill('SIGKILL');
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child ended by itself (${code}): ${stderr}`));
      const complete = stdout.slice(0, stdout.lastIndexOf('\n') + 1).split('\n');
      resolve(complete.filter((line) => line.startsWith('ack ') || line === 'complete'));
    });
    child.stdin.write('go\n');
  });
}

/** Whether a progress file for the learner is on disk, as the app would find it after a crash. */
async function progressOnDisk(dataDir: string, key: string): Promise<boolean> {
  const store = new ProgressStore(dataDir, () => new Date());
  const found = await store.readByLearner(key);
  await store.settle(key);
  return found !== undefined;
}

/** What the learner's screen was given of this progress (no name, email, key or PIN). */
function screenDigest(progress: LearnerProgress): string {
  const view: Partial<LearnerProgress> = { ...progress };
  delete view.learner;
  delete view.pin;
  delete view.learnerKey;
  return sha256Hex(canonicalJson(view));
}

describe("a learner's progress under sudden process death", () => {
  it(
    'keeps every step the learner was told was saved, and nothing that never happened, when killed at random',
    { timeout: 300_000 },
    async () => {
      const { dir, cleanup } = await withTempDir();
      try {
        const script = await bundledChild(CHILD, dir);
        const dataDir = join(dir, 'data');
        const key = learnerKeyFor('kit@example.org');
        let last: Ack | undefined;
        let acks = 0;
        let complete = false;
        const moreNeeded = (round: number) =>
          !complete && round < MAX_ROUNDS && (round < ROUNDS || acks <= ROUNDS);
        for (let round = 0; moreNeeded(round); round += 1) {
          // A round killed before the learner's start reached the disk has nothing to resume:
          // start again. One killed after it, but before its first acknowledgement, resumes.
          const clock = last || (await progressOnDisk(dataDir, key)) ? Math.max(round, 1) : 0;
          const lines = await stepUntilKilled(script, dataDir, clock);
          // The child's first step (start or resume) is at its round's thousandth second, + 1.
          let inFlight = Date.UTC(2026, 0, 1) + (clock * 1000 + 1) * 1000;
          for (const line of lines) {
            if (line === 'complete') complete = true;
            else {
              const [, updatedAt, digest] = line.split(' ');
              last = { updatedAt: updatedAt!, digest: digest! };
              inFlight = Date.parse(updatedAt!) + 1000;
              acks += 1;
            }
          }
          if (!last) continue;
          // As the app finds it after the crash: the file and the steps journaled since.
          const store = new ProgressStore(dataDir, () => new Date());
          const found = await store.readByLearner(key);
          await store.settle(key);
          expect(found).toBeDefined();
          if (found!.updatedAt === last.updatedAt) {
            expect(screenDigest(found!)).toBe(last.digest);
          } else {
            // The step being saved when the process died may have reached the disk; no more.
            expect(found!.updatedAt).toBe(new Date(inFlight).toISOString());
            last = { updatedAt: found!.updatedAt, digest: screenDigest(found!) };
          }
        }
        expect(acks).toBeGreaterThan(ROUNDS);
      } finally {
        await cleanup();
      }
    },
  );
});
