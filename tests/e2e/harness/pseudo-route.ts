import { isDeepStrictEqual } from 'node:util';
import { expect, type Page } from '@playwright/test';
import { LOCALE_RESOURCES } from '../../../common/i18n/locale-resources';
import { pseudoCatalogue, strayText } from '../../support/pseudo-locale';
import { buildPackFiles } from '../../unit/fixtures/content/build-pack';

const english = LOCALE_RESOURCES['en-GB'];

/**
 * Serves the pseudo locale in place of en-GB's text to this page, for this test only: each
 * locale chunk the built renderer asks for is read, and the one that is exactly an en-GB
 * namespace is answered with that namespace pseudo-localised. Nothing of it is in the build.
 */
export async function servePseudoEnglish(page: Page): Promise<void> {
  await page.route(/\/assets\/([a-z]+)-[\w-]+\.js$/, async (route) => {
    const response = await route.fetch();
    const namespace = /\/assets\/([a-z]+)-/.exec(route.request().url())?.[1] ?? '';
    const bundle = english[namespace];
    if (!bundle) return route.fulfill({ response });
    const body = await response.text();
    let text: unknown;
    try {
      const source = `data:text/javascript;base64,${Buffer.from(body).toString('base64')}`;
      text = ((await import(source)) as { default: unknown }).default;
    } catch {
      return route.fulfill({ response }); // a code chunk of the same name, not a locale file
    }
    if (!isDeepStrictEqual(text, bundle)) return route.fulfill({ response });
    return route.fulfill({
      response,
      body: `export default ${JSON.stringify(pseudoCatalogue(bundle))};`,
    });
  });
}

/** Every piece of text the page shows or gives to assistive technology. */
export function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const value = node.textContent?.trim() ?? '';
      if (!parent || value === '' || parent.closest('script, style')) continue;
      if (!parent.checkVisibility() && !parent.closest('.visually-hidden, [role="status"]'))
        continue;
      texts.push(value);
    }
    for (const element of document.body.querySelectorAll('*')) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/** Strings of the test's course: content, not UI text (each piece between interpolations). */
export function contentStrings(): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string')
      out.push(...value.split(/\{\{[^}]*\}\}/).map((piece) => piece.trim()));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(buildPackFiles('en-GB'));
  return out.filter((piece) => piece.length >= 3);
}

/**
 * Fails, naming the screen, on any text shown that is not pseudo text, the course's own content
 * or one of the `data` values (names, codes, the app version).
 */
export async function expectOnlyPseudoText(page: Page, screen: string, data: readonly string[]) {
  const allowed = [...contentStrings(), ...data];
  const stray = (await shownTexts(page)).filter((text) => strayText(text, allowed) !== null);
  expect(stray, `${screen}: text shown that did not come through i18next`).toEqual([]);
}
