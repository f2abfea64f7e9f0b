/**
 * `npm run i18n:check`: every UI locale has the same namespaces and keys, the same interpolation
 * variables per key, the plural forms its language needs, and no empty strings. Exits 1 on any
 * problem. An optional argument names another locales folder (the tests use this).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkUiCatalogues } from '../electron/services/content/i18n-catalogue-check';

const here = path.dirname(fileURLToPath(import.meta.url));
const localesDir = path.resolve(process.argv[2] ?? path.join(here, '..', 'common', 'locales'));

const problems = await checkUiCatalogues(localesDir);
for (const { locale, namespace, key, problem } of problems) {
  const file = namespace ? `${locale}/${namespace}.json` : locale;
  console.log(`common/locales/${file}${key ? `: ${key}` : ''}: ${problem}`);
}
if (problems.length > 0) {
  console.error(`i18n check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exitCode = 1;
} else {
  console.log('i18n OK');
}
