import { createHash } from 'node:crypto';

/**
 * A fixed namespace for this app's statement ids. Never change it: the LRS recognises a re-sent
 * statement only because the same record always yields the same id.
 */
export const STATEMENT_ID_NAMESPACE = '5f0c6a3e-8d1b-4c7e-9a52-3b6f1e2d4c80';

/** Name-based UUID (RFC 4122 version 5, SHA-1) so ids are reproducible without storing them. */
export function uuidV5(name: string, namespace: string = STATEMENT_ID_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new TypeError('namespace must be a UUID');
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** One id per (record, statement kind): e.g. `completed`, `accepted`, `module:<moduleId>`. */
export function statementId(recordId: string, kind: string): string {
  return uuidV5(`${recordId}:${kind}`);
}
