import { z } from 'zod';
import { operation } from '../operation';
import { RENDERER_ERROR_LIMITS, type RendererError } from '../renderer-error';

/**
 * An error the renderer did not handle, for main's log file. Main keeps only what its log-line
 * rule allows (class, i18n-key messages, file-name stack frames), never names or contacts.
 */
export const rendererErrorSchema = z
  .object({
    name: z.string().max(RENDERER_ERROR_LIMITS.name),
    message: z.string().max(RENDERER_ERROR_LIMITS.message),
    stack: z.string().max(RENDERER_ERROR_LIMITS.stack),
  })
  .strict() satisfies z.ZodType<RendererError>;

export const diagnosticsOperations = {
  reportRendererError: operation<null>('learner')(rendererErrorSchema),
};
