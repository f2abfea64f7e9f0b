import { describe, expect, it } from 'vitest';
import {
  decideWindowOpen,
  isSafeExternalUrl,
  trustedSenderCheck,
} from '../../electron/security/url-rules';

describe('which links may open in the user’s browser', () => {
  it.each([
    ['https://www.ceop.police.uk/safety-centre/', true],
    ['https://www.iwf.org.uk/', true],
    ['http://www.ceop.police.uk/', false], // not https
    ['https://www.ceop.police.uk.evil.com/', false],
    ['https://evil.com/?https://www.ceop.police.uk', false],
    ['https://user:pass@www.ceop.police.uk/', false],
    ['https://www.ceop.police.uk:8443/', false],
    ['https://ceop.police.uk/', false], // not the allow-listed host exactly
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['smb://server/share', false],
    ['https://xn--ceop-police-uk.evil/', false],
    [undefined, false],
    // Reminder emails open in the mail client: mailto only, encoded, short.
    ['mailto:ana@example.org?subject=E-safety%20refresher&body=Hello', true],
    ['mailto:?bcc=a@example.org,b@example.org&subject=Refresher', true],
    ['mailto:ana@example.org?subject=two words', false], // a raw space: not what we build
    ['mailto:ana@example.org?body=line%0Abreak\n', false],
    [`mailto:a@example.org?body=${'x'.repeat(2000)}`, false],
    ['MAILTO:ana@example.org', false],
    ['mailtox:ana@example.org', false],
    ['news:comp.lang', false],
    ['tel:+441234567890', false],
  ])('%s → %s', (url, expected) => {
    expect(isSafeExternalUrl(url)).toBe(expected);
  });
});

describe('new windows', () => {
  it('a new window is always denied; a vetted link opens in the browser instead', () => {
    expect(decideWindowOpen('https://www.ceop.police.uk/')).toEqual({
      action: 'deny',
      openExternally: true,
    });
    expect(decideWindowOpen('https://evil.com/')).toEqual({
      action: 'deny',
      openExternally: false,
    });
    expect(decideWindowOpen('app://esafety/index.html')).toEqual({
      action: 'deny',
      openExternally: false,
    });
  });
});

describe('which IPC senders are trusted', () => {
  const trusted = trustedSenderCheck('app://esafety');
  it.each([
    [{ url: 'app://esafety/index.html', isMainFrame: true }, true],
    [{ url: 'app://esafety/', isMainFrame: true }, true],
    // Hosts are case-insensitive in standard schemes.
    [{ url: 'app://ESAFETY/index.html', isMainFrame: true }, true],
    [{ url: 'app://esafety/index.html', isMainFrame: false }, false], // an iframe
    [{ url: 'app://evil/index.html', isMainFrame: true }, false],
    [{ url: 'app://esafety.evil.com/index.html', isMainFrame: true }, false],
    [{ url: 'https://esafety/index.html', isMainFrame: true }, false],
    [{ url: 'javascript:alert(1)', isMainFrame: true }, false],
    [{ url: 'not a url', isMainFrame: true }, false],
    [{ url: '', isMainFrame: true }, false],
    [{ url: 'https://evil.com/', isMainFrame: true }, false],
    [{ url: 'file:///index.html', isMainFrame: true }, false],
    [{ url: undefined, isMainFrame: true }, false],
    [{ url: 'about:blank', isMainFrame: true }, false],
  ])('%o → %s', (sender, expected) => {
    expect(trusted(sender)).toBe(expected);
  });

  it('an origin of "null" (file:// pages, sandboxed frames) is never trusted', () => {
    expect(trustedSenderCheck('null')({ url: 'file:///index.html', isMainFrame: true })).toBe(
      false,
    );
  });
});
