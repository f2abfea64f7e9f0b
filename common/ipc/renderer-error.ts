/**
 * What the renderer sends main about an error it did not handle. Kept apart from the operation's
 * zod schema so the renderer's first load can use the limits without bringing in zod.
 */
export interface RendererError {
  name: string;
  message: string;
  stack: string;
}

/** Bounded, so a runaway error cannot send main a megabyte per call. */
export const RENDERER_ERROR_LIMITS: Readonly<Record<keyof RendererError, number>> = {
  name: 100,
  message: 1000,
  stack: 6000,
};
