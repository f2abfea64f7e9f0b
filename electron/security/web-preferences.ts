/**
 * The renderer's web preferences, kept apart from Electron so a test can pin every one of them.
 * The renderer gets no Node, runs sandboxed in an isolated world, and talks to main only through
 * the preload's API. An installed app has no developer tools: on a shared device they would let
 * anyone read the page's state or call the API by hand.
 */
export function secureWebPreferences(preloadPath: string, { isPackaged }: { isPackaged: boolean }) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: !isPackaged,
  } as const;
}
