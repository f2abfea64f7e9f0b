// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import cyCommon from '../../common/locales/cy/common.json';
import cyErrors from '../../common/locales/cy/errors.json';
import cyLrs from '../../common/locales/cy/lrs.json';
import enCommon from '../../common/locales/en-GB/common.json';
import enErrors from '../../common/locales/en-GB/errors.json';
import enLrs from '../../common/locales/en-GB/lrs.json';
import type { LrsSettingsView } from '../../common/lrs-sync/lrs-settings';
import type { LrsSyncStatus } from '../../common/lrs-sync/lrs-sync-status';
import { SettingsService } from '../../electron/services/settings/settings-service';
import { AppStateProvider } from '../../renderer/app/app-state';
import { NavigationContext } from '../../renderer/app/navigation';
import { LrsPanel } from '../../renderer/components/lead/LrsPanel';
import { confSettingsSource } from '../support/conf-settings-source';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'en-GB',
    resources: {
      'en-GB': { lrs: enLrs, common: enCommon, errors: enErrors },
      cy: { lrs: cyLrs, common: cyCommon, errors: cyErrors },
    },
    interpolation: { escapeValue: false },
  });
});

const NOT_SET_UP: LrsSettingsView = {
  configured: false,
  endpoint: '',
  key: '',
  activityBase: '',
  homePage: '',
  secretSaved: false,
  protection: 'os',
};
const OFFLINE: LrsSyncStatus = {
  configured: true,
  connected: false,
  sending: false,
  queueLength: 12,
  lastSuccessAt: null,
  lastError: {
    code: 'xapi.unreachable',
    i18nKey: 'errors.xapi.unreachable',
    details: { host: 'lrs.example.org' },
    at: '2026-06-01T09:00:00.000Z',
  },
  nextAttemptAt: '2026-06-01T09:02:00.000Z',
  setAside: [
    {
      statementId: '7a2d4b63-7c1f-4e8f-8b72-3a7d9e1f2b32',
      verb: 'http://adlnet.gov/expapi/verbs/answered',
      status: 400,
      reason: 'verb.id is not an IRI',
      at: '2026-06-01T08:00:00.000Z',
    },
  ],
  heldDifferently: 0,
  queueDamage: null,
};

function fakeApi(settings: LrsSettingsView, status: LrsSyncStatus) {
  const saved = { ...settings, configured: true, secretSaved: true };
  const api = {
    leadLrsSettings: vi.fn(async () => ({ ok: true, value: settings })),
    leadLrsStatus: vi.fn(async () => ({ ok: true, value: status })),
    leadSaveLrsSettings: vi.fn(async () => ({ ok: true, value: saved })),
    leadClearLrsSettings: vi.fn(async () => ({ ok: true, value: NOT_SET_UP })),
    leadLrsSendNow: vi.fn(async () => ({
      ok: true,
      value: { ...status, connected: true, queueLength: 0, lastError: null, nextAttemptAt: null },
    })),
    leadLrsCompletions: vi.fn(async () => ({ ok: true, value: [] })),
  };
  (window as unknown as { esafety: unknown }).esafety = api;
  return api;
}

function renderPanel() {
  const navigation = { screen: { name: 'lead-area', tab: 'lrs' } as const, go: vi.fn() };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esafety-lrs-panel-'));
  const settings = SettingsService.open(confSettingsSource(dir)).get();
  fs.rmSync(dir, { recursive: true, force: true });
  const info = { name: 'E-safety Induction', version: '0.0.0-test', settingsRecoveredFrom: null };
  return render(
    <NavigationContext.Provider value={navigation as never}>
      <AppStateProvider startup={{ info, settings }}>
        <LrsPanel />
      </AppStateProvider>
    </NavigationContext.Provider>,
  );
}

describe('the lead points this device at an LRS', () => {
  it('a plain-http address on another machine is refused on screen and nothing is saved', async () => {
    const api = fakeApi(NOT_SET_UP, { ...OFFLINE, configured: false, setAside: [] });
    renderPanel();
    await userEvent.type(
      await screen.findByLabelText('LRS address'),
      'http://lrs.example.org/xAPI',
    );
    await userEvent.type(screen.getByLabelText('Key (username)'), 'riverside-key');
    await userEvent.type(screen.getByLabelText('Secret (password)'), 'riverside-secret');
    await userEvent.type(
      screen.getByLabelText('Base address for activities'),
      'https://riverside.example.org/xapi',
    );
    await userEvent.type(
      screen.getByLabelText('Organisation web address'),
      'https://riverside.example.org',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save connection' }));
    expect(screen.getByLabelText('LRS address')).toHaveAttribute('aria-invalid', 'true');
    expect(api.leadSaveLrsSettings).not.toHaveBeenCalled();

    await userEvent.clear(screen.getByLabelText('LRS address'));
    await userEvent.type(screen.getByLabelText('LRS address'), 'https://lrs.example.org/xAPI');
    // Saved from the keyboard: Enter in the last field submits the form.
    await userEvent.type(screen.getByLabelText('Organisation web address'), '{Enter}');
    expect(api.leadSaveLrsSettings).toHaveBeenCalledWith({
      endpoint: 'https://lrs.example.org/xAPI',
      key: 'riverside-key',
      secret: 'riverside-secret',
      activityBase: 'https://riverside.example.org/xapi',
      homePage: 'https://riverside.example.org',
    });
    expect(await screen.findByText(enLrs.settings.saved)).toBeVisible();
  });

  it('a computer that cannot encrypt the secret shows a warning', async () => {
    fakeApi({ ...NOT_SET_UP, protection: 'none' }, { ...OFFLINE, configured: false });
    renderPanel();
    expect(await screen.findByText(enLrs.settings.unprotected)).toBeVisible();
  });

  it('the lead sees the queue, the last problem in plain words and refused statements, and sends now', async () => {
    const api = fakeApi(
      {
        ...NOT_SET_UP,
        configured: true,
        secretSaved: true,
        endpoint: 'https://lrs.example.org/xAPI',
      },
      OFFLINE,
    );
    renderPanel();
    const sending = await screen.findByRole('region', { name: 'Sending' }).catch(() => null);
    const panel = sending ?? document.body;
    expect(await within(panel).findByText('12 statements waiting to be sent.')).toBeVisible();
    expect(within(panel).getByText(enLrs.status.disconnected)).toBeVisible();
    expect(
      within(panel).getByText(/Could not reach the LRS at lrs\.example\.org\. Check the address/),
    ).toBeVisible();
    expect(within(panel).getByText(/verb\.id is not an IRI/)).toBeVisible();
    // The saved secret is never shown: the field is empty and says one is kept.
    expect(screen.getByLabelText('Secret (password)')).toHaveValue('');
    expect(screen.getByText(enLrs.settings.secretHintSaved)).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Send now' }));
    expect(api.leadLrsSendNow).toHaveBeenCalled();
    expect(await screen.findByText('0 statements waiting to be sent.')).toBeVisible();
    expect(screen.getByText(enLrs.status.connected)).toBeVisible();
  });

  it('in Welsh the status reads in Welsh', async () => {
    fakeApi({ ...NOT_SET_UP, configured: true, secretSaved: true }, OFFLINE);
    await i18next.changeLanguage('cy');
    const { unmount } = renderPanel();
    expect(await screen.findByText(cyLrs.status.disconnected)).toBeVisible();
    expect(screen.getByRole('button', { name: cyLrs.status.sendNow })).toBeVisible();
    unmount();
    await i18next.changeLanguage('en-GB');
  });

  it('statements the LRS already held with other content are counted with what to check', async () => {
    fakeApi(
      { ...NOT_SET_UP, configured: true, secretSaved: true },
      { ...OFFLINE, heldDifferently: 5 },
    );
    renderPanel();
    expect(await screen.findByText(/The LRS already held 5 statements/)).toBeVisible();
    expect(screen.getByText(/base address for activities/)).toBeVisible();
  });
  it('a damaged queue file says how many lines will not be sent and where the file was kept, in English and in Welsh', async () => {
    const damaged: LrsSyncStatus = {
      ...OFFLINE,
      queueDamage: { unreadable: 2, keptAs: 'lrs-outbox.damaged-1780000000000.jsonl' },
    };
    fakeApi({ ...NOT_SET_UP, configured: true, secretSaved: true }, damaged);
    const english = renderPanel();
    expect(
      await screen.findByText(
        /2 lines of the queue file could not be read.*lrs-outbox\.damaged-1780000000000\.jsonl/,
      ),
    ).toBeVisible();
    english.unmount();

    await i18next.changeLanguage('cy');
    const welsh = renderPanel();
    expect(
      await screen.findByText(/ffeil ciw nad oedd modd eu darllen.*: 2\..*damaged-1780000000000/),
    ).toBeVisible();
    welsh.unmount();
    await i18next.changeLanguage('en-GB');
  });

  it('a statement too large for the LRS says so in plain words, in English and in Welsh', async () => {
    const tooLarge: LrsSyncStatus = {
      ...OFFLINE,
      setAside: [
        {
          statementId: '5c1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
          verb: 'http://adlnet.gov/expapi/verbs/completed',
          status: 413,
          reason: '',
          i18nKey: 'errors.xapi.tooLarge',
          at: '2026-06-01T08:00:00.000Z',
        },
      ],
    };
    fakeApi({ ...NOT_SET_UP, configured: true, secretSaved: true }, tooLarge);
    const english = renderPanel();
    expect(
      await screen.findByText(/would not accept a statement this large \(413\)/),
    ).toBeVisible();
    english.unmount();

    await i18next.changeLanguage('cy');
    const welsh = renderPanel();
    expect(await screen.findByText(/derbyn datganiad mor fawr â hwn \(413\)/)).toBeVisible();
    welsh.unmount();
    await i18next.changeLanguage('en-GB');
  });
});
