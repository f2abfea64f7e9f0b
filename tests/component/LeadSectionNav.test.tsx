// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { useState } from 'react';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import enLead from '../../common/locales/en-GB/lead.json';
import { LeadSectionNav } from '../../renderer/components/lead/LeadSectionNav';
import { rovingIndex } from '../../renderer/components/lead/roving-index';
import { LEAD_TABS, type LeadTab } from '../../renderer/screens/lead/lead-tabs';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'en-GB',
    resources: { 'en-GB': { lead: enLead } },
    interpolation: { escapeValue: false },
  });
});

/** The bar as the lead area holds it: choosing a section opens it. */
function Area({ start }: { start: LeadTab }) {
  const [tab, setTab] = useState<LeadTab>(start);
  return (
    <>
      <button type="button">Before</button>
      <LeadSectionNav current={tab} onChoose={setTab} />
      <button type="button">After</button>
    </>
  );
}

const section = (tab: LeadTab) => screen.getByRole('button', { name: enLead.tabs[tab] });

describe('the lead area’s section bar by keyboard', () => {
  it('is one Tab stop, on the section open now', async () => {
    const user = userEvent.setup();
    render(<Area start="exports" />);
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    expect(section('exports')).toHaveFocus();
    expect(section('exports')).toHaveAttribute('aria-current', 'page');
    await user.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(section('exports')).toHaveFocus();
  });

  it('the arrows, Home and End move between sections, and Enter opens one', async () => {
    const user = userEvent.setup();
    render(<Area start="dashboard" />);
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(section('exports')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(section('records')).toHaveFocus();
    await user.keyboard('{End}');
    expect(section('settings')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(section('dashboard')).toHaveFocus();
    await user.keyboard('{ArrowUp}{Home}{ArrowRight}');
    expect(section('records')).toHaveFocus();
    // Moving does not open a section; Enter does.
    expect(section('dashboard')).toHaveAttribute('aria-current', 'page');
    await user.keyboard('{Enter}');
    expect(section('records')).toHaveAttribute('aria-current', 'page');
    expect(section('dashboard')).not.toHaveAttribute('aria-current');
  });

  it('after wandering off with the arrows, Tab comes back to the open section', async () => {
    const user = userEvent.setup();
    render(<Area start="records" />);
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    await user.keyboard('{End}');
    await user.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(section('records')).toHaveFocus();
  });

  it('Space opens a section too, and every section keeps its name', async () => {
    const user = userEvent.setup();
    render(<Area start="dashboard" />);
    for (const tab of LEAD_TABS) expect(section(tab)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    await user.keyboard('{ArrowRight} ');
    expect(section('records')).toHaveAttribute('aria-current', 'page');
  });
});

describe('where a key moves focus in a one-stop row', () => {
  it.each([
    ['ArrowRight', 0, 1],
    ['ArrowDown', 9, 0],
    ['ArrowLeft', 0, 9],
    ['ArrowUp', 5, 4],
    ['Home', 7, 0],
    ['End', 2, 9],
    ['Enter', 3, null],
    ['Tab', 3, null],
    ['a', 3, null],
  ])('%s from item %i of ten goes to %s', (key, from, to) => {
    expect(rovingIndex(key, from, 10)).toBe(to);
  });
});
