import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import {
  acceptanceRecordSchema,
  erasureEventSchema,
  type AcceptanceRecord,
  type ErasureEvent,
} from '../../../common/records/acceptance-record';
import type { DeviceKey } from '../device-key/device-key';
import { KEY_ID_PATTERN, SEAL_PATTERN } from '../device-key/device-key';
import { canonicalJson, sha256Hex } from './canonical-json';

/** The `prevHash` of the first entry: there is nothing before it. */
export const GENESIS_HASH = '0'.repeat(64);

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const envelopeBase = {
  seq: z.number().int().min(1),
  prevHash: hex64,
  salt: z.string().regex(/^[0-9a-f]{32}$/),
  bodySha256: hex64,
  hash: hex64,
  /**
   * The device key's id and its HMAC of `hash` (see `entrySealText`). Optional only so that a
   * line without them still parses: verification reports it as unsealed.
   */
  keyId: z.string().regex(KEY_ID_PATTERN).optional(),
  seal: z.string().regex(SEAL_PATTERN).optional(),
};

/**
 * One line of `ledger.jsonl`. `body` becomes null when the record is erased on request; the
 * hashes and the seal never change, so the chain still verifies without the personal data.
 */
export const ledgerEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    ...envelopeBase,
    kind: z.literal('completion'),
    recordId: z.uuid(),
    body: acceptanceRecordSchema.nullable(),
  }),
  z.object({
    ...envelopeBase,
    kind: z.literal('erasure'),
    recordId: z.null(),
    body: erasureEventSchema.nullable(),
  }),
]);
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;
export type CompletionEntry = Extract<LedgerEntry, { kind: 'completion' }>;
export type ErasureEntry = Extract<LedgerEntry, { kind: 'erasure' }>;

/**
 * The salt is hashed with the body so that, once the body is erased, nobody can confirm a guess
 * ("was it Jane Smith, staff, 2026-03-01?") by hashing candidates against `bodySha256`.
 */
export function bodyDigest(body: unknown, salt: string): string {
  return sha256Hex(canonicalJson({ body, salt }));
}

type HashedFields = Pick<
  LedgerEntry,
  'seq' | 'kind' | 'recordId' | 'prevHash' | 'bodySha256' | 'salt'
>;

/** The body is outside this hash on purpose: it can be erased while the link stays checkable. */
export function entryDigest(fields: HashedFields): string {
  const { seq, kind, recordId, prevHash, bodySha256, salt } = fields;
  return sha256Hex(canonicalJson({ seq, kind, recordId, prevHash, bodySha256, salt }));
}

/**
 * What the device key seals: the entry hash, which covers the number, the link to the entry
 * before, the kind, the record id and (through bodySha256) the content. Sealing the hash rather
 * than the body keeps the seal valid after an erasure removes the body.
 */
export function entrySealText(entry: Pick<LedgerEntry, 'hash' | 'keyId'>): string {
  return `${entry.keyId ?? ''}:${entry.hash}`;
}

export function sealEntry(
  seq: number,
  prevHash: string,
  content: { kind: 'completion'; body: AcceptanceRecord } | { kind: 'erasure'; body: ErasureEvent },
  key: DeviceKey,
): LedgerEntry {
  const salt = randomBytes(16).toString('hex');
  const bodySha256 = bodyDigest(content.body, salt);
  const keyId = key.id;
  const seal = (hash: string) => key.seal('ledger-entry', entrySealText({ hash, keyId }));
  if (content.kind === 'completion') {
    const recordId = content.body.recordId;
    const hash = entryDigest({ seq, kind: 'completion', recordId, prevHash, bodySha256, salt });
    return {
      seq,
      kind: 'completion',
      recordId,
      prevHash,
      salt,
      bodySha256,
      body: content.body,
      hash,
      keyId,
      seal: seal(hash),
    };
  }
  const hash = entryDigest({ seq, kind: 'erasure', recordId: null, prevHash, bodySha256, salt });
  return {
    seq,
    kind: 'erasure',
    recordId: null,
    prevHash,
    salt,
    bodySha256,
    body: content.body,
    hash,
    keyId,
    seal: seal(hash),
  };
}

/** One line of the file, with a fixed key order so lines are easy to read and diff. */
export function serializeEntry(entry: LedgerEntry): string {
  const { seq, kind, recordId, prevHash, salt, bodySha256, body, hash, keyId, seal } = entry;
  return JSON.stringify({
    seq,
    kind,
    recordId,
    prevHash,
    salt,
    bodySha256,
    body,
    hash,
    keyId,
    seal,
  });
}
