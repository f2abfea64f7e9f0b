/**
 * A field's problem as one string: the i18n key of its message (in the `errors` namespace, as
 * main's failures name them) with its interpolation values, e.g.
 * `errors.fields.tooLong?max=100`. Zod carries it as an issue's message, so the IPC router's
 * `invalid-argument` failure brings it to the renderer whole, and the renderer shows it, translated,
 * beside the field it belongs to.
 */
export interface FieldMessage {
  /** An i18n key with its namespace prefix, e.g. `errors.fields.required`. */
  key: string;
  values: Record<string, string | number>;
}

const FIELD_MESSAGE = /^errors\.[A-Za-z.]+(?:\?.*)?$/;

export function encodeFieldMessage(key: string, values: FieldMessage['values'] = {}): string {
  const query = new URLSearchParams(
    Object.entries(values).map(([name, value]) => [name, String(value)]),
  ).toString();
  return query ? `${key}?${query}` : key;
}

/** null for a message that is not one of ours (zod's own English, say). */
export function decodeFieldMessage(message: string): FieldMessage | null {
  if (!FIELD_MESSAGE.test(message)) return null;
  const at = message.indexOf('?');
  if (at < 0) return { key: message, values: {} };
  const values: FieldMessage['values'] = {};
  for (const [name, value] of new URLSearchParams(message.slice(at + 1))) values[name] = value;
  return { key: message.slice(0, at), values };
}

/** The key for i18next's `t`: `errors.fields.required` → `errors:fields.required`. */
export function translationKey(message: FieldMessage): string {
  return message.key.replace(/^([a-z]+)\./, '$1:');
}
