import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inductionPlan } from '../../common/policy/module-plan';
import type { AppServices } from '../../electron/services/app-services';
import { servicesAt } from './fixtures/app-under-test';
import { withTempDir } from './fixtures/temp-dir';

const ONLINE = 'online-sessions';
const PIN = '1357';
const volunteer = (id: string) =>
  ({ fullName: 'Val Oakes', role: 'volunteer', identifier: `${id}@example.org` }) as const;

let temp: { dir: string; cleanup: () => Promise<void> };
let services: AppServices;

beforeEach(async () => {
  temp = await withTempDir();
  services = servicesAt(temp.dir);
  services.settings.update({ setupComplete: true });
  await services.policy.saveDraft({
    clauses: [],
    requirements: { [ONLINE]: { volunteer: 'optional', student: 'not-applicable' } },
    notes: {},
  });
  await services.policy.publish('Online sessions optional for volunteers');
});
afterEach(() => temp.cleanup());

describe('modules the organisation made optional for a role', () => {
  it('are left out of the induction unless chosen, and then taken in the course’s order', async () => {
    const pack = await services.content.rawPack('en-GB');
    const all = pack.modules.map((m) => m.id);
    const without = await services.learning.start(volunteer('a'), 'induction', PIN);
    expect(without.progress.plan).toEqual(all.filter((id) => id !== ONLINE));
    const withIt = await services.learning.start(volunteer('b'), 'induction', PIN, [ONLINE]);
    expect(withIt.progress.plan).toEqual(all);
  });

  it('cannot be used to add a module that is required, not applicable or unknown', async () => {
    const staff = { ...volunteer('c'), role: 'staff' } as const;
    const student = { ...volunteer('d'), role: 'student' } as const;
    for (const [learner, chosen] of [
      [staff, [ONLINE]],
      [student, [ONLINE]],
      [volunteer('e'), ['no-such-module']],
    ] as const) {
      await expect(
        services.learning.start(learner, 'induction', PIN, chosen),
      ).rejects.toMatchObject({ code: 'learning-not-optional' });
    }
    const pack = await services.content.pack('en-GB');
    expect(inductionPlan(pack.modules, 'student', pack.tailoring, []).plan).not.toContain(ONLINE);
    expect(inductionPlan(pack.modules, 'volunteer', pack.tailoring, [ONLINE]).refused).toEqual([]);
  });
});
