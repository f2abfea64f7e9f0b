import type { z } from 'zod';
import { channelOf, OPERATION_NAMES, type OperationName } from './channels';
import type { IpcResult, Operation } from './operation';
import { appOperations } from './operations/app-operations';
import { diagnosticsOperations } from './operations/diagnostics-operations';
import { evidenceOperations } from './operations/evidence-operations';
import { leadDataOperations } from './operations/lead-data-operations';
import { leadExportOperations } from './operations/lead-export-operations';
import { leadOperations } from './operations/lead-operations';
import { learningOperations } from './operations/learning-operations';
import { policyOperations } from './operations/policy-operations';
import { lrsSyncOperations } from './operations/lrs-sync-operations';
import { setupOperations } from './operations/setup-operations';
import { signingOperations } from './operations/signing-operations';

/**
 * The one IPC contract shared by main, preload and renderer. Each feature declares its operations
 * in `operations/`; they are gathered here, checked against the name list in `channels.ts`, so
 * every handler, preload method and renderer call is typed from the same source.
 */
export const operations = {
  ...appOperations,
  ...setupOperations,
  ...learningOperations,
  ...leadOperations,
  ...leadDataOperations,
  ...leadExportOperations,
  ...evidenceOperations,
  ...lrsSyncOperations,
  ...signingOperations,
  ...diagnosticsOperations,
  ...policyOperations,
} satisfies Record<OperationName, Operation<z.ZodType, unknown>>;

export type Operations = typeof operations;
export { channelOf, OPERATION_NAMES, type OperationName };

type InputOf<K extends OperationName> = z.input<Operations[K]['input']>;
export type ParsedInputOf<K extends OperationName> = z.output<Operations[K]['input']>;
export type ResultOf<K extends OperationName> =
  Operations[K] extends Operation<z.ZodType, infer R> ? R : never;

/** What the preload exposes as `window.esafety`: one method per operation. */
export type EsafetyApi = {
  [K in OperationName]: InputOf<K> extends void
    ? () => Promise<IpcResult<ResultOf<K>>>
    : (input: InputOf<K>) => Promise<IpcResult<ResultOf<K>>>;
};

// An operation defined here but missing from channels.ts (or the reverse) fails to compile.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const OPERATIONS_MATCH_CHANNELS: Exactly<keyof Operations, OperationName> = true;
