// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import cyCommon from '../../common/locales/cy/common.json';
import enCommon from '../../common/locales/en-GB/common.json';
import { NavigationContext, type Screen } from '../../renderer/app/navigation';
import { ScreenErrorBoundary } from '../../renderer/app/ScreenErrorBoundary';

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'en-GB',
    resources: { 'en-GB': { common: enCommon }, cy: { common: cyCommon } },
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
});
afterEach(() => i18next.changeLanguage('en-GB'));

function Broken(): never {
  throw new Error('a screen that cannot render');
}

function renderFailingScreen() {
  const went: Screen[] = [];
  const reported: unknown[] = [];
  // React also writes a caught error to the console; that is its business, not this test's.
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  render(
    <NavigationContext.Provider
      value={{ screen: { name: 'about' }, go: (next) => went.push(next) }}
    >
      <main>
        <ScreenErrorBoundary report={(error) => reported.push(error)}>
          <Broken />
        </ScreenErrorBoundary>
      </main>
    </NavigationContext.Provider>,
  );
  quiet.mockRestore();
  return { went, reported };
}

describe('a screen that fails while showing', () => {
  it('says so with its heading focused, reports the error, and leads back to the start', () => {
    const { went, reported } = renderFailingScreen();
    const heading = screen.getByRole('heading', {
      level: 1,
      name: 'This screen could not be shown',
    });
    expect(heading).toHaveFocus();
    expect(screen.getByText(/What was already saved is kept/)).toBeInTheDocument();
    expect(reported).toEqual([new Error('a screen that cannot render')]);
    fireEvent.click(screen.getByRole('button', { name: 'Back to the start' }));
    expect(went).toEqual([{ name: 'welcome' }]);
  });

  it('says so in Welsh to a Welsh reader', async () => {
    await i18next.changeLanguage('cy');
    renderFailingScreen();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Nid oedd modd dangos y sgrin hon' }),
    ).toHaveFocus();
    expect(screen.getByRole('button', { name: "Yn ôl i'r dechrau" })).toBeInTheDocument();
  });
});
