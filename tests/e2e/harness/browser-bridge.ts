import { createApi } from '../../../common/ipc/create-api';
import type { EsafetyBridge } from '../../../common/ipc/bridge';

/**
 * The e2e stand-in for the preload: the same API factory, with Playwright's exposed binding as
 * the transport instead of ipcRenderer. Bundled to an init script by the global setup.
 */
declare global {
  interface Window {
    __esafetyInvoke: (channel: string, input: unknown) => Promise<unknown>;
  }
}

const bridge: EsafetyBridge = {
  ...createApi((channel, input) => window.__esafetyInvoke(channel, input)),
  // There is no native menu in a browser tab.
  onMenuCommand: () => () => undefined,
};

Object.defineProperty(window, 'esafety', { value: Object.freeze(bridge), writable: false });
