import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';

// The app renders its first screen once, already translated: what the first paint shows is
// what stays on screen. This records the page's content the moment the app first puts anything
// in it (a mutation observer runs before the browser can paint), so a flash of i18n keys, of a
// loading message or of the other language would be caught.
const RECORD_FIRST_CONTENT = `
  new MutationObserver((_, observer) => {
    const root = document.getElementById('root');
    if (!root || !root.hasChildNodes()) return;
    observer.disconnect();
    window.__firstContent = {
      text: root.textContent,
      heading: document.querySelector('h1')?.textContent ?? null,
      lang: document.documentElement.lang,
    };
  }).observe(document, { childList: true, subtree: true });`;

interface FirstContent {
  text: string;
  heading: string | null;
  lang: string;
}

async function reloadRecordingFirstContent(app: Page): Promise<FirstContent> {
  await app.addInitScript(RECORD_FIRST_CONTENT);
  await app.reload();
  await expect(app.getByRole('heading', { level: 1 })).toBeFocused();
  return app.evaluate(() => (window as unknown as { __firstContent: FirstContent }).__firstContent);
}

test('the welcome screen is in English from its first paint, exactly as it then stays', async ({
  app,
}) => {
  const first = await reloadRecordingFirstContent(app);
  expect(first.heading).toBe('Stay safe online, keep young people safe');
  expect(first.lang).toBe('en-GB');
  expect(first.text).toContain('This device has not been set up yet.');
  expect(first.text).toBe(await app.locator('#root').textContent());
});

test('the welcome screen is in Welsh from its first paint when Welsh was chosen', async ({
  app,
  services,
}) => {
  services.settings.update({ locale: 'cy' });
  const first = await reloadRecordingFirstContent(app);
  expect(first.heading).toBe('Byddwch yn ddiogel ar-lein, cadwch bobl ifanc yn ddiogel');
  expect(first.lang).toBe('cy');
  expect(first.text).toContain("Nid yw'r ddyfais hon wedi'i gosod eto.");
  expect(first.text).toBe(await app.locator('#root').textContent());
});
