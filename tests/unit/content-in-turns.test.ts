import path from 'node:path';
import { loadContentPack } from '../../electron/services/content/load-content-pack';
import { readLocaleFiles } from '../../electron/services/content/read-locale-files';
import {
  validateLocale,
  validateLocaleSteps,
} from '../../electron/services/content/validate-locale';
import { runNow } from '../../electron/services/work/in-turns';

const SHIPPED = path.join(process.cwd(), 'content');

describe('checking the shipped content without holding up main', () => {
  it('checks a locale a module at a time, and finds what checking it at once finds', async () => {
    const files = await readLocaleFiles(SHIPPED, 'en-GB');
    let steps = 0;
    const stepped = validateLocaleSteps(files);
    for (let step = stepped.next(); !step.done; step = stepped.next()) steps += 1;
    // One pause after each module and after the agreement: never the whole locale in one go.
    expect(steps).toBe(files.modules.length + 1);
    expect(runNow(validateLocaleSteps(files))).toEqual(validateLocale(files));
  });

  it('loads the pack the app shows from those steps', async () => {
    const pack = await loadContentPack(SHIPPED, 'cy');
    const { pack: atOnce } = validateLocale(await readLocaleFiles(SHIPPED, 'cy'));
    expect(pack).toEqual(atOnce);
    expect(pack.modules.length).toBeGreaterThan(5);
  });
});
