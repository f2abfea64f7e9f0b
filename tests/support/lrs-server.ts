import { fork, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Starts the real Learning Locker xAPI service (`xapi-statements`) in memory/test mode on a free
 * port in 18000-18999, so xAPI tests talk to a genuine LRS over HTTP. Its logs and access-log
 * directory go to a temp dir, never into the repository.
 */

const LRS_ENTRY = fileURLToPath(
  new URL('../../node_modules/xapi-statements/dist/index.js', import.meta.url),
);
const READY_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 5_000;
const PORT_ATTEMPTS = 5;

export interface LrsServer {
  /** The xAPI base, e.g. `http://127.0.0.1:18123/xAPI`. */
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

export async function startLrs(): Promise<LrsServer> {
  let lastError: unknown;
  for (let attempt = 0; attempt < PORT_ATTEMPTS; attempt += 1) {
    const port = await freePort();
    const workDir = await mkdtemp(join(tmpdir(), 'esafety-lrs-'));
    try {
      const child = await launch(port, workDir);
      return {
        endpoint: `http://127.0.0.1:${port}/xAPI`,
        port,
        stop: async () => {
          await stopChild(child);
          await rm(workDir, { recursive: true, force: true });
        },
      };
    } catch (error) {
      // Another process may have taken the port between our probe and the LRS binding it.
      lastError = error;
      await rm(workDir, { recursive: true, force: true });
    }
  }
  throw new Error(`LRS did not start: ${String(lastError)}`);
}

function launch(port: number, workDir: string): Promise<ChildProcess> {
  const child = fork(LRS_ENTRY, [], {
    cwd: workDir,
    silent: true,
    env: {
      PATH: process.env.PATH ?? '',
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'memory',
      EXPRESS_PORT: String(port),
      EXPRESS_MORGAN_DIRECTORY: join(workDir, 'access-logs'),
      FS_LOCAL_STORAGE_DIR: join(workDir, 'storage'),
      WINSTON_CONSOLE_LEVEL: 'error',
    },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`LRS not ready after ${READY_TIMEOUT_MS} ms: ${output.slice(-2000)}`));
    }, READY_TIMEOUT_MS);
    // The service calls process.send('ready') once it is listening (it was forked with IPC).
    child.on('message', (message) => {
      if (message !== 'ready') return;
      clearTimeout(timer);
      resolve(child);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`LRS exited with ${String(code)}: ${output.slice(-2000)}`));
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

async function freePort(): Promise<number> {
  for (let probe = 0; probe < 200; probe += 1) {
    const port = 18000 + Math.floor(Math.random() * 1000);
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port in 18000-18999');
}
