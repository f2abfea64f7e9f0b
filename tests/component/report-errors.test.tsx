// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { RendererError } from '../../common/ipc/renderer-error';
import { MAX_REPORTED_ERRORS, reportUncaughtErrors } from '../../renderer/app/report-errors';

/** Reports are sent on the next microtask, outside the error handler. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function listen() {
  const target = new EventTarget() as unknown as Window;
  const sent: RendererError[] = [];
  reportUncaughtErrors(target, async (report) => sent.push(report));
  return { target, sent };
}

describe('the renderer’s unhandled errors reach main’s log', () => {
  it('sends an uncaught error’s class, message and stack', async () => {
    const { target, sent } = listen();
    const error = new TypeError('x is undefined');
    target.dispatchEvent(new ErrorEvent('error', { error, message: error.message }));
    await settle();
    expect(sent).toEqual([{ name: 'TypeError', message: 'x is undefined', stack: error.stack }]);
  });

  it('sends an unhandled promise rejection, even one that is not an Error', async () => {
    const { target, sent } = listen();
    const event = Object.assign(new Event('unhandledrejection'), { reason: 'a bare string' });
    target.dispatchEvent(event);
    await settle();
    expect(sent).toEqual([{ name: 'string', message: '', stack: '' }]);
  });

  it('clips a huge stack to what the IPC contract accepts', async () => {
    const { target, sent } = listen();
    const error = Object.assign(new Error('big'), { stack: 'at x\n'.repeat(10_000) });
    target.dispatchEvent(new ErrorEvent('error', { error }));
    await settle();
    expect(sent[0]?.stack.length).toBe(6000);
  });

  it('stops after twenty, so an error thrown on every frame cannot fill the log', async () => {
    const { target, sent } = listen();
    for (let i = 0; i < 50; i++) {
      target.dispatchEvent(new ErrorEvent('error', { error: new Error(`frame ${i}`) }));
    }
    await settle();
    expect(sent).toHaveLength(MAX_REPORTED_ERRORS);
  });

  it('never throws from the handler when main cannot be reached', async () => {
    const target = new EventTarget() as unknown as Window;
    reportUncaughtErrors(target, () => Promise.reject(new Error('no bridge')));
    expect(() =>
      target.dispatchEvent(new ErrorEvent('error', { error: new Error('x') })),
    ).not.toThrow();
  });
});
