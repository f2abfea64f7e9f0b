import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Reading UI string catalogues (`common/locales/<locale>/<namespace>.json`, i18next format) into
 * a form two locales can be compared in: plural forms (`_one`, `_few`, `_ordinal_two`...) are
 * grouped under one logical key, because each language needs its own set of forms.
 */

export interface CatalogueProblem {
  locale: string;
  namespace: string;
  /** Dotted key (`home.start_other`), or '' for a whole file or locale. */
  key: string;
  problem: string;
}

export type PluralType = 'cardinal' | 'ordinal';

export interface CatalogueEntry {
  plural: PluralType | undefined;
  /** Form suffix ('' for a plain string, 'one', 'other'...) to its text. */
  forms: Map<string, string>;
}

const PLURAL_KEY = /^(.+)_(ordinal_)?(zero|one|two|few|many|other)$/;

/** Flattens nested objects into dotted keys, reporting anything that is not a non-empty string. */
export function flattenCatalogue(
  json: unknown,
  report: (key: string, problem: string) => void,
  prefix = '',
  out = new Map<string, string>(),
): Map<string, string> {
  if (typeof json !== 'object' || json === null) {
    report(prefix, 'must be an object of strings');
    return out;
  }
  for (const [name, value] of Object.entries(json)) {
    const key = prefix === '' ? name : `${prefix}.${name}`;
    if (typeof value === 'string') {
      if (value.trim() === '') report(key, 'is empty');
      out.set(key, value);
    } else if (typeof value === 'object' && value !== null)
      flattenCatalogue(value, report, key, out);
    else report(key, `must be a string, not ${JSON.stringify(value)}`);
  }
  return out;
}

/** Groups `x_one`/`x_other` (and ordinals) as one entry `x` (or `x_ordinal`). */
export function groupPlurals(strings: Map<string, string>): Map<string, CatalogueEntry> {
  const entries = new Map<string, CatalogueEntry>();
  for (const [key, text] of strings) {
    const match = PLURAL_KEY.exec(key);
    const base = match?.[1] ?? '';
    const ordinal = match?.[2] ?? '';
    // A key is only a plural form when its `_other` sibling exists; `size_one` alone is just a key.
    const isPlural = match !== null && strings.has(`${base}_${ordinal}other`);
    const logical = isPlural ? (ordinal ? `${base}_ordinal` : base) : key;
    const entry = entries.get(logical) ?? {
      plural: isPlural ? (ordinal ? 'ordinal' : 'cardinal') : undefined,
      forms: new Map<string, string>(),
    };
    entry.forms.set(isPlural ? (match?.[3] ?? '') : '', text);
    entries.set(logical, entry);
  }
  return entries;
}

/** The plural forms i18next will ask for in this locale. */
export function pluralForms(locale: string, type: PluralType): string[] {
  try {
    return new Intl.PluralRules(locale, { type }).resolvedOptions().pluralCategories;
  } catch {
    return ['one', 'other'];
  }
}

const VARIABLE = /\{\{\s*-?\s*([^\s,{}]+)\s*(?:,[^{}]*)?\}\}/g;

/** Interpolation variables used anywhere in an entry (`{{count}}`, `{{- name}}`, `{{date, short}}`). */
export function entryVariables(entry: CatalogueEntry): string[] {
  const names = new Set<string>();
  for (const text of entry.forms.values()) {
    for (const match of text.matchAll(VARIABLE)) names.add(match[1] ?? '');
  }
  return [...names].sort();
}

/** Reads every locale folder and its namespace files; unparseable files are reported. */
export async function readCatalogues(
  localesDir: string,
  report: (problem: CatalogueProblem) => void,
): Promise<Map<string, Map<string, unknown>>> {
  const result = new Map<string, Map<string, unknown>>();
  let locales: string[] = [];
  try {
    const dirents = await fs.readdir(localesDir, { withFileTypes: true });
    locales = dirents
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
  } catch {
    report({ locale: '', namespace: '', key: '', problem: `no locales folder at ${localesDir}` });
  }
  for (const locale of locales) {
    const namespaces = new Map<string, unknown>();
    const names = (await fs.readdir(path.join(localesDir, locale))).filter((n) =>
      n.endsWith('.json'),
    );
    for (const name of names.sort()) {
      const namespace = name.slice(0, -'.json'.length);
      try {
        const raw = await fs.readFile(path.join(localesDir, locale, name), 'utf8');
        namespaces.set(namespace, JSON.parse(raw) as unknown);
      } catch (error) {
        namespaces.set(namespace, undefined);
        report({
          locale,
          namespace,
          key: '',
          problem: `not valid JSON: ${(error as Error).message}`,
        });
      }
    }
    result.set(locale, namespaces);
  }
  return result;
}
