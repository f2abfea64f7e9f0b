import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * The one stand-in for the `electron` module, shared by every test (tests/setup.ts registers it),
 * as Electron's own Fiddle does. Electron's binary cannot run here, so main-process wiring is
 * tested against this recorder: it keeps what main registered (IPC handlers, the protocol
 * handler, windows, menus, permission handlers) so a test can call them like Electron would.
 */
export const recorded = {
  ipcHandlers: new Map<string, (event: unknown, input: unknown) => unknown>(),
  protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
  privilegedSchemes: [] as unknown[],
  windows: [] as FakeBrowserWindow[],
  menus: [] as unknown[],
  openedExternally: [] as string[],
  /** Folders and files main asked the desktop to open (shell.openPath). */
  openedPaths: [] as string[],
  permissionRequestHandler: null as null | ((...args: unknown[]) => void),
  /** The options of every native file dialog main showed (titles, buttons, filters). */
  dialogOptions: [] as Record<string, unknown>[],
  calls: [] as string[],
};

const paths = new Map<string, string>();
class FakeApp extends EventEmitter {
  appPath = '';
  /** False as in `npm start`; a test of the installed app sets it before importing main. */
  isPackaged = false;
  commandLine = {
    appendSwitch: (name: string, value?: string) => recorded.calls.push(`switch:${name}=${value}`),
  };
  enableSandbox() {
    recorded.calls.push('enableSandbox');
  }
  requestSingleInstanceLock() {
    recorded.calls.push('requestSingleInstanceLock');
    return true;
  }
  whenReady() {
    return Promise.resolve();
  }
  getAppPath() {
    return this.appPath;
  }
  getPath(name: string) {
    return paths.get(name) ?? '';
  }
  setPath(name: string, value: string) {
    paths.set(name, value);
  }
  getName() {
    return 'E-safety Induction';
  }
  getVersion() {
    return '0.0.0-test';
  }
  quit() {
    recorded.calls.push('quit');
  }
}
export const app = new FakeApp();

export class FakeWebContents extends EventEmitter {
  mainFrame = { url: 'app://esafety/index.html' };
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  sent: unknown[][] = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(...args: unknown[]) {
    this.sent.push(args);
  }
}

export class FakeBrowserWindow extends EventEmitter {
  webContents = new FakeWebContents();
  loadedUrl = '';
  constructor(readonly options: Record<string, unknown>) {
    super();
    recorded.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show() {}
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
}
export const BrowserWindow = FakeBrowserWindow;

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.privilegedSchemes.push(...schemes),
  handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) =>
    recorded.protocolHandlers.set(scheme, handler),
};

export const net = {
  async fetch(url: string) {
    return new Response(await readFile(fileURLToPath(url)), {
      headers: { 'content-type': url.endsWith('.html') ? 'text/html' : 'application/octet-stream' },
    });
  },
};

export const ipcMain = {
  handle: (channel: string, handler: (event: unknown, input: unknown) => unknown) =>
    recorded.ipcHandlers.set(channel, handler),
  on: () => undefined,
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: (...args: unknown[]) => void) => {
      recorded.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler: () => undefined,
    setDevicePermissionHandler: () => undefined,
  },
};

export const Menu = {
  buildFromTemplate: (template: unknown) => template,
  setApplicationMenu: (menu: unknown) => recorded.menus.push(menu),
};

export const shell = {
  openExternal: async (url: string) => {
    recorded.openedExternally.push(url);
  },
  openPath: async (target: string) => {
    recorded.openedPaths.push(target);
    return '';
  },
};

/** Called as Electron is, with or without the parent window first: the options come last. */
const lastArgument = (args: unknown[]) => args[args.length - 1] as Record<string, unknown>;
export const dialog = {
  showSaveDialog: async (...args: unknown[]) => {
    recorded.dialogOptions.push(lastArgument(args));
    return { canceled: true };
  },
  showOpenDialog: async (...args: unknown[]) => {
    recorded.dialogOptions.push(lastArgument(args));
    return { canceled: true, filePaths: [] };
  },
};

/** The OS secret store, here with no keyring: the app must then warn, never fail. */
export const safeStorage = {
  isAsyncEncryptionAvailable: async () => false,
  getSelectedStorageBackend: () => 'basic_text',
  encryptStringAsync: async () => {
    throw new Error('encryption is not available');
  },
  decryptStringAsync: async () => {
    throw new Error('encryption is not available');
  },
};

export const contextBridge = { exposeInMainWorld: () => undefined };
export const ipcRenderer = { invoke: async () => undefined, on: () => undefined };

export default {
  app,
  BrowserWindow,
  protocol,
  net,
  ipcMain,
  session,
  Menu,
  shell,
  dialog,
  safeStorage,
  contextBridge,
  ipcRenderer,
};
