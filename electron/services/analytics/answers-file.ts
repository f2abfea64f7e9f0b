import { open, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';
import { fileStamp, readTextIfExists, writeAllAt } from '../fs/file-system';
import { answerEventSchema, type AnswerEvent } from './answer-event';

export const ANSWERS_FILE = 'answers.jsonl';

export function answersPath(dataDir: string): string {
  return join(dataDir, ANSWERS_FILE);
}

/** A line that could not be read back; reported so the lead knows, never silently dropped. */
export interface SkippedLine {
  lineNumber: number;
  reason: 'not-json' | 'invalid-event';
}

export interface AnswersReadResult {
  events: AnswerEvent[];
  skipped: SkippedLine[];
}

// Appends and the erasure rewrite must not interleave, or an answer written during the rewrite
// would vanish. One queue per file is enough because only the main process writes it.
const queues = new Map<string, Promise<unknown>>();
function serial<T>(path: string, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(path) ?? Promise.resolve()).then(task, task);
  queues.set(
    path,
    run.catch(() => undefined),
  );
  return run;
}

/**
 * The answers file kept open between answers, with its size after our last append: opening it,
 * and reading its last byte, on every answer cost more than the append itself. Its identity is
 * checked on each append, so a file rewritten (erasure) or changed from outside is reopened.
 */
interface OpenAnswers {
  handle: FileHandle;
  ino: number;
  size: number;
}
const opened = new Map<string, OpenAnswers>();

async function openForAppend(path: string): Promise<OpenAnswers> {
  const held = opened.get(path);
  const now = await stat(path).catch(() => null);
  if (held && now && now.ino === held.ino && now.size === held.size) return held;
  await closeAnswers(path);
  const handle = await open(path, 'a+', 0o600);
  try {
    const { ino, size } = await handle.stat();
    // If a crash cut the last line short, start on a fresh line so only that line is lost.
    const last = Buffer.alloc(1);
    if (size > 0) await handle.read(last, 0, 1, size - 1);
    if (size > 0 && last[0] !== 0x0a) await handle.write('\n');
    const fresh = { handle, ino, size: size > 0 && last[0] !== 0x0a ? size + 1 : size };
    opened.set(path, fresh);
    return fresh;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

async function closeAnswers(path: string): Promise<void> {
  const held = opened.get(path);
  opened.delete(path);
  await held?.handle.close().catch(() => undefined);
}

export async function appendAnswer(dataDir: string, event: AnswerEvent): Promise<void> {
  const parsed = answerEventSchema.safeParse(event);
  if (!parsed.success) throw new DomainError('answer-invalid', 'errors.analytics.invalidAnswer');
  const path = answersPath(dataDir);
  await serial(path, async () => {
    const file = await openForAppend(path);
    const line = Buffer.from(`${JSON.stringify(parsed.data)}\n`, 'utf8');
    try {
      await writeAllAt(file.handle, line, file.size);
      // The data and the size it needs to be read back: all an appended line has to survive.
      await file.handle.datasync();
    } catch (error) {
      await file.handle.truncate(file.size).catch(() => undefined);
      await closeAnswers(path);
      throw error;
    }
    file.size += line.length;
  });
}

export function parseAnswers(text: string): AnswersReadResult {
  const events: AnswerEvent[] = [];
  const skipped: SkippedLine[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      skipped.push({ lineNumber: index + 1, reason: 'not-json' });
      return;
    }
    const parsed = answerEventSchema.safeParse(json);
    if (parsed.success) events.push(parsed.data);
    else skipped.push({ lineNumber: index + 1, reason: 'invalid-event' });
  });
  return { events, skipped };
}

export async function readAnswers(dataDir: string): Promise<AnswersReadResult> {
  const path = answersPath(dataDir);
  return serial(path, async () => {
    // Read in turn with appends and the erasure rewrite, so what the stamp says is what is read.
    const stamp = await fileStamp(path);
    const kept = lastRead.get(path);
    if (kept && kept.stamp === stamp) return kept.result;
    const result = parseAnswers(await readTextIfExists(path));
    // Shared with every later reader until the file changes: nobody may change it.
    Object.freeze(result.events);
    Object.freeze(result.skipped);
    lastRead.set(path, { stamp, result });
    return result;
  });
}

/**
 * The answers file as last parsed, with its identity, size and time then: the lead's dashboard
 * and the evidence pack read it on every visit, and it only changes when a learner answers (an
 * append: a new size) or a person is erased (a rewrite: a new file).
 */
const lastRead = new Map<string, { stamp: string | null; result: AnswersReadResult }>();

/**
 * Erasure: rewrites the file without this learner's answers. A damaged line that still contains
 * the key goes too, since it may hold their data; other damaged lines are kept as they were.
 * Returns how many lines were removed.
 */
export async function removeAnswersFor(dataDir: string, learnerKey: string): Promise<number> {
  if (!/^[0-9a-f]{64}$/.test(learnerKey)) {
    throw new DomainError('answer-bad-learner-key', 'errors.analytics.badLearnerKey');
  }
  const path = answersPath(dataDir);
  return serial(path, async () => {
    const text = await readTextIfExists(path);
    if (text === '') return 0;
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    const kept = lines.filter((line) => !belongsTo(line, learnerKey));
    const removed = lines.length - kept.length;
    // The file is replaced: appends go to the new one, never to the old one left open.
    await closeAnswers(path);
    if (removed > 0) await writeFileAtomic(path, kept.map((line) => `${line}\n`).join(''));
    return removed;
  });
}

function belongsTo(line: string, learnerKey: string): boolean {
  try {
    const parsed = answerEventSchema.safeParse(JSON.parse(line));
    if (parsed.success) return parsed.data.learnerKey === learnerKey;
  } catch {
    // Not JSON: fall through to the text check.
  }
  return line.includes(learnerKey);
}
