import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';
import { lockoutStateSchema } from './lockout';
import { storedHashSchema } from './scrypt-hash';

/**
 * Three files in the data folder, none ever holding the passphrase or the recovery code itself:
 *
 * - `lead-auth.json`: the passphrase and recovery-code hashes and the lockout counters;
 * - `lead-auth.last-good.json`: the same, copied after every write that read back whole, so a
 *   damaged `lead-auth.json` is restored from it;
 * - `lead-recovery.json`: the recovery-code hash alone (with its own lockout), so that if both of
 *   the others are unusable the lead can still set a new passphrase with the recovery code, and
 *   only with it.
 *
 * Backups carry none of them: a backup travels on USB sticks.
 */
export const LEAD_AUTH_FILE = 'lead-auth.json';
export const LEAD_AUTH_LAST_GOOD_FILE = 'lead-auth.last-good.json';
export const LEAD_RECOVERY_FILE = 'lead-recovery.json';

export const leadAuthFileSchema = z.object({
  version: z.literal(1),
  passphrase: storedHashSchema,
  recoveryCode: storedHashSchema,
  lockout: lockoutStateSchema,
});
export type LeadAuthFile = z.infer<typeof leadAuthFileSchema>;

export const leadRecoveryFileSchema = z.object({
  version: z.literal(1),
  recoveryCode: storedHashSchema,
  /** Counts wrong codes only while the lead is recovering from unusable auth files. */
  lockout: lockoutStateSchema,
});
export type LeadRecoveryFile = z.infer<typeof leadRecoveryFileSchema>;

export function leadAuthPath(dataDir: string): string {
  return join(dataDir, LEAD_AUTH_FILE);
}
export function leadAuthLastGoodPath(dataDir: string): string {
  return join(dataDir, LEAD_AUTH_LAST_GOOD_FILE);
}
export function leadRecoveryPath(dataDir: string): string {
  return join(dataDir, LEAD_RECOVERY_FILE);
}

/** A file as read: not there, there but unusable (not JSON, wrong shape, weak hash), or good. */
export type FileState<T> = { state: 'missing' } | { state: 'damaged' } | { state: 'ok'; value: T };

export async function readStateFile<T>(path: string, schema: z.ZodType<T>): Promise<FileState<T>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { state: 'damaged' };
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { state: 'ok', value: parsed.data } : { state: 'damaged' };
}

/** The main file, or null when it is not there; a damaged one is reported by LeadAuth. */
export async function readLeadAuthFile(dataDir: string): Promise<LeadAuthFile | null> {
  const read = await readStateFile(leadAuthPath(dataDir), leadAuthFileSchema);
  return read.state === 'ok' ? read.value : null;
}

function serialise(file: LeadAuthFile | LeadRecoveryFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Writes `lead-auth.json`, reads it back, and only when it parses to what was written copies it
 * to the last-good file; so the last-good copy is never a write that did not land whole.
 */
export async function writeLeadAuthFile(dataDir: string, file: LeadAuthFile): Promise<void> {
  const text = serialise(file);
  await writeFileAtomic(leadAuthPath(dataDir), text);
  const back = await readFile(leadAuthPath(dataDir), 'utf8');
  if (back !== text || !leadAuthFileSchema.safeParse(JSON.parse(back)).success) {
    throw new Error('lead-auth.json did not read back as written');
  }
  await writeFileAtomic(leadAuthLastGoodPath(dataDir), text);
}

export async function writeLeadRecoveryFile(
  dataDir: string,
  file: LeadRecoveryFile,
): Promise<void> {
  await writeFileAtomic(leadRecoveryPath(dataDir), serialise(file));
}
