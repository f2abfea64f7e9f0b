import { isDeepStrictEqual } from 'node:util';
import type { Page } from '@playwright/test';
import { LOCALE_RESOURCES } from '../../../common/i18n/locale-resources';
import { pseudoCatalogue } from '../../support/pseudo-locale';

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
