import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from './content-problem';

export type JsonRead = { ok: true; json: unknown } | { ok: false; problem: ContentProblem };

/**
 * Reads and parses one JSON file named relative to `rootDir`; a missing or broken file becomes a
 * problem naming that file rather than an exception, so a check can go on and report the rest.
 */
export async function readJsonFile(rootDir: string, file: string): Promise<JsonRead> {
  let raw: string;
  try {
    raw = await fs.readFile(path.join(rootDir, file), 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return {
      ok: false,
      problem: { file, path: '', problem: missing ? 'file is missing' : String(error) },
    };
  }
  try {
    return { ok: true, json: JSON.parse(raw) as unknown };
  } catch (error) {
    return {
      ok: false,
      problem: { file, path: '', problem: `not valid JSON: ${(error as Error).message}` },
    };
  }
}

/** The `.json` file names in a folder, sorted; `undefined` when the folder does not exist. */
export async function listJsonFiles(dir: string): Promise<string[] | undefined> {
  try {
    const names = await fs.readdir(dir);
    return names.filter((name) => name.endsWith('.json')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
