import { DomainError } from '../errors';

const MAX_MESSAGE = 500;

// Any email address, whoever's: the LRS may quote a statement other than the one we sent.
const EMAIL = /[^\s@'"`<>()[\]{},;:]+@[^\s@'"`<>()[\]{},;:]+/g;

/**
 * Reads the LRS's own explanation from an error response (Learning Locker sends `message` or a
 * `warnings` list naming each problem, quoting each bad value) and turns it into a DomainError
 * the lead can act on. The words end up on screen, on disk (the last problem) and in logs, so
 * they are bounded and scrubbed: of our credentials, of `hidden` (what names a person in the
 * statements sent), and of any email address.
 */
export async function lrsResponseError(
  response: Response,
  secrets: readonly string[],
  hidden: readonly string[] = [],
): Promise<DomainError> {
  const message = truncate(scrub(await lrsMessage(response), secrets, hidden));
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
      if (Array.isArray(warnings) && warnings.length > 0) return warnings.map(String).join('; ');
      if (typeof message === 'string') return message;
    }
  } catch {
    // Not JSON (a proxy's HTML page, say): fall through to the raw text.
  }
  return (
    text
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || response.statusText
  );
}

function truncate(text: string): string {
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}…` : text;
}

/**
 * Secrets go wherever they appear; a person's texts only as whole words, in any letter case (so
 * a learner called Ann does not blank "Annotation"), longest first so no name is half-hidden.
 */
function scrub(text: string, secrets: readonly string[], hidden: readonly string[]): string {
  const rules = [
    ...secrets.map((secret) => ({ text: secret, pattern: escaped(secret) })),
    ...hidden.map((person) => ({
      text: person,
      pattern: `(?<![\\p{L}\\p{N}])${escaped(person)}(?![\\p{L}\\p{N}])`,
    })),
  ];
  return rules
    .filter((rule) => rule.text.length >= 3)
    .sort((a, b) => b.text.length - a.text.length)
    .reduce((out, rule) => out.replace(new RegExp(rule.pattern, 'giu'), '***'), text)
    .replace(EMAIL, '***');
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
