import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const DEVICE_ID_FILE = 'device-id.json';

const deviceIdFileSchema = z.object({ deviceId: z.string().min(1).max(200) }).strict();

/**
 * The device's id, kept beside its records as well as in settings. Records carry it, the LRS
 * queues only the records this device made by it, and an evidence pack is checked against it:
 * a settings file lost or reset must not quietly make the device someone else. So the copy here
 * wins over the settings' (which is then fresh); the first time a data folder is seen, the
 * settings' id is copied here. Returns the id settings should take, or null when they agree.
 * A damaged copy is kept aside, never overwritten, and the settings' id written afresh.
 */
export function keptDeviceId(dataDir: string, settingsId: string): string | null {
  if (!fs.existsSync(dataDir)) return null;
  const file = path.join(dataDir, DEVICE_ID_FILE);
  let text: string | null = null;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (text !== null) {
    const kept = safeParse(text);
    if (kept) return kept === settingsId ? null : kept;
    fs.renameSync(file, path.join(dataDir, `device-id.corrupt-${Date.now()}.json`));
  }
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify({ deviceId: settingsId })}\n`, { mode: 0o600 });
  fs.renameSync(temp, file);
  return null;
}

function safeParse(text: string): string | null {
  try {
    return deviceIdFileSchema.parse(JSON.parse(text)).deviceId;
  } catch {
    return null;
  }
}
