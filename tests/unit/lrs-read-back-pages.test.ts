import { readCompletions } from '../../electron/services/lrs-sync/read-back';

/**
 * Reading back follows the LRS's `more` links with the organisation's LRS key on every request,
 * so a link must never take that key to another server (or down to plain http).
 */

const SAVED = {
  connection: {
    endpoint: 'https://lrs.example.org/data/xAPI',
    username: 'riverside-key',
    password: 'riverside-secret',
  },
  activityBase: 'https://riverside.example.org/xapi',
  homePage: 'https://riverside.example.org',
};

function pagedLrs(more: string) {
  const asked: { url: string; authorised: boolean }[] = [];
  const fetch = (async (url: string | URL | Request, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    asked.push({ url: String(url), authorised: headers.has('Authorization') });
    const first = asked.length === 1;
    return Response.json({ statements: [], more: first ? more : '' });
  }) as typeof globalThis.fetch;
  return { fetch, asked };
}

describe('reading completions back page by page', () => {
  it('follows a `more` path on the same LRS, under its own address', async () => {
    const lrs = pagedLrs('/data/xAPI/statements?page=2');
    await readCompletions(SAVED, { fetch: lrs.fetch });
    expect(lrs.asked.map((a) => a.url)).toEqual([
      expect.stringMatching(/^https:\/\/lrs\.example\.org\/data\/xAPI\/statements\?verb=/),
      'https://lrs.example.org/data/xAPI/statements?page=2',
    ]);
  });

  it.each([
    ['another server', 'https://collector.example.net/xAPI/statements?page=2'],
    ['plain http on the same host', 'http://lrs.example.org/data/xAPI/statements?page=2'],
    ['a host hidden in a scheme-relative link', '//collector.example.net/statements?page=2'],
  ])('a `more` link to %s never receives the LRS key, and says where it led', async (_, more) => {
    const lrs = pagedLrs(more);
    const error = await readCompletions(SAVED, { fetch: lrs.fetch }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      i18nKey: 'errors.xapi.moreElsewhere',
      details: { host: new URL(more, 'https://x').host },
    });
    const elsewhere = lrs.asked.filter((a) => !a.url.startsWith('https://lrs.example.org/'));
    expect(elsewhere).toEqual([]);
  });

  it('an address kept with a pasted /statements (before that was trimmed) reads from the right place', async () => {
    const lrs = pagedLrs('');
    const saved = {
      ...SAVED,
      connection: { ...SAVED.connection, endpoint: 'https://lrs.example.org/data/xAPI/statements' },
    };
    await readCompletions(saved, { fetch: lrs.fetch });
    expect(lrs.asked[0]?.url).toMatch(
      /^https:\/\/lrs\.example\.org\/data\/xAPI\/statements\?verb=/,
    );
  });
});
