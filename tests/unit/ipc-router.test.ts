import { describe, expect, it } from 'vitest';
import { channelOf, OPERATION_NAMES } from '../../common/ipc/channels';
import { createApi } from '../../common/ipc/create-api';
import { createRouter, type Handlers } from '../../electron/ipc/router';
import { DomainError } from '../../electron/services/errors';

const trustedSender = { url: 'app://esafety/index.html', isMainFrame: true };

/** Handlers that echo their input and record that they were reached. */
function echoHandlers(reached: string[]): Handlers {
  return Object.fromEntries(
    OPERATION_NAMES.map((name) => [
      name,
      (input: unknown) => {
        reached.push(name);
        return { echoed: input };
      },
    ]),
  ) as unknown as Handlers;
}

/** The real router over echo handlers, trusting only the app's main frame. */
function routerWith(overrides: Partial<Handlers> = {}, leadSessionOpen = true) {
  const reached: string[] = [];
  const leadChecks: boolean[] = [];
  const handlers = echoHandlers(reached);
  const dispatch = createRouter({
    handlers: { ...handlers, ...overrides },
    isTrustedSender: (sender) => sender.url === trustedSender.url && sender.isMainFrame,
    admitLead: () => {
      leadChecks.push(leadSessionOpen);
      return leadSessionOpen;
    },
  });
  return { dispatch, reached, leadChecks };
}

describe('the IPC handler wrapper', () => {
  it('passes a well-formed call to its handler', async () => {
    const { dispatch, reached } = routerWith();
    const result = await dispatch(channelOf('setLocale'), { locale: 'cy' }, trustedSender);
    expect(result).toEqual({ ok: true, value: { echoed: { locale: 'cy' } } });
    expect(reached).toEqual(['setLocale']);
  });

  it.each([
    ['a wrong type', { locale: 42 }, 'locale'],
    ['an unknown locale', { locale: 'fr' }, 'locale'],
    ['an extra property', { locale: 'cy', admin: true }, ''],
    ['no argument at all', undefined, ''],
    ['a string instead of an object', 'cy', ''],
  ])('refuses %s with a typed validation error before the handler runs', async (_, input, path) => {
    const { dispatch, reached } = routerWith();
    const result = await dispatch(channelOf('setLocale'), input, trustedSender);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', i18nKey: 'errors.ipc.invalidArgument', details: { path } },
    });
    expect(reached).toEqual([]);
  });

  it('refuses a call from a frame that is not the app’s own main frame', async () => {
    const { dispatch, reached } = routerWith();
    for (const sender of [
      { url: 'https://evil.example/', isMainFrame: true },
      { url: trustedSender.url, isMainFrame: false },
    ]) {
      const result = await dispatch(channelOf('getSettings'), undefined, sender);
      expect(result).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    }
    expect(reached).toEqual([]);
  });

  it('asks about the lead session only for lead operations, and refuses before parsing', async () => {
    const closed = routerWith({}, false);
    expect(
      await closed.dispatch(channelOf('leadRecords'), 'not even an object', trustedSender),
    ).toEqual({
      ok: false,
      error: { code: 'lead-locked-session', i18nKey: 'errors.lead.sessionLocked', details: {} },
    });
    expect(closed.reached).toEqual([]);
    await closed.dispatch(channelOf('setLocale'), { locale: 'cy' }, trustedSender);
    expect(closed.reached).toEqual(['setLocale']);
    expect(closed.leadChecks).toEqual([false]);
  });

  it('refuses a channel that is not in the contract', async () => {
    const { dispatch } = routerWith();
    const result = await dispatch('esafety:deleteEverything', undefined, trustedSender);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('turns a domain error into its code and message key, with its details', async () => {
    const { dispatch } = routerWith({
      getSettings: () => {
        throw new DomainError('settings-invalid', 'errors.settings.invalid', { path: 'x' });
      },
    });
    expect(await dispatch(channelOf('getSettings'), undefined, trustedSender)).toEqual({
      ok: false,
      error: {
        code: 'settings-invalid',
        i18nKey: 'errors.settings.invalid',
        details: { path: 'x' },
      },
    });
  });

  it('never sends an unexpected error’s message or stack to the renderer', async () => {
    const logged: unknown[] = [];
    const dispatch = createRouter({
      handlers: {
        ...echoHandlers([]),
        getSettings: () => {
          throw new Error('ENOENT /home/secret/path');
        },
      },
      isTrustedSender: () => true,
      admitLead: () => true,
      logError: (error) => logged.push(error),
    });
    const result = await dispatch(channelOf('getSettings'), undefined, trustedSender);
    expect(result).toEqual({
      ok: false,
      error: { code: 'unexpected', i18nKey: 'errors.unexpected', details: {} },
    });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(logged).toHaveLength(1);
  });
});

describe('the API the preload exposes', () => {
  it('has exactly one method per operation, each bound to its own channel', async () => {
    const calls: Array<[string, unknown]> = [];
    const api = createApi(async (channel, input) => {
      calls.push([channel, input]);
      return { ok: true, value: null };
    });
    expect(Object.keys(api).sort()).toEqual([...OPERATION_NAMES].sort());
    await api.setLocale({ locale: 'cy' });
    await api.getSettings();
    expect(calls).toEqual([
      ['esafety:setLocale', { locale: 'cy' }],
      ['esafety:getSettings', undefined],
    ]);
  });
});
