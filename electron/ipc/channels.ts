/**
 * Every IPC operation's name, in one `as const` list. The channel is derived from the name, so the
 * preload can build its API from this list alone, without bundling the schemas (zod) into it.
 * `contract.ts` checks that the operations it defines are exactly these.
 */
export const OPERATION_NAMES = ['getAppInfo', 'getSettings', 'setLocale', 'getContent'] as const;

export type OperationName = (typeof OPERATION_NAMES)[number];

export const channelOf = (name: OperationName) => `esafety:${name}` as const;
