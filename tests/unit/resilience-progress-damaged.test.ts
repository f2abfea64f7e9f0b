import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../electron/services/app-services';
import { PROGRESS_DIR } from '../../electron/services/lead/progress-files';
import { servicesAt } from './fixtures/app-under-test';
import { withTempDir } from './fixtures/temp-dir';

const CAI = { fullName: 'Cai Jones', role: 'staff', identifier: 'cai@example.org' } as const;
const PIN = '2468';

let temp: { dir: string; cleanup: () => Promise<void> };
let services: AppServices;
let progressDir: string;

beforeEach(async () => {
  temp = await withTempDir();
  services = servicesAt(temp.dir);
  services.settings.update({ setupComplete: true });
  await services.learning.start(CAI, 'induction', PIN);
  progressDir = join(services.env.dataDir, PROGRESS_DIR);
});
afterEach(() => temp.cleanup());

async function dashboard() {
  const { unreadableProgress, inTraining } = await services.lead.dashboard('en-GB');
  return { unreadableProgress, inTraining: inTraining.length };
}

async function damageTheirProgress(): Promise<void> {
  const [file] = (await readdir(progressDir)).filter((name) => /^[0-9a-f]{64}\.json$/.test(name));
  await writeFile(join(progressDir, file ?? ''), '{"learner": {"fullName": "Cai J');
}

describe('a learner’s saved training damaged on disk', () => {
  it('the lead is told at once, not left to see them quietly drop out of "in training"', async () => {
    expect(await dashboard()).toEqual({ unreadableProgress: 0, inTraining: 1 });
    await damageTheirProgress();
    expect(await dashboard()).toEqual({ unreadableProgress: 1, inTraining: 0 });
  });

  it('stays on the lead’s dashboard once the learner is told and it is kept aside, until they start again', async () => {
    await damageTheirProgress();
    await expect(services.learning.resume(CAI.identifier, PIN)).rejects.toMatchObject({
      code: 'learning-progress-damaged',
    });
    expect((await readdir(progressDir)).some((name) => name.includes('.corrupt-'))).toBe(true);
    expect(await dashboard()).toEqual({ unreadableProgress: 1, inTraining: 0 });

    await services.learning.start(CAI, 'induction', PIN);
    expect(await dashboard()).toEqual({ unreadableProgress: 0, inTraining: 1 });
    // The damaged copy is still there for the lead to look at: nothing was deleted.
    expect((await readdir(progressDir)).some((name) => name.includes('.corrupt-'))).toBe(true);
  });
});
