import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CSP_DIRECTIVES,
  SECURITY_HEADERS,
} from '../../electron/security/csp';
import { secureWebPreferences } from '../../electron/security/web-preferences';

const directive = (name: string) =>
  CONTENT_SECURITY_POLICY.split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([key]) => key === name)
    ?.slice(1);

describe('the content security policy', () => {
  it('allows scripts from the app only: no eval, no inline, no remote origin', () => {
    expect(directive('script-src')).toEqual(["'self'"]);
  });

  it('denies everything not named, and framing, plugins, base and form targets', () => {
    expect(directive('default-src')).toEqual(["'none'"]);
    expect(directive('object-src')).toEqual(["'none'"]);
    expect(directive('frame-ancestors')).toEqual(["'none'"]);
    expect(directive('base-uri')).toEqual(["'none'"]);
    expect(directive('form-action')).toEqual(["'none'"]);
  });

  it('names no remote origin and no unsafe keyword anywhere', () => {
    for (const sources of Object.values(CSP_DIRECTIVES)) {
      for (const source of sources) {
        expect(source).not.toMatch(/unsafe|https?:|\*|wss?:/);
      }
    }
  });

  it('connects only to the app itself (no network calls from the renderer)', () => {
    expect(directive('connect-src')).toEqual(["'self'"]);
  });

  it('is sent as a header with every response', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('the renderer’s web preferences', () => {
  it('isolate and sandbox the renderer with no Node access', () => {
    expect(secureWebPreferences('/p/preload.cjs', { isPackaged: true })).toMatchObject({
      preload: '/p/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('give an installed app no developer tools, and a development run its usual ones', () => {
    expect(secureWebPreferences('/p/preload.cjs', { isPackaged: true }).devTools).toBe(false);
    expect(secureWebPreferences('/p/preload.cjs', { isPackaged: false }).devTools).toBe(true);
  });
});
