// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import cyCommon from '../../common/locales/cy/common.json';
import cyLead from '../../common/locales/cy/lead.json';
import enCommon from '../../common/locales/en-GB/common.json';
import enLead from '../../common/locales/en-GB/lead.json';
import type {
  VerifiedCertificate,
  VerifyOutcome,
} from '../../common/certificates/certificate-verification';
import { confSettingsSource } from '../support/conf-settings-source';
import { SettingsService } from '../../electron/services/settings/settings-service';
import { AppStateProvider } from '../../renderer/app/app-state';
import { NavigationContext } from '../../renderer/app/navigation';
import { VerifyPanel } from '../../renderer/components/lead/VerifyPanel';

/** What the lead reads for each thing checking a certificate can find, in both languages. */

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

const NOT_GENUINE: VerifyOutcome[] = [
  'erased',
  'retention-ended',
  'not-found',
  'mismatch',
  'damaged',
  'ledger-changed',
  'unreadable',
];

function answering(verified: VerifiedCertificate) {
  (window as unknown as { esafety: unknown }).esafety = {
    leadVerifyCertificate: vi.fn(async () => ({ ok: true, value: verified })),
  };
}

function renderPanel() {
  const navigation = { screen: { name: 'lead-area', tab: 'verify' } as const, go: vi.fn() };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esafety-verify-panel-'));
  const settings = SettingsService.open(confSettingsSource(dir)).get();
  fs.rmSync(dir, { recursive: true, force: true });
  const info = { name: 'E-safety Induction', version: '0.0.0-test', settingsRecoveredFrom: null };
  return render(
    <NavigationContext.Provider value={navigation as never}>
      <AppStateProvider startup={{ info, settings }}>
        <VerifyPanel />
      </AppStateProvider>
    </NavigationContext.Provider>,
  );
}

async function check(text: string, submit = 'Verify', field = 'Certificate code or QR text') {
  await userEvent.type(screen.getByLabelText(field), text);
  await userEvent.click(screen.getByRole('button', { name: submit }));
}

describe('the verify panel says what it found', () => {
  it.each(NOT_GENUINE)('"%s" is never shown as valid, and shows no person', async (outcome) => {
    answering({ outcome, record: null });
    const { unmount } = renderPanel();
    await check('ESI1.ABCD-EFGH-JKMN-PQRS');
    const status = screen.getByRole('status');
    expect(await screen.findByText(enLead.verify.outcomes[outcome])).toBeVisible();
    expect(status.textContent).not.toMatch(/Valid/);
    expect(status.querySelector('.lead-verify--valid')).toBeNull();
    expect(status.querySelector('dl')).toBeNull();
    unmount();
  });

  it('a certificate not held here points to the device that may have issued it', async () => {
    answering({ outcome: 'not-found', record: null });
    renderPanel();
    await check('ABCD-EFGH-JKMN-PQRS');
    expect(await screen.findByText(/another device/)).toBeVisible();
  });

  it('a record removed at the end of retention is told apart from an erasure request, in Welsh too', async () => {
    answering({ outcome: 'retention-ended', record: null });
    await i18next.changeLanguage('cy');
    const { unmount } = renderPanel();
    await check('ABCD-EFGH-JKMN-PQRS', cyLead.verify.submit, cyLead.verify.input);
    expect(await screen.findByText(cyLead.verify.outcomes['retention-ended'])).toBeVisible();
    expect(screen.queryByText(cyLead.verify.outcomes.erased)).toBeNull();
    unmount();
    await i18next.changeLanguage('en-GB');
  });
});
