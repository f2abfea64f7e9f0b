/**
 * The URL rules of the security module, as pure functions so each can be tested against a table
 * of tricky inputs. Everything not explicitly allowed is denied.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'esafety';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Sites the guidance links to (reporting bodies); only these may open in the user's browser. */
export const EXTERNAL_HOST_ALLOWLIST: readonly string[] = [
  'www.ceop.police.uk',
  'www.iwf.org.uk',
  'report.iwf.org.uk',
  'www.childline.org.uk',
  'www.nspcc.org.uk',
  'www.gov.uk',
  'www.thinkuknow.co.uk',
];

function parse(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * `scheme://host[:port]`, computed by hand: Node's URL (unlike Electron once the scheme is
 * registered as standard) reports the origin of a custom scheme as "null".
 */
function originOf(parsed: URL): string {
  return `${parsed.protocol}//${parsed.host.toLowerCase()}`;
}

/** The longest reminder email link we hand to the mail client (the lead's reminders). */
export const MAX_MAILTO_LENGTH = 2000;

/**
 * A reminder email for the system's mail client: `mailto:` only, nothing else about it is
 * trusted more than that. It must parse, stay short, and carry no raw control characters or
 * spaces (everything in it is percent-encoded by the reminder builder). The mail client only
 * drafts the message; the lead reads it and presses Send.
 */
export function isSafeMailtoUrl(url: string | undefined): boolean {
  if (!url || url.length > MAX_MAILTO_LENGTH || !url.startsWith('mailto:')) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f]/.test(url)) return false;
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === 'mailto:';
}

/**
 * Plain https to an allow-listed host, with no credentials or unusual port; or a reminder
 * email (`mailto:`, see `isSafeMailtoUrl`).
 */
export function isSafeExternalUrl(url: string | undefined): boolean {
  if (isSafeMailtoUrl(url)) return true;
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    EXTERNAL_HOST_ALLOWLIST.includes(parsed.hostname)
  );
}

export type WindowOpenDecision = { action: 'deny'; openExternally: boolean };

/** New windows are always denied; a vetted external link opens in the user's browser instead. */
export function decideWindowOpen(url: string): WindowOpenDecision {
  return { action: 'deny', openExternally: isSafeExternalUrl(url) };
}

export interface SenderInfo {
  url: string | undefined;
  isMainFrame: boolean;
}

/** Builds the sender check the IPC router uses: the main frame of a page from `origin` only. */
export function trustedSenderCheck(origin: string): (sender: SenderInfo) => boolean {
  return ({ url, isMainFrame }) => {
    const parsed = parse(url);
    return isMainFrame && parsed !== null && parsed.host !== '' && originOf(parsed) === origin;
  };
}
