import { RENDERER_ERROR_LIMITS, type RendererError } from '../../common/ipc/renderer-error';

/** Enough to see what went wrong; a loop that throws on every frame must not fill the log. */
export const MAX_REPORTED_ERRORS = 20;

/**
 * Sends the renderer's unhandled errors (and unhandled promise rejections) to main's log. React 19
 * reports a render error it could not recover from on `window` too, so it arrives here as well.
 */
export function reportUncaughtErrors(
  target: Pick<Window, 'addEventListener'>,
  send: (report: RendererError) => Promise<unknown>,
): void {
  let reported = 0;
  const report = (error: unknown, fallbackMessage: string) => {
    if (reported >= MAX_REPORTED_ERRORS) return;
    reported += 1;
    const known = error instanceof Error ? error : null;
    const clip = (key: keyof RendererError, value: string) =>
      value.slice(0, RENDERER_ERROR_LIMITS[key]);
    const payload = {
      name: clip('name', known?.name ?? typeof error),
      message: clip('message', known?.message ?? fallbackMessage),
      stack: clip('stack', known?.stack ?? ''),
    };
    // Reporting must never throw or reject on its own: it runs inside the error handler, and
    // the bridge may be missing (the renderer opened outside the app).
    Promise.resolve()
      .then(() => send(payload))
      .catch(() => undefined);
  };
  target.addEventListener('error', (event) => report(event.error, event.message));
  target.addEventListener('unhandledrejection', (event) => report(event.reason, ''));
}
