import { DomainError } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';
import type { XapiStatement } from './xapi-statement';

/**
 * Writes statements as one JSON array (the body an LRS accepts on POST /statements), for leads
 * whose LRS is not reachable from this machine. Written atomically: a failed write never leaves
 * a half-written export where an older good one was.
 */
export async function writeStatementsFile(
  statements: readonly XapiStatement[],
  filePath: string,
): Promise<{ count: number; bytes: number }> {
  const text = `${JSON.stringify(statements, null, 2)}\n`;
  try {
    await writeFileAtomic(filePath, text);
  } catch (error) {
    throw new DomainError('xapi.fileWriteFailed', 'errors.xapi.fileWriteFailed', {
      reason: (error as NodeJS.ErrnoException).code ?? 'unknown',
    });
  }
  return { count: statements.length, bytes: Buffer.byteLength(text) };
}
