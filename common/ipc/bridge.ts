import type { EsafetyApi } from './contract';
import type { MenuCommand } from './menu-commands';

/** The whole of `window.esafety`: the contract's operations plus the menu-command listener. */
export type EsafetyBridge = EsafetyApi & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};
