import { LOCALES } from '../../../common/content/content-schema';
import { REFERENCE_LOCALE } from './content-rules';
import {
  entryVariables,
  flattenCatalogue,
  groupPlurals,
  pluralForms,
  readCatalogues,
  type CatalogueEntry,
  type CatalogueProblem,
} from './i18n-catalogue';

type Entries = Map<string, CatalogueEntry>;

function formKey(logical: string, entry: CatalogueEntry, form: string): string {
  const base = entry.plural === 'ordinal' ? logical.replace(/_ordinal$/, '') : logical;
  return entry.plural === 'ordinal' ? `${base}_ordinal_${form}` : `${base}_${form}`;
}

/** Each plural entry must have exactly the forms its language uses (`_zero` is always optional). */
function checkForms(locale: string, namespace: string, entries: Entries, out: CatalogueProblem[]) {
  for (const [logical, entry] of entries) {
    if (!entry.plural) continue;
    const needed = pluralForms(locale, entry.plural);
    for (const form of needed) {
      if (!entry.forms.has(form)) {
        out.push({
          locale,
          namespace,
          key: formKey(logical, entry, form),
          problem: `missing plural form "${form}" that ${locale} needs`,
        });
      }
    }
    for (const form of entry.forms.keys()) {
      if (!needed.includes(form) && !(form === 'zero' && entry.plural === 'cardinal')) {
        out.push({
          locale,
          namespace,
          key: formKey(logical, entry, form),
          problem: `${locale} has no "${form}" plural form`,
        });
      }
    }
  }
}

/**
 * A string that shows `{{count}}` must be a plural entry, so every language can give each number
 * its own form: Welsh needs all six (zero, one, two, few, many, other), and a plain string would
 * give "1 cymal", "2 cymal" and "3 cymal" alike. (i18next picks the form from `count`.)
 */
function checkCountsArePlural(
  locale: string,
  namespace: string,
  entries: Entries,
  out: CatalogueProblem[],
) {
  for (const [key, entry] of entries) {
    if (!entry.plural && entryVariables(entry).includes('count')) {
      out.push({
        locale,
        namespace,
        key,
        problem: `shows {{count}} but is not a plural entry (give it the forms ${pluralForms(locale, 'cardinal').join(', ')})`,
      });
    }
  }
}

function describe(entry: CatalogueEntry): string {
  return entry.plural ? `${entry.plural} plural` : 'plain string';
}

function compare(
  locale: string,
  namespace: string,
  ref: Entries,
  other: Entries,
  out: CatalogueProblem[],
) {
  const at = (key: string, problem: string) => out.push({ locale, namespace, key, problem });
  for (const [key, entry] of ref) {
    const twin = other.get(key);
    if (!twin) {
      at(key, `missing (${REFERENCE_LOCALE} has it)`);
      continue;
    }
    if (twin.plural !== entry.plural)
      at(key, `is a ${describe(twin)} but a ${describe(entry)} in ${REFERENCE_LOCALE}`);
    const mine = entryVariables(twin).join(', ');
    const theirs = entryVariables(entry).join(', ');
    if (mine !== theirs)
      at(key, `uses variables [${mine}] but ${REFERENCE_LOCALE} uses [${theirs}]`);
  }
  for (const key of other.keys()) {
    if (!ref.has(key)) at(key, `extra (not in ${REFERENCE_LOCALE})`);
  }
}

/**
 * Checks the UI catalogues: every locale has the same namespaces and keys as the reference locale,
 * the same `{{variables}}` per key, the plural forms its language needs, and no empty strings.
 */
export async function checkUiCatalogues(localesDir: string): Promise<CatalogueProblem[]> {
  const out: CatalogueProblem[] = [];
  const catalogues = await readCatalogues(localesDir, (p) => out.push(p));
  for (const locale of LOCALES) {
    if (!catalogues.has(locale) && catalogues.size > 0) {
      out.push({ locale, namespace: '', key: '', problem: 'locale folder is missing' });
    }
  }
  const entries = new Map<string, Map<string, Entries | undefined>>();
  for (const [locale, namespaces] of catalogues) {
    const byNamespace = new Map<string, Entries | undefined>();
    for (const [namespace, json] of namespaces) {
      if (json === undefined) {
        byNamespace.set(namespace, undefined);
        continue;
      }
      const flat = flattenCatalogue(json, (key, problem) =>
        out.push({ locale, namespace, key, problem }),
      );
      const grouped = groupPlurals(flat);
      checkForms(locale, namespace, grouped, out);
      checkCountsArePlural(locale, namespace, grouped, out);
      byNamespace.set(namespace, grouped);
    }
    entries.set(locale, byNamespace);
  }
  const ref = entries.get(REFERENCE_LOCALE);
  if (!ref) return out;
  for (const [locale, namespaces] of entries) {
    if (locale === REFERENCE_LOCALE) continue;
    for (const [namespace, refEntries] of ref) {
      if (!namespaces.has(namespace)) {
        out.push({
          locale,
          namespace,
          key: '',
          problem: `namespace missing (${REFERENCE_LOCALE} has it)`,
        });
      } else {
        const mine = namespaces.get(namespace);
        if (refEntries && mine) compare(locale, namespace, refEntries, mine, out);
      }
    }
    for (const namespace of namespaces.keys()) {
      if (!ref.has(namespace))
        out.push({
          locale,
          namespace,
          key: '',
          problem: `extra namespace (not in ${REFERENCE_LOCALE})`,
        });
    }
  }
  return out;
}
