// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import cyLead from '../../common/locales/cy/lead.json';
import enLead from '../../common/locales/en-GB/lead.json';
import { RECORD_DAMAGE_NATURES } from '../../electron/services/ledger/ledger-problem';
import { LEDGER_PROBLEM_NATURES } from '../../electron/services/ledger/ledger-problem';
import type { LedgerIntegrity } from '../../electron/services/ledger/ledger-integrity';
import { IntegrityNotice } from '../../renderer/components/lead/IntegrityNotice';
import { DamageBadge } from '../../renderer/components/lead/StatusBadge';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'en-GB',
    resources: { 'en-GB': { lead: enLead }, cy: { lead: cyLead } },
    interpolation: { escapeValue: false },
  });
});

describe('the lead is told plainly what is wrong with the records', () => {
  it('a damaged record’s badge says why in words, in both languages', async () => {
    for (const damage of RECORD_DAMAGE_NATURES) {
      const { unmount } = render(<DamageBadge damage={damage} />);
      expect(screen.getByText(enLead.records.damage[damage])).toBeInTheDocument();
      unmount();
    }
    await i18next.changeLanguage('cy');
    render(<DamageBadge damage="edited" />);
    expect(screen.getByText('Newidiwyd ar ôl llofnodi')).toBeInTheDocument();
    await i18next.changeLanguage('en-GB');
  });

  it('every kind of problem has a sentence, with the lines and entries it affects', () => {
    render(
      <IntegrityNotice
        integrity={{
          keyProtection: 'os',
          keyReplaced: false,
          peopleWithLostVersion: 0,
          findings: LEDGER_PROBLEM_NATURES.map((nature, n) => ({
            nature,
            count: n + 1,
            positions: [n],
            entries: nature === 'tail-missing' ? { first: 5, last: 9 } : null,
          })),
        }}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(LEDGER_PROBLEM_NATURES.length);
    expect(items[0]).toHaveTextContent(enLead.integrity.natures.unparseable);
    expect(items[0]).toHaveTextContent('Lines: the whole file (1 in all).');
    const tail = items[LEDGER_PROBLEM_NATURES.indexOf('tail-missing')];
    expect(tail).toHaveTextContent('The newest records have been removed');
    expect(tail).toHaveTextContent('Entries affected: 5 to 9.');
  });

  it('warns when this computer cannot protect the key that seals the records', () => {
    render(
      <IntegrityNotice
        integrity={{
          keyProtection: 'none',
          keyReplaced: true,
          findings: [],
          peopleWithLostVersion: 0,
        }}
      />,
    );
    expect(screen.getByText(/cannot lock away the key that seals the records/)).toBeInTheDocument();
    expect(screen.getByText(/could not be opened on this computer/)).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('says how many people last signed an agreement version this device has lost, in both languages', async () => {
    const integrity: LedgerIntegrity = {
      keyProtection: 'os',
      keyReplaced: false,
      findings: [],
      peopleWithLostVersion: 2,
    };
    const { unmount } = render(<IntegrityNotice integrity={integrity} />);
    expect(
      screen.getByText(
        /2 people last signed a version of the agreement whose list of clauses is missing/,
      ),
    ).toBeInTheDocument();
    unmount();
    await i18next.changeLanguage('cy');
    try {
      render(<IntegrityNotice integrity={integrity} />);
      expect(screen.getByText(/Llofnododd dau berson fersiwn o'r cytundeb/)).toBeInTheDocument();
    } finally {
      await i18next.changeLanguage('en-GB');
    }
  });
});
