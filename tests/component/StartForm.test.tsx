// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { NavigationContext } from '../../renderer/app/navigation';
import { initI18n } from '../../renderer/i18n/i18n';
import { StartForm } from '../../renderer/screens/learner/StartForm';

let learningSuggest: ReturnType<typeof vi.fn>;

beforeAll(() => initI18n('en-GB'));
beforeEach(() => {
  learningSuggest = vi.fn(async () => ({
    ok: true,
    value: { suggested: 'induction', inProgress: false },
  }));
  vi.stubGlobal('esafety', { learningSuggest });
});
afterEach(() => vi.unstubAllGlobals());

function renderForm() {
  render(
    <NavigationContext.Provider value={{ screen: { name: 'learner-start' }, go: () => undefined }}>
      <StartForm />
    </NavigationContext.Provider>,
  );
  return {
    name: screen.getByLabelText('Your full name'),
    identifier: screen.getByLabelText('Your email or staff ID'),
    next: screen.getByRole('button', { name: 'Continue' }),
  };
}

const description = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('a learner’s name and email or staff ID are checked by the one text policy', () => {
  it('a name the certificate could not print is refused beside the field, naming the characters', async () => {
    const user = userEvent.setup();
    const { name, identifier, next } = renderForm();
    await user.type(name, 'Mei 美玲');
    await user.type(identifier, 'mei@example.org');
    await user.click(next);
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(description(name)).toMatch(/The certificate cannot print these characters: 美 玲\./);
    expect(name).toHaveFocus();
    expect(learningSuggest).not.toHaveBeenCalled();
  });

  it('a direction override hidden in the email or staff ID is refused', async () => {
    const user = userEvent.setup();
    const { name, identifier, next } = renderForm();
    await user.type(name, 'Siân Llŵyd');
    await user.type(identifier, '\u202Egro.elpmaxe@nais');
    await user.click(next);
    expect(description(identifier)).toMatch(/changes the direction of the text/);
    expect(identifier).toHaveFocus();
    expect(learningSuggest).not.toHaveBeenCalled();
  });

  it('blank fields still get their own words', async () => {
    const user = userEvent.setup();
    const { name, identifier, next } = renderForm();
    await user.click(next);
    expect(description(name)).toBe('Enter your full name.');
    expect(description(identifier)).toMatch(/Enter your email or staff ID\./);
  });

  it('a Welsh name and an ordinary address go on to the next step', async () => {
    const user = userEvent.setup();
    const { name, identifier, next } = renderForm();
    await user.type(name, 'Siân Llŵyd');
    await user.type(identifier, 'sian@example.org');
    await user.click(next);
    expect(learningSuggest).toHaveBeenCalledWith({ identifier: 'sian@example.org' });
    expect(name).not.toHaveAttribute('aria-invalid');
  });
});
