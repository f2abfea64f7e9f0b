import { joinPath } from './content-problem';

/**
 * Keys whose values are human text (a string, or a list of strings for `intro`): translated per
 * locale and allowed to hold placeholders. Everything else (ids, order, icon, sources, best, next,
 * answer, revision, version, modules) is structure that must be identical in every locale.
 * One list serves the translation check, the placeholder check and placeholder filling.
 */
export const TEXT_KEYS: ReadonlySet<string> = new Set([
  'title',
  'summary',
  'intro',
  'text',
  'prompt',
  'front',
  'back',
  'feedback',
  'statementOfIntent',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Calls `visit` for every human text string inside any JSON value, with its path. */
export function forEachText(
  value: unknown,
  visit: (path: string, text: string) => void,
  path = '',
): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => forEachText(item, visit, joinPath(path, index)));
  } else if (isRecord(value)) {
    for (const [key, child] of Object.entries(value)) {
      const childPath = joinPath(path, key);
      if (!TEXT_KEYS.has(key)) forEachText(child, visit, childPath);
      else if (typeof child === 'string') visit(childPath, child);
      else if (Array.isArray(child)) {
        child.forEach((item, index) => {
          if (typeof item === 'string') visit(joinPath(childPath, index), item);
        });
      }
    }
  }
}

/** Returns a copy of any JSON value with every human text string replaced by `map(text)`. */
export function mapText<T>(value: T, map: (text: string) => string): T {
  return mapValue(value, map, false) as T;
}

function mapValue(value: unknown, map: (text: string) => string, inText: boolean): unknown {
  if (inText && typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item) => mapValue(item, map, inText));
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [key, mapValue(child, map, TEXT_KEYS.has(key))]),
  );
}
