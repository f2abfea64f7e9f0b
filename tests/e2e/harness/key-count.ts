import type { Page } from '@playwright/test';

/** Keys a journey took: Tab (either way), other keys (Enter, Space, arrows…), characters typed. */
export interface KeyCount {
  tab: number;
  other: number;
  typed: number;
}

/**
 * Counts every key the test presses or types on `page` from now on, by wrapping the page's own
 * keyboard: the journey helpers stay as they are, and nothing the test does by keyboard escapes
 * the count. (Mouse use is not counted: a keyboard journey must not use the mouse at all.)
 */
export function countKeys(page: Page): KeyCount {
  const count: KeyCount = { tab: 0, other: 0, typed: 0 };
  const keyboard = page.keyboard;
  const press = keyboard.press.bind(keyboard);
  const type = keyboard.type.bind(keyboard);
  keyboard.press = async (key, options) => {
    if (key === 'Tab' || key === 'Shift+Tab') count.tab += 1;
    else count.other += 1;
    return press(key, options);
  };
  keyboard.type = async (text, options) => {
    count.typed += [...text].length;
    return type(text, options);
  };
  return count;
}

/** The committed budget for one journey: a journey may need fewer presses, never more. */
export interface KeyBudget {
  tab: number;
  other: number;
}
