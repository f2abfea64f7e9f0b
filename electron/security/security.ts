import { app, shell, type Session, type WebContents } from 'electron';
import { decideWindowOpen } from './url-rules';

/**
 * Applies Electron's security checklist to every session and web contents. The decisions
 * themselves are the pure rules in url-rules.ts; this file only wires them to Electron.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

export function hardenWebContents(contents: WebContents): void {
  // The app is a single page: it never navigates, not even to another page of its own.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) void shell.openExternal(url);
    return { action: decision.action };
  });
}

/** Hardens every web contents the app ever creates, including any it did not expect to. */
export function applyAppWideSecurity(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
