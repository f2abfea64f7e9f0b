import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelOf, OPERATION_NAMES, operations } from '../../common/ipc/contract';
import type { AppServices } from '../../electron/services/app-services';
import { APP_SENDER, routerFor, servicesAt } from './fixtures/app-under-test';
import { SAMPLE_INPUTS } from './fixtures/ipc-samples';
import { withTempDir } from './fixtures/temp-dir';

const LEAD = OPERATION_NAMES.filter((name) => operations[name].access === 'lead');
const LEARNER = OPERATION_NAMES.filter((name) => operations[name].access === 'learner');
const LOCKED = {
  ok: false,
  error: { code: 'lead-locked-session', i18nKey: 'errors.lead.sessionLocked', details: {} },
};

let temp: { dir: string; cleanup: () => Promise<void> };
let clock: Date;
let services: AppServices;
beforeEach(async () => {
  temp = await withTempDir();
  clock = new Date('2026-06-15T12:00:00Z');
  services = servicesAt(temp.dir, { now: () => clock });
});
afterEach(() => temp.cleanup());

const minutesLater = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60_000);
};

describe('who may call each operation, enforced by the router', () => {
  it('every operation declares its access, and the lead area has operations of both kinds', () => {
    expect(LEAD.length + LEARNER.length).toBe(OPERATION_NAMES.length);
    expect(LEAD).toContain('leadDashboard');
    // Signing in, locking and recovering must work before a session exists.
    expect(LEARNER).toEqual(
      expect.arrayContaining(['leadStatus', 'leadUnlock', 'leadLock', 'leadResetPassphrase']),
    );
  });

  it.each(LEAD)('%s is refused without a lead session, before its handler runs', async (name) => {
    const { dispatch, reached } = routerFor(services);
    expect(await dispatch(channelOf(name), SAMPLE_INPUTS[name], APP_SENDER)).toEqual(LOCKED);
    expect(reached).toEqual([]);
  });

  it.each(LEARNER)('%s runs without a lead session', async (name) => {
    const { dispatch, reached } = routerFor(services);
    const result = await dispatch(channelOf(name), SAMPLE_INPUTS[name], APP_SENDER);
    expect(result).not.toEqual(LOCKED);
    expect(reached).toEqual([name]);
  });

  it('every lead operation reaches its handler while the session is open', async () => {
    const { dispatch, reached } = routerFor(services);
    services.leadSession.open(clock);
    for (const name of LEAD) {
      expect(await dispatch(channelOf(name), SAMPLE_INPUTS[name], APP_SENDER)).not.toEqual(LOCKED);
    }
    expect(reached).toEqual(LEAD);
  });
});

describe('the lead session as the router sees it', () => {
  const dashboard = channelOf('leadDashboard');
  const input = SAMPLE_INPUTS.leadDashboard;

  it('each lead call counts as activity, so a lead who keeps working is not locked out', async () => {
    const { dispatch } = routerFor(services);
    const minutes = services.settings.get().leadAutoLockMinutes;
    services.leadSession.open(clock);
    for (let step = 0; step < 3; step += 1) {
      minutesLater(minutes - 1);
      expect(await dispatch(dashboard, input, APP_SENDER)).toMatchObject({ ok: true });
    }
  });

  it('a lapsed session refuses the next lead call, and a later call does not revive it', async () => {
    const { dispatch, reached } = routerFor(services);
    services.leadSession.open(clock);
    minutesLater(services.settings.get().leadAutoLockMinutes);
    expect(await dispatch(dashboard, input, APP_SENDER)).toEqual(LOCKED);
    minutesLater(0.5);
    expect(await dispatch(dashboard, input, APP_SENDER)).toEqual(LOCKED);
    expect(reached).toEqual([]);
  });

  it('a session the lead locked refuses at once', async () => {
    const { dispatch } = routerFor(services);
    services.leadSession.open(clock);
    await dispatch(channelOf('leadLock'), undefined, APP_SENDER);
    expect(await dispatch(dashboard, input, APP_SENDER)).toEqual(LOCKED);
  });
});
