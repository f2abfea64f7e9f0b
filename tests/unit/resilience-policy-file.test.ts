import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelOf } from '../../common/ipc/contract';
import { LOCALE_RESOURCES } from '../../common/i18n/locale-resources';
import type { AppServices } from '../../electron/services/app-services';
import type { Dispatch } from '../../electron/ipc/router';
import { APP_SENDER, routerFor, servicesAt } from './fixtures/app-under-test';
import { SAMPLE_INPUTS } from './fixtures/ipc-samples';
import { withTempDir } from './fixtures/temp-dir';

let temp: { dir: string; cleanup: () => Promise<void> };
let services: AppServices;
let policyFile: string;

beforeEach(async () => {
  temp = await withTempDir();
  services = servicesAt(temp.dir);
  services.settings.update({ setupComplete: true });
  await services.policy.saveDraft({
    clauses: [{ id: 'org-video-calls', text: { 'en-GB': 'Video calls only.' }, retired: false }],
    requirements: {},
    notes: {},
  });
  await services.policy.publish('Our video-call rule');
  policyFile = join(services.env.dataDir, 'policy.json');
});
afterEach(() => temp.cleanup());

/** What the screen says for a failure, as ErrorNotice words it, in `locale`. */
async function inWords(failure: { i18nKey: string; details: object }, locale: string) {
  const t = await i18next.createInstance().init({
    lng: locale,
    resources: LOCALE_RESOURCES,
    interpolation: { escapeValue: false },
  });
  const key = failure.i18nKey.replace(/^errors\./, 'errors:');
  return t(key, { ...failure.details });
}

describe('the organisation’s policy file damaged on disk', () => {
  it('is refused in plain words in both languages, with no untranslated detail, and left byte for byte', async () => {
    const text = await readFile(policyFile, 'utf8');
    const damaged = text.slice(0, text.length / 2);
    await writeFile(policyFile, damaged);
    const fresh = servicesAt(temp.dir);
    const { dispatch }: { dispatch: Dispatch } = routerFor(fresh);
    const result = await dispatch(
      channelOf('learningStart'),
      SAMPLE_INPUTS.learningStart,
      APP_SENDER,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'policy-invalid' } });
    if (result.ok) return;
    const english = await inWords(result.error, 'en-GB');
    const welsh = await inWords(result.error, 'cy');
    expect(english).toMatch(/policy file on this device is damaged/);
    expect(english).toMatch(/e-safety lead/);
    expect(welsh).toMatch(/arweinydd e-ddiogelwch/);
    // zod's own English (e.g. "Invalid input: expected object") never reaches the Welsh screen.
    expect(welsh).not.toMatch(/Invalid|expected|received/);
    expect(await readFile(policyFile, 'utf8')).toBe(damaged);
  });
});
