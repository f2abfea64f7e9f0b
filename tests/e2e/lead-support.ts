import type { Locator, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import type { AppServices } from '../../electron/services/app-services';
import type { AcceptanceRecord } from '../../common/records/acceptance-record';
import { SignatureStore } from '../../electron/services/signatures/signature-store';
import { sampleRecord } from '../unit/fixtures/sample-record';

export const PASSPHRASE = 'correct horse battery staple';

/** A set-up device with a known lead passphrase and a few signed completions in the ledger. */
export async function arrangeLeadDevice(
  services: AppServices,
): Promise<{ records: AcceptanceRecord[]; recoveryCode: string }> {
  services.settings.update({
    setupComplete: true,
    // Complete, as setup requires; the settings tab refuses to save a blank contact.
    organisation: {
      orgName: 'Riverside Youth Club',
      esafetyLeadName: 'Morgan Example',
      esafetyLeadContact: 'extension 201',
      safeguardingLeadName: 'Sam Example',
      safeguardingLeadContact: 'extension 202',
    },
  });
  mkdirSync(services.env.dataDir, { recursive: true });
  const recoveryCode = await services.leadAuth.setUp(PASSPHRASE);
  const store = new SignatureStore(services.env.dataDir);
  const now = Date.now();
  const daysAgo = (days: number) => new Date(now - days * 86_400_000).toISOString();
  const people = [
    { fullName: 'Ana Price', role: 'staff', identifier: 'ana@example.org', days: 20 },
    { fullName: 'Ben Hall', role: 'volunteer', identifier: 'ben@example.org', days: 350 },
    { fullName: 'Cara Evans', role: 'trustee', identifier: 'cara@example.org', days: 400 },
  ] as const;
  const records: AcceptanceRecord[] = [];
  for (const { days, ...learner } of people) {
    const record = sampleRecord({
      learner,
      startedAt: daysAgo(days),
      completedAt: daysAgo(days),
      signedAt: daysAgo(days),
      signatureSha256: await store.saveTyped(learner.fullName),
    });
    await (await services.ledger()).appendCompletion(record);
    records.push(record);
  }
  return { records, recoveryCode };
}

export async function signIn(app: Page, passphrase = PASSPHRASE): Promise<void> {
  await app.getByRole('button', { name: 'E-safety lead area' }).click();
  await app.getByLabel('Passphrase').fill(passphrase);
  await app.getByRole('button', { name: 'Unlock' }).click();
}

/** The lead area's dashboard, signed in, on a device `arrangeLeadDevice` has set up. */
export async function signedInLead(
  app: Page,
  services: AppServices,
): ReturnType<typeof arrangeLeadDevice> {
  const arranged = await arrangeLeadDevice(services);
  await app.reload();
  await signIn(app);
  return arranged;
}

/** The lead area's section tabs, by their accessible name as a lead hears it. */
export function leadSections(app: Page): Locator {
  return app.getByRole('navigation', { name: 'Lead area sections' });
}

export async function openLeadSection(app: Page, name: string): Promise<void> {
  await leadSections(app).getByRole('button', { name }).click();
}
