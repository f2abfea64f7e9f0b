import { join } from 'node:path';
import { createHandlers } from '../../electron/ipc/handlers/create-handlers';
import { createRouter, type Dispatch } from '../../electron/ipc/router';
import { channelOf } from '../../electron/ipc/channels';
import { createAppServices, type AppServices } from '../../electron/services/app-services';
import { certificatePayload } from '../../electron/services/certificates/certificate-payload';
import { SignatureStore } from '../../electron/services/signatures/signature-store';
import { confSettingsSource } from '../../electron/services/settings/conf-settings-source';
import { TestDialogs } from '../e2e/harness/test-dialogs';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

const SENDER = { url: 'app://esafety/index.html', isMainFrame: true };

let temp: Awaited<ReturnType<typeof withTempDir>>;
let services: AppServices;
let dispatch: Dispatch;

beforeEach(async () => {
  temp = await withTempDir();
  services = createAppServices({
    appName: 'E-safety Induction',
    appVersion: '0.0.0-test',
    dataDir: join(temp.dir, 'data'),
    contentDir: join(import.meta.dirname, '../../content'),
    settingsSource: confSettingsSource(temp.dir),
    dialogs: new TestDialogs(temp.dir),
    now: () => new Date('2026-03-02T10:16:00.000Z'),
  });
  dispatch = createRouter({ handlers: createHandlers(services), isTrustedSender: () => true });
});
afterEach(() => temp.cleanup());

const verify = (input: unknown) => dispatch(channelOf('verifyCertificate'), input, SENDER);

it('the renderer can check a certificate by its code or its QR text', async () => {
  const signatureSha256 = await new SignatureStore(services.env.dataDir).saveTyped('Siân Llŵyd');
  const record = sampleRecord({ signatureSha256 });
  await (await services.ledger()).appendCompletion(record);
  expect(await verify({ input: record.certificateCode })).toEqual({
    ok: true,
    value: { status: 'valid', record },
  });
  expect(await verify({ input: certificatePayload(record) })).toEqual({
    ok: true,
    value: { status: 'valid', record },
  });
  expect(await verify({ input: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ' })).toEqual({
    ok: true,
    value: { status: 'unknown', reason: 'not-found' },
  });
});

it('a verification request in the wrong shape is refused before it reaches the ledger', async () => {
  expect(await verify({ input: 'x'.repeat(501) })).toMatchObject({
    ok: false,
    error: { code: 'invalid-argument' },
  });
  expect(await verify({ code: 'ABCD' })).toMatchObject({
    ok: false,
    error: { code: 'invalid-argument' },
  });
});
