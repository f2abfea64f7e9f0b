/// <reference types="vite/client" />
import type { EsafetyBridge } from '../common/ipc/bridge';

declare global {
  interface Window {
    /** Exposed by the preload (or by the e2e harness through the same API factory). */
    esafety: EsafetyBridge;
  }
}
