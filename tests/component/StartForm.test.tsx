// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { NavigationContext } from '../../renderer/app/navigation';
import { AFTER_FIRST_PAINT_NAMESPACES } from '../../common/i18n/first-paint';
import { initI18n, loadNamespaces } from '../../renderer/i18n/i18n';
import { StartForm } from '../../renderer/screens/learner/StartForm';

type Kind = 'induction' | 'refresher' | 'resign';
/** What main offers this person, the suggested kind first. */
const suggesting = (...choices: [Kind, ...Kind[]]) =>
  vi.fn(async (_input: unknown) => ({
    ok: true,
    value: { suggested: choices[0], choices, inProgress: false },
  }));
/** The view main answers a start with: the session, of the kind sent, on its first task. */
const started = (input: unknown) => {
  const recordType = (input as { recordType: Kind }).recordType;
  return {
    ok: true,
    value: {
      progress: { sessionId: 's-1', recordType },
      task: { kind: recordType === 'resign' ? 'complete' : 'lesson' },
    },
  };
};

/** Two modules; the organisation made online sessions optional for volunteers. */
const COURSE = {
  modules: [
    { id: 'images', title: 'Cameras and images' },
    { id: 'online-sessions', title: 'Online sessions' },
  ],
  tailoring: {
    requirements: { 'online-sessions': { volunteer: 'optional' } },
    notes: {},
    clauseLanguages: {},
  },
};

let learningSuggest = suggesting('induction');
let learningStart = vi.fn(async (input: unknown) => started(input));
let go = vi.fn((_screen: unknown) => undefined);

// As in the app once the welcome screen is up: its own text, then the learner's screens' text.
beforeAll(async () => {
  await initI18n('en-GB');
  await loadNamespaces(AFTER_FIRST_PAINT_NAMESPACES);
});
beforeEach(() => {
  learningSuggest = suggesting('induction');
  learningStart = vi.fn(async (input: unknown) => started(input));
  go = vi.fn((_screen: unknown) => undefined);
  vi.stubGlobal('esafety', {
    learningSuggest: (input: unknown) => learningSuggest(input),
    learningStart,
    getContent: async () => ({ ok: true, value: COURSE }),
  });
});
afterEach(() => vi.unstubAllGlobals());

function renderForm() {
  render(
    <NavigationContext.Provider value={{ screen: { name: 'learner-start' }, go }}>
      <StartForm onResumeInstead={() => undefined} />
    </NavigationContext.Provider>,
  );
  return {
    name: screen.getByLabelText('Your full name'),
    identifier: screen.getByLabelText('Your email or staff ID'),
    pin: screen.getByLabelText('Choose a PIN'),
    pinAgain: screen.getByLabelText('Type your PIN again'),
    start: screen.getByRole('button', { name: 'Start my training' }),
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
    const { name, identifier, start } = renderForm();
    await user.type(name, 'Mei 美玲');
    await user.type(identifier, 'mei@example.org');
    await user.click(start);
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(description(name)).toMatch(/The certificate cannot print these characters: 美 玲\./);
    expect(name).toHaveFocus();
    expect(learningStart).not.toHaveBeenCalled();
  });

  it('a direction override hidden in the email or staff ID is refused, and not even looked up', async () => {
    const user = userEvent.setup();
    const { name, identifier, start } = renderForm();
    await user.type(name, 'Siân Llŵyd');
    await user.type(identifier, '\u202Egro.elpmaxe@nais');
    await user.click(start);
    expect(description(identifier)).toMatch(/changes the direction of the text/);
    expect(identifier).toHaveFocus();
    expect(learningSuggest).not.toHaveBeenCalled();
    expect(learningStart).not.toHaveBeenCalled();
  });

  it('blank fields still get their own words', async () => {
    const user = userEvent.setup();
    const { name, identifier, pin, start } = renderForm();
    await user.click(start);
    expect(description(name)).toBe('Enter your full name.');
    expect(description(identifier)).toMatch(/Enter your email or staff ID\./);
    expect(description(pin)).toMatch(/Choose a PIN of 4 to 8 digits \(numbers only\)\./);
  });
});

describe('starting is one step once the learner has said who they are and chosen a PIN', () => {
  it('a PIN that is not 4 to 8 digits, or typed differently twice, is explained and nothing starts', async () => {
    const user = userEvent.setup();
    const { name, identifier, pin, pinAgain, start } = renderForm();
    await user.type(name, 'Siân Llŵyd');
    await user.type(identifier, 'sian@example.org');
    await user.type(pin, '12a4');
    await user.click(start);
    expect(pin).toHaveFocus();
    expect(pin).toHaveAttribute('type', 'password');
    await user.clear(pin);
    await user.type(pin, '2468');
    await user.type(pinAgain, '2469');
    await user.click(start);
    expect(description(pinAgain)).toBe('The two PINs are not the same.');
    expect(pinAgain).toHaveFocus();
    expect(learningStart).not.toHaveBeenCalled();
  });

  it('a new person’s details, cleaned as main keeps them, start the induction with one press', async () => {
    const user = userEvent.setup();
    const { name, identifier, pin, pinAgain, start } = renderForm();
    await user.type(name, '  Siân   Llŵyd ');
    await user.type(identifier, ' sian@example.org');
    await user.type(pin, '2468');
    await user.type(pinAgain, '2468');
    await user.click(start);
    expect(learningSuggest).toHaveBeenCalledWith({ identifier: 'sian@example.org' });
    expect(screen.queryByRole('radio')).toBeNull();
    expect(learningStart).toHaveBeenCalledWith({
      learner: { fullName: 'Siân Llŵyd', role: 'staff', identifier: 'sian@example.org' },
      recordType: 'induction',
      pin: '2468',
    });
    expect(go).toHaveBeenCalledWith({ name: 'learn', sessionId: 's-1' });
  });

  it('someone who completed before sees the refresher offered, already chosen, as they leave the email field', async () => {
    learningSuggest = suggesting('refresher', 'induction');
    const user = userEvent.setup();
    const { name, identifier, pin, pinAgain, start } = renderForm();
    await user.type(name, 'Jo Returner');
    await user.type(identifier, 'jo@example.org');
    await user.click(pin);
    expect(await screen.findByRole('radio', { name: /Annual refresher/ })).toBeChecked();
    await user.type(pin, '8642');
    await user.type(pinAgain, '8642');
    await user.click(start);
    expect(learningStart).toHaveBeenCalledWith(
      expect.objectContaining({ recordType: 'refresher', pin: '8642' }),
    );
  });

  it('if the email is the last thing typed, the choice is shown first and nothing starts yet', async () => {
    learningSuggest = suggesting('refresher', 'induction');
    const user = userEvent.setup();
    const { name, identifier, pin, pinAgain, start } = renderForm();
    await user.type(pin, '8642');
    await user.type(pinAgain, '8642');
    await user.type(name, 'Jo Returner');
    await user.type(identifier, 'jo@example.org{Enter}');
    expect(await screen.findByRole('radio', { name: /Annual refresher/ })).toBeChecked();
    expect(learningStart).not.toHaveBeenCalled();
    await user.click(screen.getByRole('radio', { name: /Induction/ }));
    await user.click(start);
    expect(learningStart).toHaveBeenCalledWith(
      expect.objectContaining({ recordType: 'induction', pin: '8642' }),
    );
  });

  it('after the agreement changed, a current learner is offered signing only the changes, and goes straight to it', async () => {
    learningSuggest = suggesting('resign', 'refresher', 'induction');
    const user = userEvent.setup();
    const { name, identifier, pin, pinAgain, start } = renderForm();
    await user.type(name, 'Jo Returner');
    await user.type(identifier, 'jo@example.org');
    await user.click(pin);
    expect(
      await screen.findByRole('radio', { name: /Sign the updated agreement only/ }),
    ).toBeChecked();
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent(
      /only need to read and sign what changed/,
    );
    expect(screen.getAllByRole('radio')).toHaveLength(3);
    await user.type(pin, '8642');
    await user.type(pinAgain, '8642');
    await user.click(start);
    expect(learningStart).toHaveBeenCalledWith(
      expect.objectContaining({ recordType: 'resign', pin: '8642' }),
    );
    expect(go).toHaveBeenCalledWith({ name: 'sign', sessionId: 's-1' });
  });

  it('a volunteer is offered the modules optional for their role, and may take one as well', async () => {
    const user = userEvent.setup();
    const { name, identifier, pin, pinAgain, start } = renderForm();
    expect(screen.queryByRole('group', { name: 'Optional modules for your role' })).toBeNull();
    await user.selectOptions(screen.getByLabelText('Your role'), 'volunteer');
    const optional = await screen.findByRole('group', { name: 'Optional modules for your role' });
    await user.click(within(optional).getByRole('checkbox', { name: 'Online sessions' }));
    await user.type(name, 'Val Oakes');
    await user.type(identifier, 'val@example.org');
    await user.type(pin, '1357');
    await user.type(pinAgain, '1357');
    await user.click(start);
    expect(learningStart).toHaveBeenCalledWith(
      expect.objectContaining({ recordType: 'induction', optionalModules: ['online-sessions'] }),
    );
  });
});
