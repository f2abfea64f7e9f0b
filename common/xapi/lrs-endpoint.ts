import { z } from 'zod';

/**
 * Which LRS addresses we will send learners' records to. Credentials travel with every request,
 * so plain http is allowed only to this machine (a local test LRS); anything else must be https.
 */

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export type EndpointCheck =
  | { ok: true; url: string }
  | { ok: false; reason: 'not-a-url' | 'scheme' | 'insecure' | 'credentials' | 'query' };

/**
 * Pure rule; returns the normalised endpoint without a trailing slash or a trailing
 * `/statements`, so `/statements` appends cleanly.
 */
export function checkLrsEndpoint(input: string): EndpointCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, reason: 'not-a-url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'scheme' };
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    return { ok: false, reason: 'insecure' };
  }
  // Passwords in the address would end up in logs and error messages; they belong in their own field.
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'credentials' };
  if (url.search !== '' || url.hash !== '') return { ok: false, reason: 'query' };
  // Leads often copy the statements resource itself from their LRS's page; we add that part.
  return { ok: true, url: url.href.replace(/\/+$/, '').replace(/\/statements$/, '') };
}

/** The same rule as a zod schema, for the IPC layer and the settings form; no real address is longer. */
export const lrsEndpointSchema = z
  .url({ protocol: /^https?$/ })
  .max(500)
  .refine((value) => checkLrsEndpoint(value).ok, { message: 'lrs-endpoint-not-allowed' })
  .transform((value) => {
    const check = checkLrsEndpoint(value);
    return check.ok ? check.url : value;
  });
