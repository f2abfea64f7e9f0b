// THROWAWAY QA spec: screenshots of the lead area. Delete before finishing.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { appendAnswer } from '../../electron/services/analytics/answers-file';
import { learnerKeyFor } from '../../electron/services/analytics/answer-event';
import { SignatureStore } from '../../electron/services/signatures/signature-store';
import type { AppServices } from '../../electron/services/app-services';
import { sampleRecord } from '../unit/fixtures/sample-record';
import { expect, test } from './harness/fixtures';
import { PASSPHRASE } from './lead-support';

const OUT = '/tmp/qa2';
fs.mkdirSync(OUT, { recursive: true });

const FIRST = ['Ana', 'Ben', 'Cara', 'Dafydd', 'Eleri', 'Ffion', 'Gethin', 'Huw', 'Iolo', 'Jess',
  'Kieran', 'Llinos', 'Megan', 'Nia', 'Owain', 'Priya', 'Rhys', 'Siân', 'Tomasz', 'Wen'];
const LAST = ['Price', 'Hall', 'Evans', 'ap Gruffydd', 'Jones', 'Llŵyd-Łukasz', 'Okonkwo-Barrington',
  'Williams', 'Morgan', 'Patel'];
const ROLES = ['staff', 'volunteer', 'trustee', 'sessional', 'agency', 'student'] as const;

async function arrange(services: AppServices, locale: 'en-GB' | 'cy') {
  services.settings.update({
    setupComplete: true,
    locale,
    retentionYears: 1,
    organisation: {
      ...services.settings.get().organisation,
      orgName: 'Riverside Youth Club and Community Learning Partnership',
    },
  });
  fs.mkdirSync(services.env.dataDir, { recursive: true });
  await services.leadAuth.setUp(PASSPHRASE);
  const store = new SignatureStore(services.env.dataDir);
  const now = Date.now();
  const ledger = await services.ledger();
  // 45 people, some with a refresher on top of an induction: ~60 records over 18 months.
  for (let i = 0; i < 45; i += 1) {
    const fullName = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
    const identifier =
      i % 5 === 0
        ? `STAFF-${1000 + i}`
        : `${fullName.toLowerCase().replace(/[^a-z]+/g, '.')}${i}@riverside-youth.example.org`;
    const role = ROLES[i % ROLES.length] ?? 'staff';
    const firstDays = 20 + ((i * 37) % 520);
    const times = i % 3 === 0 && firstDays > 370 ? [firstDays, firstDays - 365] : [firstDays];
    for (const [n, days] of times.entries()) {
      const at = new Date(now - days * 86_400_000);
      const expires = new Date(at);
      expires.setUTCMonth(expires.getUTCMonth() + 12);
      const record = sampleRecord({
        learner: { fullName, role, identifier },
        recordType: n === 0 ? 'induction' : 'refresher',
        startedAt: at.toISOString(),
        completedAt: at.toISOString(),
        signedAt: at.toISOString(),
        expiresOn: expires.toISOString().slice(0, 10),
        overallPercent: 70 + ((i * 13) % 31),
        signatureSha256: await store.saveTyped(fullName),
      });
      await ledger.appendCompletion(record);
    }
  }
  // Hardest questions: a few steps with varied first-try success; some anonymous starters.
  const steps = [
    ['accounts-and-contact', 'accounts-scn-parent-asks-mobile', 'accounts-scn-parent-asks-mobile-s1', 0.3],
    ['privacy-and-presence', 'privacy-scn-tagged-photos', 'privacy-scn-tagged-photos-s2', 0.45],
    ['devices-and-bluetooth', 'devices-scn-bluetooth-pairing', 'devices-scn-bluetooth-pairing-s1', 0.55],
    ['why-esafety-matters', 'why-scn-unclear-aup', 'why-scn-unclear-aup-s1', 0.7],
    ['accounts-and-contact', 'accounts-scn-late-night-text', 'accounts-scn-late-night-text-s2', 0.8],
    ['old-module', 'old-scenario', 'old-step', 0.5],
  ] as const;
  for (let p = 0; p < 24; p += 1) {
    const who = p < 20 ? `learner${p}` : `never-finished-${p}@example.org`;
    for (const [moduleId, scenarioId, stepId, rate] of steps) {
      await appendAnswer(services.env.dataDir, {
        learnerKey: learnerKeyFor(who),
        attemptId: `a-${p}`,
        moduleId,
        scenarioId,
        stepId,
        optionId: `${stepId}-a`,
        best: (p * 0.37) % 1 < rate,
        firstTry: true,
        at: new Date(now - p * 86_400_000).toISOString(),
      });
    }
  }
}

function strings(locale: string) {
  const read = (ns: string) =>
    JSON.parse(fs.readFileSync(path.join('renderer/locales', locale, `${ns}.json`), 'utf8'));
  return { lead: read('lead'), welcome: read('welcome') };
}

async function shot(app: Page, name: string) {
  await app.waitForTimeout(150);
  await app.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });
}

for (const [locale, width, height] of [
  ['en-GB', 1280, 800],
  ['cy', 1024, 640],
  ['en-GB', 1024, 640],
] as const) {
  test(`lead screens ${locale} ${width}`, async ({ app, services, dialogs, exportsDir }) => {
    test.setTimeout(240_000);
    const tag = `${locale}-${width}`;
    await app.setViewportSize({ width, height });
    await arrange(services, locale);
    await app.reload();
    const s = strings(locale);
    await app.getByRole('button', { name: s.welcome.leadArea }).click();
    await shot(app, `${tag}-01-login`);
    await app.getByLabel(s.lead.login.passphrase).fill('wrong one');
    await app.getByRole('button', { name: s.lead.login.submit }).click();
    await app.waitForTimeout(400);
    await shot(app, `${tag}-02-login-wrong`);
    if (width === 1280) {
      for (let k = 0; k < 4; k += 1) {
        await app.getByLabel(s.lead.login.passphrase).fill(`wrong ${k}`);
        await app.getByRole('button', { name: s.lead.login.submit }).click();
        await app.waitForTimeout(300);
      }
      await shot(app, `${tag}-03-login-locked`);
      await app.getByRole('button', { name: s.lead.login.forgot }).click();
      await app.getByRole('button', { name: s.lead.recovery.submit }).click();
      await shot(app, `${tag}-04-recovery`);
      await app.getByLabel(s.lead.recovery.newPassphrase, { exact: true }).fill('abc');
      await app.getByLabel(s.lead.recovery.confirm).fill('abcd');
      await app.getByRole('button', { name: s.lead.recovery.submit }).click();
      await shot(app, `${tag}-04b-recovery-mismatch`);
      await services.leadAuth.unlock(PASSPHRASE).catch(() => undefined);
      return;
    }
    await app.getByLabel(s.lead.login.passphrase).fill(PASSPHRASE);
    await app.getByRole('button', { name: s.lead.login.submit }).click();
    const tabs = app.getByRole('navigation', { name: s.lead.tabs.label });
    await expect(tabs).toBeVisible();
    await app.waitForTimeout(500);
    await shot(app, `${tag}-05-dashboard`);
    await tabs.getByRole('button', { name: s.lead.tabs.records }).click();
    await app.waitForTimeout(500);
    await shot(app, `${tag}-06-records`);
    await app.locator('.lead-records').evaluate((el) => (el.scrollTop = 600));
    await app.waitForTimeout(300);
    await app.locator('.lead-records').screenshot({ path: `${OUT}/${tag}-06b-records-scrolled.png` });
    await app.getByLabel(s.lead.records.status).selectOption('overdue');
    await app.waitForTimeout(500);
    await shot(app, `${tag}-07-records-overdue`);
    await app.getByLabel(s.lead.records.search, { exact: true }).fill('zzzz');
    await app.waitForTimeout(500);
    await shot(app, `${tag}-08-records-none`);
    await app.getByRole('button', { name: s.lead.records.clear }).click();
    await app.waitForTimeout(500);
    await app.locator('.lead-records .lead-link').first().focus();
    await app.keyboard.press('Tab');
    await app.keyboard.press('Shift+Tab');
    await app.locator('.lead-records').screenshot({ path: `${OUT}/${tag}-08b-focus.png` });
    await app.locator('.lead-records .lead-link').nth(2).click();
    await app.waitForTimeout(500);
    await shot(app, `${tag}-09-person`);
    await tabs.getByRole('button', { name: s.lead.tabs.exports }).click();
    await shot(app, `${tag}-10-exports`);
    await app.getByRole('button', { name: s.lead.exports.certificatesFolder }).click();
    await app.waitForTimeout(200);
    await shot(app, `${tag}-11-exports-progress`);
    await app.waitForTimeout(4000);
    await shot(app, `${tag}-12-exports-done`);
    await app.getByRole('button', { name: s.lead.exports.saveFile }).click();
    await shot(app, `${tag}-12b-xapi-invalid`);
    await tabs.getByRole('button', { name: s.lead.tabs.import }).click();
    await shot(app, `${tag}-13-import`);
    await tabs.getByRole('button', { name: s.lead.tabs.verify }).click();
    const code = (await services.ledger()).liveRecords()[3]?.certificateCode ?? '';
    await app.getByLabel(s.lead.verify.input).fill(code);
    await app.getByRole('button', { name: s.lead.verify.submit, exact: true }).click();
    await app.waitForTimeout(400);
    await shot(app, `${tag}-14-verify-valid`);
    await app.getByLabel(s.lead.verify.input).fill('ABCD-EFGH-JKMN-PQRS');
    await app.getByRole('button', { name: s.lead.verify.submit, exact: true }).click();
    await app.waitForTimeout(400);
    await shot(app, `${tag}-15-verify-unknown`);
    await tabs.getByRole('button', { name: s.lead.tabs.protection }).click();
    await app.waitForTimeout(400);
    await shot(app, `${tag}-16-protection`);
    await app.getByLabel(s.lead.erase.identifier).fill('STAFF-1000');
    await app.getByLabel(s.lead.erase.confirm).fill('STAFF-1000');
    await app.getByRole('button', { name: s.lead.erase.submit }).click();
    await app.waitForTimeout(400);
    await shot(app, `${tag}-17-erased`);
    await tabs.getByRole('button', { name: s.lead.tabs.settings }).click();
    await shot(app, `${tag}-18-settings`);
    void dialogs;
    void exportsDir;
  });
}
