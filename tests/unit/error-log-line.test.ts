import { describe, expect, it } from 'vitest';
import { errorLogLine } from '../../electron/main/error-log-line';
import { DomainError } from '../../electron/services/errors';

function errorWith(message: string, stack: string[], extra: Record<string, unknown> = {}) {
  return Object.assign(
    new Error(message),
    { stack: [`Error: ${message}`, ...stack].join('\n') },
    extra,
  );
}

describe('a log line for an error holds no personal data', () => {
  it.each([
    ['a learner’s name and email in the message', 'No record for Siân Llŵyd <sian@example.org>'],
    [
      'a path with the account name in it',
      "ENOENT: open 'C:\\Users\\rhodri.evans\\AppData\\x.json'",
    ],
    ['a staff id', 'Duplicate staff id ST-004512'],
    ['a message that mimics a key but has spaces', 'errors.x for Siân'],
  ])('%s is left out, the class and code kept', (_, message) => {
    const line = errorLogLine(
      'ipc esafety:leadRecords',
      errorWith(message, ['    at readRecord (/home/sian/esafety/dist/electron/main.mjs:120:7)'], {
        code: 'ENOENT',
      }),
    );
    expect(line).toBe('[ipc esafety:leadRecords] Error code=ENOENT at readRecord (main.mjs:120:7)');
  });

  it('keeps stack frames as function and file name only, whatever folder they ran from', () => {
    const line = errorLogLine(
      'renderer',
      errorWith('boom', [
        '    at onClick (app://esafety/assets/index-4f2a.js:1:2345)',
        '    at C:\\Users\\siân\\AppData\\Local\\Programs\\app\\resources\\app.asar\\dist\\electron\\main.mjs:9:1',
        '    at async Promise.all (index 0)',
      ]),
    );
    expect(line).toBe(
      '[renderer] Error at onClick (index-4f2a.js:1:2345) < main.mjs:9:1 < async Promise.all (?)',
    );
  });

  it('keeps the message of our own errors, which is only a code and an i18n key', () => {
    const error = new DomainError('settings-invalid', 'errors.settings.invalid', { path: 'x' });
    expect(errorLogLine('ipc esafety:leadUpdateSettings', error)).toMatch(
      /^\[ipc esafety:leadUpdateSettings\] DomainError code=settings-invalid "settings-invalid: errors.settings.invalid" at /,
    );
  });

  it('copes with things thrown that are not errors, and with forged names and codes', () => {
    expect(errorLogLine('main', 'Siân Llŵyd')).toBe('[main] string');
    expect(errorLogLine('main', null)).toBe('[main] null');
    expect(
      errorLogLine('main', {
        name: 'Siân <sian@example.org>',
        code: 'sian@example.org',
        stack: 42,
      }),
    ).toBe('[main] Error');
  });

  it('keeps at most eight frames', () => {
    const frames = Array.from({ length: 20 }, (_, i) => `    at f${i} (main.mjs:${i}:1)`);
    expect(errorLogLine('main', errorWith('x', frames)).split(' < ')).toHaveLength(8);
  });
});
