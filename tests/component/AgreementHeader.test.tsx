// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ORGANISATION } from '../../common/settings/settings-schema';
import type { Settings } from '../../common/settings/settings-schema';
import type { SigningAgreement } from '../../electron/services/signing/signing-agreement';
import { AppStateProvider } from '../../renderer/app/app-state';
import { changeLanguage, initI18n, loadNamespaces } from '../../renderer/i18n/i18n';
import { AgreementHeader } from '../../renderer/screens/signing/AgreementHeader';

beforeAll(async () => {
  await initI18n('en-GB');
  await loadNamespaces(['signing']);
});

const info = { name: 'E-safety Induction', version: '0', settingsRecoveredFrom: null };
const settings = {
  locale: 'en-GB',
  timeZone: 'Europe/London',
  organisation: DEFAULT_ORGANISATION,
} as unknown as Settings;

/** A learner re-signing whose earlier version of the agreement is no longer kept here. */
const lostVersion: SigningAgreement = {
  sessionId: 's',
  learnerName: 'Siân Llŵyd',
  locale: 'en-GB',
  recordType: 'resign',
  aupVersion: '2026.1-org.2',
  title: 'Acceptable-use agreement',
  intro: 'Please read each clause.',
  statementOfIntent: 'I agree.',
  clauses: [
    { id: 'a', number: 1, topic: 'Accounts', revision: 2, text: 'A', changed: true },
    { id: 'b', number: 2, topic: 'Accounts', revision: 1, text: 'B', changed: true },
  ],
  previousSignedAt: '2026-03-02T10:16:00.000Z',
  resign: { signedVersion: '2026.1', removed: [] },
  earlierVersionUnknown: true,
  clauseRevisions: { a: 2, b: 1 },
};

function renderHeader(agreement: SigningAgreement) {
  render(
    <AppStateProvider startup={{ info, settings }}>
      <AgreementHeader agreement={agreement} />
    </AppStateProvider>,
  );
}

describe('a learner whose earlier agreement version is lost from this device', () => {
  it('is told that what changed cannot be known, that every clause is shown and their record is kept', () => {
    renderHeader(lostVersion);
    expect(
      screen.getByText(
        /no longer has the list of clauses in the version you signed on 2 March 2026/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/Your earlier record is kept/)).toBeInTheDocument();
    // Not the usual "only what changed" wording, which would be untrue here.
    expect(screen.queryByText(/Changed clauses: 2/)).not.toBeInTheDocument();
    expect(
      screen.queryByText(/Below are only the clauses added or changed/),
    ).not.toBeInTheDocument();
  });

  it('is told the same in Welsh', async () => {
    await changeLanguage('cy');
    try {
      renderHeader({ ...lostVersion, locale: 'cy' });
      expect(
        screen.getByText(/Nid oes gan y ddyfais hon bellach y rhestr o gymalau/),
      ).toBeInTheDocument();
    } finally {
      await changeLanguage('en-GB');
    }
  });

  it('a learner whose version is kept still sees only what changed', () => {
    renderHeader({ ...lostVersion, earlierVersionUnknown: false });
    expect(screen.queryByText(/no longer has the list of clauses/)).not.toBeInTheDocument();
    expect(screen.getByText(/Below are only the clauses added or changed/)).toBeInTheDocument();
  });
});
