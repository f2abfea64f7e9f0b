// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApi } from '../../common/ipc/create-api';
import type { LeadSettings } from '../../common/settings/lead-settings';
import { encodeFieldMessage } from '../../common/text/field-message';
import { createRouter, type Handlers } from '../../electron/ipc/router';
import { DomainError } from '../../electron/services/errors';
import { confSettingsSource } from '../support/conf-settings-source';
import { SettingsService } from '../../electron/services/settings/settings-service';
import { AppStateProvider } from '../../renderer/app/app-state';
import { NavigationContext } from '../../renderer/app/navigation';
import { SettingsPanel } from '../../renderer/components/lead/SettingsPanel';
import { AFTER_FIRST_PAINT_NAMESPACES } from '../../common/i18n/first-paint';
import { changeLanguage, initI18n, loadNamespaces } from '../../renderer/i18n/i18n';

let dir: string;
let settings: SettingsService;
/** What reached main's handler, after the router parsed it through the contract's schema. */
let received: LeadSettings[];
/** Lets a test make main refuse a value its own way, as a service check would. */
let mainRefuses: DomainError | null;

// As in the app once the welcome screen is up: its own text, then the learner's screens' text.
beforeAll(async () => {
  await initI18n('en-GB');
  await loadNamespaces(AFTER_FIRST_PAINT_NAMESPACES);
});

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esafety-settings-panel-'));
  settings = SettingsService.open(confSettingsSource(dir));
  settings.update({
    setupComplete: true,
    organisation: {
      orgName: 'Clwb Ieuenctid',
      esafetyLeadName: 'Siân Llŵyd',
      esafetyLeadContact: '01234 567890',
      safeguardingLeadName: 'Ólafur Ragnar',
      safeguardingLeadContact: 'diogelu@example.org',
    },
  });
  received = [];
  mainRefuses = null;
  // The real router (schema parse, typed failures) in front of the real settings service.
  const handlers = {
    getSettings: () => settings.get(),
    leadUpdateSettings: (patch: LeadSettings) => {
      received.push(patch);
      if (mainRefuses) throw mainRefuses;
      return settings.update(patch);
    },
  } as unknown as Handlers;
  // The lead is signed in: these tests are about the form, not the lead session.
  const dispatch = createRouter({ handlers, isTrustedSender: () => true, admitLead: () => true });
  vi.stubGlobal('esafety', {
    ...createApi((channel, input) => dispatch(channel, input, { url: '', isMainFrame: true })),
    onMenuCommand: () => () => undefined,
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function renderPanel(locale: 'en-GB' | 'cy' = 'en-GB') {
  settings.update({ locale });
  // As at start-up: the app opens in the language the settings hold.
  await changeLanguage(locale);
  render(
    <NavigationContext.Provider
      value={{ screen: { name: 'lead-area', tab: 'settings' }, go: () => undefined }}
    >
      <AppStateProvider startup={{ info, settings: settings.get() }}>
        {/* The lead area's text loads on demand, as in the app. */}
        <Suspense fallback={null}>
          <SettingsPanel />
        </Suspense>
      </AppStateProvider>
    </NavigationContext.Provider>,
  );
  return screen.findByRole('button', {
    name: locale === 'cy' ? "Cadw'r gosodiadau" : 'Save settings',
  });
}

const info = { name: 'E-safety Induction', version: '0', settingsRecoveredFrom: null };

/** The field's own message: what `aria-describedby` ties to it. */
function messageOf(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('the lead’s settings say what is wrong beside the field, in the lead’s language', () => {
  it('a refresher interval of 0 is refused beside its field and nothing is sent', async () => {
    const user = userEvent.setup();
    const save = await renderPanel();
    const months = screen.getByLabelText('Refresher interval (months)');
    await user.clear(months);
    await user.type(months, '0');
    await user.click(save);

    expect(months).toHaveAttribute('aria-invalid', 'true');
    expect(messageOf(months)).toBe('Enter a whole number from 1 to 60.');
    expect(months).toHaveFocus();
    expect(received).toEqual([]);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.body.textContent).not.toMatch(/wrong shape|Too small/);
  });

  it('in Welsh, the message is Welsh', async () => {
    const user = userEvent.setup();
    const save = await renderPanel('cy');
    const months = screen.getByLabelText('Cyfnod gloywi (misoedd)');
    await user.clear(months);
    await user.type(months, '0');
    await user.click(save);
    expect(messageOf(months)).toBe('Rhowch rif cyfan o 1 i 60.');
    expect(received).toEqual([]);
  });

  it('the pass mark has the same minimum as at setup', async () => {
    const user = userEvent.setup();
    const save = await renderPanel();
    const passMark = screen.getByLabelText('Pass mark (%)');
    expect(passMark).toHaveAttribute('min', '50');
    await user.clear(passMark);
    await user.type(passMark, '30');
    await user.click(save);
    expect(messageOf(passMark)).toBe('Enter a whole number from 50 to 100.');
    expect(received).toEqual([]);
  });

  it('a contact cannot be blanked, and a hidden direction override in a name is refused', async () => {
    const user = userEvent.setup();
    const save = await renderPanel();
    const contact = screen.getByLabelText("Safeguarding lead's contact (phone or email)");
    const lead = screen.getByLabelText("E-safety lead's name");
    await user.clear(contact);
    await user.clear(lead);
    await user.type(lead, '\u202Edyŵll nâiS');
    await user.click(save);
    expect(messageOf(lead)).toMatch(/changes the direction of the text/);
    expect(messageOf(contact)).toBe('Enter this detail.');
    // Focus goes to the first field with a problem, in the order they are shown.
    expect(lead).toHaveFocus();
    expect(received).toEqual([]);

    await user.type(contact, 'extension 202');
    expect(contact).not.toHaveAttribute('aria-invalid');
    expect(lead).toHaveAttribute('aria-invalid', 'true');
  });

  it('a refusal from main is shown beside its field, translated, not as a developer’s sentence', async () => {
    const user = userEvent.setup();
    const save = await renderPanel();
    mainRefuses = new DomainError('settings-invalid', 'errors.settings.invalid', {
      path: 'organisation.orgName',
      problem: encodeFieldMessage('errors.fields.tooLong', { max: 200 }),
    });
    await user.click(save);
    const orgName = screen.getByLabelText('Organisation name');
    await waitFor(() => expect(orgName).toHaveAttribute('aria-invalid', 'true'));
    expect(messageOf(orgName)).toBe('Use at most 200 characters.');
    expect(orgName).toHaveFocus();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a valid change is saved as main keeps it: NFC, trimmed, single spaces', async () => {
    const user = userEvent.setup();
    const save = await renderPanel();
    const lead = screen.getByLabelText("E-safety lead's name");
    await user.clear(lead);
    await user.type(lead, '  Morgan   Sia\u0302n ');
    await user.click(save);
    expect(await screen.findByText('Settings saved.')).toBeVisible();
    expect(received[0]?.organisation.esafetyLeadName).toBe('Morgan Siân');
    expect(settings.get().organisation.esafetyLeadName).toBe('Morgan Siân');
  });
});
