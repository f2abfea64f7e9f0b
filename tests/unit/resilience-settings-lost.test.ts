import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelOf } from '../../common/ipc/contract';
import type { Startup } from '../../common/ipc/operations/app-operations';
import { DEVICE_ID_FILE } from '../../electron/services/settings/device-id-file';
import { APP_SENDER, routerFor, servicesAt } from './fixtures/app-under-test';
import { SAMPLE_INPUTS } from './fixtures/ipc-samples';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

let temp: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  temp = await withTempDir();
});
afterEach(() => temp.cleanup());

/** The app started afresh on the folder, as after a restart; its dispatch and start-up state. */
async function restart() {
  const services = servicesAt(temp.dir);
  const { dispatch } = routerFor(services);
  const startup = await dispatch(channelOf('getStartup'), undefined, APP_SENDER);
  if (!startup.ok) throw new Error(startup.error.code);
  return { services, dispatch, info: (startup.value as Startup).info };
}

describe('a settings file lost from a device in use', () => {
  it('a brand-new device is not told anything is lost', async () => {
    expect((await restart()).info.settingsLost).toBe(false);
  });

  it('says so at start-up, keeps the records, and is quiet again once the lead sets up with the same passphrase', async () => {
    const first = await restart();
    await first.dispatch(channelOf('completeSetup'), SAMPLE_INPUTS.completeSetup, APP_SENDER);
    const record = sampleRecord();
    await (await first.services.ledger()).appendCompletion(record);
    expect((await restart()).info.settingsLost).toBe(false);

    await rm(first.services.env.settingsSource.path);
    const again = await restart();
    expect(again.info).toMatchObject({ settingsLost: true, settingsRecoveredFrom: null });
    expect((await again.services.ledger()).liveRecords().map((r) => r.recordId)).toEqual([
      record.recordId,
    ]);

    // Setting up again needs the passphrase already on this device, not a new one.
    const other = { ...SAMPLE_INPUTS.completeSetup, passphrase: 'somebody else entirely' };
    expect(await again.dispatch(channelOf('completeSetup'), other, APP_SENDER)).toMatchObject({
      ok: false,
      error: { code: 'lead-wrong-passphrase' },
    });
    expect(
      await again.dispatch(channelOf('completeSetup'), SAMPLE_INPUTS.completeSetup, APP_SENDER),
    ).toMatchObject({ ok: true, value: { recoveryCode: null } });
    expect((await restart()).info.settingsLost).toBe(false);
  });

  it('keeps the device’s own id, so its records, LRS queue and evidence packs still know it', async () => {
    const first = await restart();
    await first.dispatch(channelOf('completeSetup'), SAMPLE_INPUTS.completeSetup, APP_SENDER);
    const ownId = first.services.settings.get().deviceId;

    await rm(first.services.env.settingsSource.path);
    const again = await restart();
    expect(again.services.settings.get().deviceId).toBe(ownId);
    expect(again.services.settings.get().setupComplete).toBe(false);
    // And stays so after the next restart, set up again or not.
    expect((await restart()).services.settings.get().deviceId).toBe(ownId);
  });

  it('a damaged copy of the id is kept aside, not overwritten, and the settings’ id kept', async () => {
    const first = await restart();
    await first.dispatch(channelOf('completeSetup'), SAMPLE_INPUTS.completeSetup, APP_SENDER);
    const ownId = first.services.settings.get().deviceId;
    const file = join(first.services.env.dataDir, DEVICE_ID_FILE);
    await writeFile(file, '{"deviceId": ');
    expect((await restart()).services.settings.get().deviceId).toBe(ownId);
    const names = await readdir(first.services.env.dataDir);
    expect(names.filter((n) => n.startsWith('device-id.corrupt-'))).toHaveLength(1);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ deviceId: ownId });
  });
});
