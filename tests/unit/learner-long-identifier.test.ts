import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelOf, operations } from '../../common/ipc/contract';
import { IDENTIFIER } from '../../common/text/text-policy';
import type { AppServices } from '../../electron/services/app-services';
import { APP_SENDER, routerFor, servicesAt } from './fixtures/app-under-test';
import { withTempDir } from './fixtures/temp-dir';

// The longest email address the start form accepts (254 characters, RFC 5321), and one as long
// in characters whose emoji take two UTF-16 units each.
const LONGEST = `${'a'.repeat(IDENTIFIER.maxLength - '@example.org'.length)}@example.org`;
const LONGEST_WIDE = `${'😀'.repeat(IDENTIFIER.maxLength - '@example.org'.length)}@example.org`;

let temp: { dir: string; cleanup: () => Promise<void> };
let services: AppServices;
beforeEach(async () => {
  temp = await withTempDir();
  services = servicesAt(temp.dir);
  services.settings.update({
    setupComplete: true,
    organisation: { ...services.settings.get().organisation, orgName: 'Riverside Youth Club' },
  });
});
afterEach(() => temp.cleanup());

describe('a learner with the longest email address the form accepts', () => {
  it.each([
    ['254 letters', LONGEST],
    ['254 characters, most of them emoji', LONGEST_WIDE],
  ])('(%s) can start their training and resume it later', async (_, identifier) => {
    const { dispatch } = routerFor(services);
    const learner = { fullName: 'Siân Llŵyd', role: 'volunteer', identifier };
    const started = await dispatch(
      channelOf('learningStart'),
      { learner, recordType: 'induction', pin: '2468' },
      APP_SENDER,
    );
    expect(started).toMatchObject({ ok: true });
    const sessionId = started.ok ? (started.value as { progress: { sessionId: string } }) : null;
    await dispatch(
      channelOf('learningLeave'),
      { sessionId: sessionId?.progress.sessionId },
      APP_SENDER,
    );
    const resumed = await dispatch(
      channelOf('learningResume'),
      { identifier, pin: '2468' },
      APP_SENDER,
    );
    expect(resumed).toMatchObject({ ok: true });
    const suggested = await dispatch(channelOf('learningSuggest'), { identifier }, APP_SENDER);
    expect(suggested).toMatchObject({ ok: true, value: { inProgress: true } });
  });

  it('can be found, have their PIN reset and be erased by the e-safety lead', () => {
    for (const identifier of [LONGEST, LONGEST_WIDE]) {
      expect(operations.leadPerson.input.safeParse({ identifier }).success).toBe(true);
      expect(operations.leadResetLearnerPin.input.safeParse({ identifier }).success).toBe(true);
      const erase = { identifier, confirmation: identifier };
      expect(operations.leadErasePerson.input.safeParse(erase).success).toBe(true);
    }
  });

  it('one character longer is refused when they start, with the translated length message', () => {
    const result = operations.learningStart.input.safeParse({
      learner: { fullName: 'Siân Llŵyd', role: 'staff', identifier: `a${LONGEST}` },
      recordType: 'induction',
      pin: '2468',
    });
    expect(result.error?.issues[0]?.message).toBe('errors.fields.tooLong?max=254');
  });
});
