import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  LRS_CONNECTION_FILE,
  LrsConnectionStore,
} from '../../electron/services/lrs-sync/lrs-connection-store';
import { testProtector, unprotectedStore } from '../support/test-device-key';
import { withTempDir } from './fixtures/temp-dir';

const INPUT = {
  endpoint: 'https://lrs.example.org/xAPI/',
  key: 'riverside-key',
  secret: 'Riverside-LRS-secret-9',
  activityBase: 'https://riverside.example.org/xapi',
  homePage: 'https://riverside.example.org',
};

/** The form saved again with the secret field left empty. */
const { endpoint, key, activityBase, homePage } = {
  endpoint: 'https://lrs.example.org/xAPI/',
  key: 'riverside-key',
  activityBase: 'https://riverside.example.org/xapi',
  homePage: 'https://riverside.example.org',
};
const withoutSecret = { endpoint, key, activityBase, homePage };

let temp: Awaited<ReturnType<typeof withTempDir>>;
beforeEach(async () => {
  temp = await withTempDir();
});
afterEach(() => temp.cleanup());

describe('the LRS secret on this device', () => {
  it('is stored encrypted by the OS store and never handed back to the screen', async () => {
    const store = new LrsConnectionStore(temp.dir, testProtector());
    const view = await store.save(INPUT);
    expect(view).toEqual({
      configured: true,
      endpoint: 'https://lrs.example.org/xAPI',
      key: 'riverside-key',
      activityBase: INPUT.activityBase,
      homePage: INPUT.homePage,
      secretSaved: true,
      protection: 'os',
    });
    expect(JSON.stringify(view)).not.toContain(INPUT.secret);
    const onDisk = await readFile(join(temp.dir, LRS_CONNECTION_FILE), 'utf8');
    expect(onDisk).not.toContain(INPUT.secret);
    expect(onDisk).not.toContain(Buffer.from(INPUT.secret).toString('base64'));
    const reopened = await new LrsConnectionStore(temp.dir, testProtector()).saved();
    expect(reopened?.connection).toEqual({
      endpoint: 'https://lrs.example.org/xAPI',
      username: 'riverside-key',
      password: INPUT.secret,
    });
  });

  it('left empty when saving again, the saved secret is kept', async () => {
    const store = new LrsConnectionStore(temp.dir, testProtector());
    await store.save(INPUT);
    await store.save({ ...withoutSecret, key: 'new-key' });
    expect((await store.saved())?.connection).toMatchObject({
      username: 'new-key',
      password: INPUT.secret,
    });
  });

  it('copied to another computer, the secret cannot be opened and must be entered again', async () => {
    await new LrsConnectionStore(temp.dir, testProtector('computer-a')).save(INPUT);
    const elsewhere = new LrsConnectionStore(temp.dir, testProtector('computer-b'));
    expect(await elsewhere.saved()).toBeNull();
    await expect(elsewhere.save(withoutSecret)).rejects.toMatchObject({
      code: 'lrsSync.secretMissing',
    });
  });

  it('where the OS has no secret store it is kept as it is and the lead is warned', async () => {
    const store = new LrsConnectionStore(temp.dir, unprotectedStore);
    expect((await store.view()).protection).toBe('none');
    expect((await store.save(INPUT)).protection).toBe('none');
    expect((await store.saved())?.connection.password).toBe(INPUT.secret);
  });

  it('a plain-http address on another machine is refused and nothing is written', async () => {
    const store = new LrsConnectionStore(temp.dir, testProtector());
    await expect(
      store.save({ ...INPUT, endpoint: 'http://lrs.example.org/xAPI' }),
    ).rejects.toMatchObject({
      code: 'lrsSync.settingsInvalid',
    });
    expect(await readdir(temp.dir)).toEqual([]);
    await expect(
      store.save({ ...INPUT, endpoint: 'http://127.0.0.1:8080/xAPI' }),
    ).resolves.toMatchObject({
      configured: true,
    });
  });
});
