import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './harness/axe';

// Tagged @harness: it checks the checker, on a page of its own, so it runs once (not per app).
test(
  'the accessibility check fails a page whose buttons are smaller than 24 by 24 pixels',
  { tag: '@harness' },
  async ({ page }) => {
    await page.setContent(
      '<!doctype html><html lang="en"><head><title>Probe</title></head><body><main>' +
        '<h1>Probe</h1><button style="width:12px;height:12px;padding:0">A</button>' +
        '<button style="width:12px;height:12px;padding:0;margin-left:1px">B</button>' +
        '</main></body></html>',
    );
    await expect(expectNoAxeViolations(page, 'a probe page')).rejects.toThrow(/target-size/);
  },
);
