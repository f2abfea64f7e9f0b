import { join } from 'node:path';
import type { AppServices } from '../../electron/services/app-services';
import { servicesAt } from '../unit/fixtures/app-under-test';
import { withTempDir } from '../unit/fixtures/temp-dir';
import { startLrs, type LrsServer } from './lrs-server';
import { switchableProxy, type SwitchableProxy } from './switchable-proxy';

/** The organisation the devices in these tests belong to, and where its activities live. */
export const RIVERSIDE = {
  homePage: 'https://riverside.example.org',
  activityBase: 'https://riverside.example.org/xapi',
};

export interface RealLrsDevices {
  /** This test's own LRS: each test reads back everything it holds. */
  readonly lrs: LrsServer;
  /** The relay the devices reach it through, which a test can stop and start again. */
  readonly proxy: SwitchableProxy;
  /**
   * A device with its own folder, set up and pointed at the LRS through the relay; given the
   * folder of an earlier one, the same device started again (its LRS settings as saved). Its
   * requests go through `fetch` when given (an LRS that answers differently, say).
   */
  device(options?: DeviceOptions): Promise<{ dir: string; data: string; services: AppServices }>;
}

export interface DeviceOptions {
  dir?: string;
  fetch?: typeof fetch;
}

/**
 * For each test of the file that calls it: a fresh real LRS behind a switchable relay, and
 * devices on it whose syncs are stopped and folders removed after the test.
 */
export function realLrsPerTest(): RealLrsDevices {
  let lrs: LrsServer | undefined;
  let proxy: SwitchableProxy | undefined;
  const cleanups: (() => Promise<void>)[] = [];
  beforeEach(async () => {
    lrs = await startLrs();
    proxy = await switchableProxy(lrs.port);
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
    await proxy?.stop();
    await lrs?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('realLrsPerTest: used outside a test');
    return value;
  };
  return {
    get lrs() {
      return started(lrs);
    },
    get proxy() {
      return started(proxy);
    },
    async device({ dir, fetch } = {}) {
      const temp = dir === undefined ? await withTempDir() : null;
      if (temp) cleanups.push(temp.cleanup);
      const folder = dir ?? temp!.dir;
      const services = servicesAt(folder, fetch ? { fetch } : {});
      services.settings.update({
        organisation: { ...services.settings.get().organisation, orgName: 'Riverside Youth Club' },
        setupComplete: true,
      });
      cleanups.push(() => services.lrs.sync.stop());
      if (!dir) {
        await services.lrs.saveSettings({
          endpoint: started(proxy).endpoint,
          key: 'riverside-key',
          secret: 'riverside-secret',
          ...RIVERSIDE,
        });
      }
      return { dir: folder, data: join(folder, 'data'), services };
    },
  };
}
