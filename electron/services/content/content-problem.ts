/**
 * One thing wrong with the content, precise enough for a writer to find and fix it: the file
 * relative to the content folder (`en-GB/modules/02-accounts-and-contact.json`), a path inside it
 * (`scenarios[2].steps[0].options`, empty for the whole file) and a plain-English problem.
 */
export interface ContentProblem {
  file: string;
  path: string;
  problem: string;
}

/** Appends one key or index to a path the way writers read it: `a.b[2].c`. */
export function joinPath(base: string, key: PropertyKey): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  const name = String(key);
  return base === '' ? name : `${base}.${name}`;
}

export function formatPath(keys: readonly PropertyKey[]): string {
  return keys.reduce<string>((path, key) => joinPath(path, key), '');
}

/** Turns a zod error into problems, one per issue, so a writer sees every mistake at once. */
export function zodProblems(
  file: string,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): ContentProblem[] {
  return issues.map((issue) => ({ file, path: formatPath(issue.path), problem: issue.message }));
}
