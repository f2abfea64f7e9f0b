/**
 * One log line for an error, with no personal data in it. The log file sits on a shared device
 * and may be sent to whoever supports the app, so a line keeps only what is code, never what is
 * data: the error's class, its code (`ENOENT`, `settings-invalid`), and its stack frames reduced to
 * function name and file name. The message is kept only when it is one of our i18n keys: any other
 * message may carry a learner's name or email, or a path with the user's account name in it.
 */

/** The parts of an error a log line may be made from (a main-process error, or a renderer's). */
export interface ErrorParts {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  stack?: unknown;
}

const MAX_FRAMES = 8;
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9]{0,59}$/;
const CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,59}$/;
// Our DomainError messages read `code: errors.area.key`; an i18n key alone is also safe.
const SAFE_MESSAGE = /^(?:[a-z][a-z0-9-]{0,59}: )?[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9-]+){1,6}$/;

export function errorLogLine(source: string, error: unknown): string {
  const parts: ErrorParts =
    typeof error === 'object' && error !== null
      ? (error as ErrorParts)
      : { name: error === null ? 'null' : typeof error };
  const name = typeof parts.name === 'string' && IDENTIFIER.test(parts.name) ? parts.name : 'Error';
  const pieces = [`[${tidySource(source)}]`, name];
  if (typeof parts.code === 'string' && CODE.test(parts.code)) pieces.push(`code=${parts.code}`);
  if (typeof parts.message === 'string' && SAFE_MESSAGE.test(parts.message)) {
    pieces.push(`"${parts.message}"`);
  }
  const frames = typeof parts.stack === 'string' ? stackFrames(parts.stack) : [];
  if (frames.length > 0) pieces.push(`at ${frames.join(' < ')}`);
  return pieces.join(' ');
}

/** V8 stack frames (`at fn (file:line:col)` or `at file:line:col`) as `fn (basename:line:col)`. */
function stackFrames(stack: string): string[] {
  const frames: string[] = [];
  for (const line of stack.split('\n')) {
    const match = /^\s*at (?:(.+?) \()?(.+?)(?::(\d+):(\d+))?\)?$/.exec(line);
    if (!match) continue;
    const [, fn, location, row, column] = match;
    const file = baseName(location ?? '');
    const where = row && column ? `${file}:${row}:${column}` : file;
    const func = fn ? tidyFunction(fn) : '';
    frames.push(func ? `${func} (${where})` : where);
    if (frames.length === MAX_FRAMES) break;
  }
  return frames;
}

/** The last path segment only: folders may hold a person's account name (C:\Users\siân\…). */
function baseName(location: string): string {
  const last = location.split(/[\\/]/).pop() ?? '';
  const clean = last.replace(/[?#].*$/, '');
  return /^[\w.@-]{1,80}$/.test(clean) ? clean : '?';
}

function tidyFunction(fn: string): string {
  return fn.replace(/[^\w.$<> ]/g, '').slice(0, 80);
}

function tidySource(source: string): string {
  return source.replace(/[^\w :-]/g, '').slice(0, 60);
}
