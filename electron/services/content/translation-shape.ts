import type { PathProblem } from './check-scenario';
import { joinPath } from './content-problem';
import { mapText } from './text-fields';

const TEXT = '(text)';

/** A file's structure with every human text replaced by one marker: what translations share. */
export function shapeOf(json: unknown): unknown {
  return mapText(json, () => TEXT);
}

function show(value: unknown): string {
  const shown = JSON.stringify(value) ?? String(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Lists where a translation's structure differs from the original's. Lists of different lengths
 * are reported once rather than item by item, because every later item would differ too.
 */
export function diffShapes(
  original: unknown,
  translation: unknown,
  names: { original: string; translation: string },
  path = '',
): PathProblem[] {
  const { original: a, translation: b } = names;
  if (Array.isArray(original) && Array.isArray(translation)) {
    if (original.length !== translation.length) {
      return [
        { path, problem: `${a} has ${original.length} items but ${b} has ${translation.length}` },
      ];
    }
    return original.flatMap((item, i) =>
      diffShapes(item, translation[i], names, joinPath(path, i)),
    );
  }
  if (isRecord(original) && isRecord(translation)) {
    const problems: PathProblem[] = [];
    for (const [key, value] of Object.entries(original)) {
      const childPath = joinPath(path, key);
      if (!(key in translation)) {
        problems.push({ path: childPath, problem: `missing in ${b} (${a} has ${show(value)})` });
      } else problems.push(...diffShapes(value, translation[key], names, childPath));
    }
    for (const key of Object.keys(translation)) {
      if (!(key in original))
        problems.push({ path: joinPath(path, key), problem: `${b} has it but ${a} does not` });
    }
    return problems;
  }
  if (JSON.stringify(original) === JSON.stringify(translation)) return [];
  return [
    { path, problem: `must match ${a}: ${a} has ${show(original)}, ${b} has ${show(translation)}` },
  ];
}
