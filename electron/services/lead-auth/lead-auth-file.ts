import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DomainError } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';
import { lockoutStateSchema } from './lockout';
import { storedHashSchema } from './scrypt-hash';

export const LEAD_AUTH_FILE = 'lead-auth.json';

/** Only hashes and the lockout counters are kept: never the passphrase or the recovery code. */
export const leadAuthFileSchema = z.object({
  version: z.literal(1),
  passphrase: storedHashSchema,
  recoveryCode: storedHashSchema,
  lockout: lockoutStateSchema,
});
export type LeadAuthFile = z.infer<typeof leadAuthFileSchema>;

export function leadAuthPath(dataDir: string): string {
  return join(dataDir, LEAD_AUTH_FILE);
}

/** null when no passphrase has been set yet; a damaged file is an error, never "not set up". */
export async function readLeadAuthFile(dataDir: string): Promise<LeadAuthFile | null> {
  let text: string;
  try {
    text = await readFile(leadAuthPath(dataDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  // Treating a damaged file as "no passphrase" would let anyone who can edit it take over the
  // lead area, so it is reported and left in place for the lead to restore from a backup.
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DomainError('lead-auth-corrupt', 'errors.lead.authFileCorrupt');
  }
  const parsed = leadAuthFileSchema.safeParse(json);
  if (!parsed.success) throw new DomainError('lead-auth-corrupt', 'errors.lead.authFileCorrupt');
  return parsed.data;
}

export async function writeLeadAuthFile(dataDir: string, file: LeadAuthFile): Promise<void> {
  await writeFileAtomic(leadAuthPath(dataDir), `${JSON.stringify(file, null, 2)}\n`);
}
