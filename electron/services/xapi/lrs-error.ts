import { DomainError } from '../errors';

const MAX_MESSAGE = 500;

/**
 * Reads the LRS's own explanation from an error response (Learning Locker sends `message` or a
 * `warnings` list naming each problem) and turns it into a DomainError the lead can act on.
 * Anything that might echo our credentials is scrubbed: errors end up on screen and in logs.
 */
export async function lrsResponseError(
  response: Response,
  secrets: readonly string[],
): Promise<DomainError> {
  const message = scrub(await lrsMessage(response), secrets);
  const status = response.status;
  if (status === 401 || status === 403) {
    return new DomainError('xapi.unauthorised', 'errors.xapi.unauthorised', { status, message });
  }
  if (status === 404) {
    // Nothing answers at that address: the address is wrong, not the LRS broken.
    const address = response.url.replace(/[?#].*$/, '');
    return new DomainError('xapi.notFound', 'errors.xapi.notFound', { status, address });
  }
  if (status === 400) {
    return new DomainError('xapi.rejected', 'errors.xapi.rejected', { status, message });
  }
  if (status === 413) {
    // The LRS (or a proxy in front of it) limits a request's size: a smaller batch may fit.
    // Its own words are only the status again (an HTML page, usually): our text says it plainly.
    return new DomainError('xapi.tooLarge', 'errors.xapi.tooLarge', { status });
  }
  return new DomainError('xapi.serverError', 'errors.xapi.serverError', { status, message });
}

async function lrsMessage(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const body: unknown = JSON.parse(text);
    if (body !== null && typeof body === 'object') {
      const { message, warnings } = body as { message?: unknown; warnings?: unknown };
      if (Array.isArray(warnings) && warnings.length > 0)
        return truncate(warnings.map(String).join('; '));
      if (typeof message === 'string') return truncate(message);
    }
  } catch {
    // Not JSON (a proxy's HTML page, say): fall through to the raw text.
  }
  return truncate(
    text
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || response.statusText,
  );
}

function truncate(text: string): string {
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}…` : text;
}

function scrub(text: string, secrets: readonly string[]): string {
  return secrets
    .filter((secret) => secret.length >= 3)
    .reduce((out, secret) => out.split(secret).join('***'), text);
}
