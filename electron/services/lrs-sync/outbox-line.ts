import { z } from 'zod';
import type { XapiStatement } from '../xapi/xapi-statement';

/**
 * One queued statement. The statement itself is our own output, so only the fields the queue
 * relies on (an id, a timestamp) are checked; the LRS validates the rest.
 */
export const outboxLineSchema = z.object({
  seq: z.number().int().positive(),
  statement: z
    .looseObject({ id: z.uuid(), timestamp: z.string() })
    .transform((value) => value as unknown as XapiStatement),
});
export type OutboxLine = z.infer<typeof outboxLineSchema>;

/** The last statement the LRS has acknowledged (or that was set aside). */
export const outboxStateSchema = z.object({ ackedSeq: z.number().int().min(0) });
export type OutboxState = z.infer<typeof outboxStateSchema>;
