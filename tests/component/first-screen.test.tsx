// @vitest-environment jsdom
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IpcResult } from '../../common/ipc/operation';
import type { Startup } from '../../common/ipc/operations/app-operations';
import { SettingsService } from '../../electron/services/settings/settings-service';
import { startFirstScreen } from '../../renderer/app/first-screen';
import { showFirstScreen } from '../../renderer/app/show-first-screen';
import { confSettingsSource } from '../support/conf-settings-source';

// What main.tsx and boot.tsx do at start-up, against main's real settings on a temp folder:
// whatever the first render shows must already be in words, never i18n keys, because there is
// no second render to fix it before someone sees it.

let dir: string;
let container: HTMLElement;
let root: Root | undefined;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esafety-first-screen-'));
  container = document.body.appendChild(document.createElement('div'));
  // No native menu in a test page; the app subscribes to it on mount.
  Object.defineProperty(window, 'esafety', {
    configurable: true,
    value: { onMenuCommand: () => () => undefined },
  });
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Main's start-up answer as its handler gives it (electron/ipc/handlers/app-handlers.ts). */
function startupFrom(settings: SettingsService): () => Promise<IpcResult<Startup>> {
  return async () => ({
    ok: true,
    value: {
      info: {
        name: 'E-safety Induction',
        version: '1.2.3',
        settingsRecoveredFrom: settings.recoveredFrom,
      },
      settings: settings.get(),
    },
  });
}

/** Starts as the app does and returns the text of the first render, read at once after it. */
async function firstRender(getStartup: () => Promise<IpcResult<Startup>>): Promise<string> {
  const first = await startFirstScreen(getStartup);
  root = createRoot(container);
  await showFirstScreen(root, first);
  return container.textContent ?? '';
}

/** Something shaped like an i18n key (`layout.brand`, `errors:settings.recovered`). */
const KEY_LIKE = /\b[a-z]+[A-Za-z]*[.:][a-z]+[A-Za-z]*\b/;

describe('the first screen', () => {
  it('is in English from its very first render on a new device', async () => {
    const settings = SettingsService.open(confSettingsSource(dir));
    const text = await firstRender(startupFrom(settings));
    expect(container.querySelector('h1')?.textContent).toBe(
      'Stay safe online, keep young people safe',
    );
    expect(text).toContain('This device has not been set up yet.');
    expect(text).toContain('E-safety Induction 1.2.3 · works offline on this device');
    expect(text).not.toMatch(KEY_LIKE);
    expect(document.documentElement.lang).toBe('en-GB');
  });

  it('is in Welsh from its very first render when Welsh was chosen', async () => {
    const settings = SettingsService.open(confSettingsSource(dir));
    settings.update({ locale: 'cy' });
    const text = await firstRender(startupFrom(settings));
    expect(container.querySelector('h1')?.textContent).toBe(
      'Byddwch yn ddiogel ar-lein, cadwch bobl ifanc yn ddiogel',
    );
    expect(text).toContain("Nid yw'r ddyfais hon wedi'i gosod eto.");
    expect(text).not.toMatch(KEY_LIKE);
    expect(document.documentElement.lang).toBe('cy');
  });

  it('says in words, in its first render, that damaged settings were kept aside', async () => {
    fs.writeFileSync(confSettingsSource(dir).path, '{ not json');
    const settings = SettingsService.open(confSettingsSource(dir));
    expect(settings.recoveredFrom).not.toBeNull();
    const text = await firstRender(startupFrom(settings));
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'The settings file was damaged or not in a form this app knows, so it was kept aside at ' +
        `${settings.recoveredFrom}. Every setting in it that could still be read was kept; the others are ` +
        'back to their defaults. The e-safety lead should check the settings.',
    );
    // The kept-aside file's path is the one dotted word that is meant to be there.
    expect(text.replace(settings.recoveredFrom ?? '', '')).not.toMatch(KEY_LIKE);
  });

  it('says in words, in its first render, that a set-up device has lost its settings', async () => {
    const settings = SettingsService.open(confSettingsSource(dir));
    const lost = async () => {
      const answer = await startupFrom(settings)();
      return answer.ok
        ? {
            ...answer,
            value: { ...answer.value, info: { ...answer.value.info, settingsLost: true } },
          }
        : answer;
    };
    const text = await firstRender(lost);
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(
      /^This device already has a lead passphrase, but its settings say it is not set up.*No training record was lost\./,
    );
    expect(text).not.toMatch(KEY_LIKE);
  });

  it('says in words that something went wrong when main cannot give the start-up state', async () => {
    const text = await firstRender(async () => {
      throw new Error('main is not answering');
    });
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'Something went wrong. Nothing you entered has been lost; please try again.',
    );
    expect(text).not.toMatch(KEY_LIKE);
  });
});
