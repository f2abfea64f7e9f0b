import { channelOf, OPERATION_NAMES } from './channels';
import type { EsafetyApi } from './contract';

/** How a call reaches main: `ipcRenderer.invoke` in Electron, an exposed function in e2e tests. */
export type Transport = (channel: string, input: unknown) => Promise<unknown>;

/**
 * Builds the object the preload exposes. Each operation gets its own named method bound to its
 * own channel, so the renderer can never name a channel itself.
 */
export function createApi(transport: Transport): EsafetyApi {
  const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const name of OPERATION_NAMES) {
    const channel = channelOf(name);
    api[name] = (input?: unknown) => transport(channel, input);
  }
  return api as EsafetyApi;
}
