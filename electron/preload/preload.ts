import { contextBridge, ipcRenderer } from 'electron';
import type { EsafetyBridge } from '../../common/ipc/bridge';
import { createApi } from '../../common/ipc/create-api';
import { isMenuCommand, MENU_COMMAND_CHANNEL } from '../../common/ipc/menu-commands';

// The renderer gets one named method per operation and nothing else: no ipcRenderer, no channel.
const bridge = {
  ...createApi((channel, input) => ipcRenderer.invoke(channel, input)),
  onMenuCommand(listener) {
    const forward = (_event: unknown, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
  },
} satisfies EsafetyBridge;

contextBridge.exposeInMainWorld('esafety', bridge);
