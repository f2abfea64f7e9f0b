import { settingsSchema, type Settings } from '../../../common/settings/settings-schema';
import { upgradeSettings } from './settings-migrations';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What a damaged settings file still holds that is sound: each setting (and each organisation
 * detail) that passes its own rule is kept, the rest take their defaults. One mistyped value
 * (a pass mark of "eighty", a time zone this computer does not know) would otherwise cost the
 * device its organisation, its contacts, its device id and its setup, and send it back to
 * first-run setup. The damaged file itself is still kept aside, byte for byte, by the caller.
 */
export function salvageSettings(text: string | null): Settings {
  let kept = settingsSchema.parse(upgradeSettings({}));
  let stored: unknown;
  try {
    stored = JSON.parse(text ?? '');
  } catch {
    return kept;
  }
  if (!isObject(stored)) return kept;
  for (const key of Object.keys(settingsSchema.shape) as Array<keyof Settings>) {
    if (key === 'schemaVersion' || !Object.hasOwn(stored, key)) continue;
    const value = key === 'organisation' ? soundDetails(kept, stored[key]) : stored[key];
    const candidate = settingsSchema.safeParse({ ...kept, [key]: value });
    if (candidate.success) kept = candidate.data;
  }
  return kept;
}

/** The organisation's details one by one: a bad contact must not cost its name. */
function soundDetails(kept: Settings, stored: unknown): Settings['organisation'] {
  if (!isObject(stored)) return kept.organisation;
  let organisation = kept.organisation;
  for (const field of Object.keys(organisation) as Array<keyof Settings['organisation']>) {
    if (!Object.hasOwn(stored, field)) continue;
    const next = { ...organisation, [field]: stored[field] };
    if (settingsSchema.shape.organisation.safeParse(next).success) organisation = next;
  }
  return organisation;
}
