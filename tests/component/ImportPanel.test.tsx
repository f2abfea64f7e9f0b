// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import cyCommon from '../../common/locales/cy/common.json';
import cyLead from '../../common/locales/cy/lead.json';
import enCommon from '../../common/locales/en-GB/common.json';
import enLead from '../../common/locales/en-GB/lead.json';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { confSettingsSource } from '../support/conf-settings-source';
import { SettingsService } from '../../electron/services/settings/settings-service';
import { AppStateProvider } from '../../renderer/app/app-state';
import { NavigationContext } from '../../renderer/app/navigation';
import { ImportPanel } from '../../renderer/components/lead/ImportPanel';
import type { BackupAuthenticity } from '../../electron/services/backup/backup-manifest';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'en-GB',
    resources: {
      'en-GB': { lead: enLead, common: enCommon },
      cy: { lead: cyLead, common: cyCommon },
    },
    interpolation: { escapeValue: false },
  });
});

const TICKET = '6f1c5a2e-1b7d-4c1e-9a53-2f1d0c9e8b71';

/** The preload's API as far as importing goes: step one inspects, step two merges. */
function fakeApi(authenticity: BackupAuthenticity, otherOrganisation: string | null = null) {
  const summary = {
    createdAt: '2026-03-01T09:00:00.000Z',
    sourceDeviceId: 'device-a',
    organisationName: 'Riverside Youth Club',
    ledgerEntries: 3,
    liveRecords: 3,
    erasedRecords: 0,
    signatureFiles: 3,
    authenticity,
    checkpointEntries: 3,
  };
  const result = {
    imported: 3,
    duplicates: 0,
    conflicts: [],
    skippedErasedHere: 0,
    erasedInSource: [],
    signaturesCopied: 3,
    missingSignatures: [],
  };
  const api = {
    leadInspectBackup: vi.fn(async () => ({
      ok: true,
      value: { ticket: TICKET, summary, otherOrganisation },
    })),
    leadImportBackup: vi.fn(async () => ({
      ok: true,
      value: { summary, result, settingsAdopted: false },
    })),
  };
  (window as unknown as { esafety: unknown }).esafety = api;
  return api;
}

function renderPanel() {
  const navigation = { screen: { name: 'lead-area', tab: 'import' } as const, go: vi.fn() };
  // Real default settings (from a throwaway folder): dates follow the organisation's time zone.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esafety-import-panel-'));
  const settings = SettingsService.open(confSettingsSource(dir)).get();
  fs.rmSync(dir, { recursive: true, force: true });
  const info = { name: 'E-safety Induction', version: '0.0.0-test', settingsRecoveredFrom: null };
  return render(
    <NavigationContext.Provider value={navigation as never}>
      <AppStateProvider startup={{ info, settings }}>
        <ImportPanel />
      </AppStateProvider>
    </NavigationContext.Provider>,
  );
}

describe('importing a backup: the lead sees who vouches for it before anything is merged', () => {
  it('a backup sealed by another device is summarised with a plain warning, and merged only when confirmed', async () => {
    const api = fakeApi('other-device');
    renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Choose a backup file…' }));
    expect(
      await screen.findByText(/holds 3 records\. Nothing has been imported yet\./),
    ).toBeVisible();
    expect(screen.getByText(enLead.import.authenticity['other-device'])).toBeVisible();
    // The summary has the focus, so its warning is read out before anything is decided.
    expect(
      screen.getByText(enLead.import.authenticity['other-device']).parentElement,
    ).toHaveFocus();
    expect(api.leadImportBackup).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Import these records' }));
    expect(api.leadImportBackup).toHaveBeenCalledWith({ ticket: TICKET, adoptSettings: false });
    expect(await screen.findByText(/Imported 3 records/)).toBeVisible();
    // The summary and its buttons are gone: focus is back on the button that chose the file.
    expect(screen.getByRole('button', { name: 'Choose a backup file…' })).toHaveFocus();
  });

  it('cancelling after the warning merges nothing', async () => {
    const api = fakeApi('unsealed');
    renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Choose a backup file…' }));
    expect(await screen.findByText(enLead.import.authenticity.unsealed)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('button', { name: 'Import these records' })).toBeNull();
    expect(api.leadImportBackup).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Choose a backup file…' })).toHaveFocus();
  });

  it('this device’s own backup says so, in Welsh too', async () => {
    fakeApi('this-device');
    await i18next.changeLanguage('cy');
    const { unmount } = renderPanel();
    await userEvent.click(screen.getByRole('button', { name: cyLead.import.button }));
    expect(await screen.findByText(cyLead.import.authenticity['this-device'])).toBeVisible();
    unmount();
    await i18next.changeLanguage('en-GB');
  });

  it('a backup from another organisation is named as such before anything is merged', async () => {
    const api = fakeApi('other-device', 'Hillside Scouts');
    renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Choose a backup file…' }));
    const warning = await screen.findByText(
      /It belongs to another organisation: Hillside Scouts\./,
    );
    expect(warning).toBeVisible();
    // Read out with the rest of the summary, which has the focus.
    expect(warning.parentElement).toHaveFocus();
    expect(api.leadImportBackup).not.toHaveBeenCalled();
  });
});
