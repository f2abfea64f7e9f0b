import { expect, test } from './harness/fixtures';

// Tagged @harness: it reads the header from the e2e static server, which Electron does not use
// (there the app:// protocol sends the same SECURITY_HEADERS; csp.test.ts pins them).
test(
  'every page is served with the app’s strict content security policy',
  { tag: '@harness' },
  async ({ app }) => {
    const response = await app.request.get(app.url());
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-(eval|inline)/);
  },
);

test('injected inline script and string-eval are blocked in the running app', async ({ app }) => {
  await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
  await app.evaluate(() => {
    const win = window as unknown as Record<string, unknown>;
    win.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      (win.__violations as string[]).push(event.effectiveDirective),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    // A string timer is evaluated by the page itself, so it is subject to the CSP's eval rule.
    (setTimeout as (code: string, ms: number) => number)('window.__evaluated = true;', 0);
  });
  await expect
    .poll(() => app.evaluate(() => (window as unknown as { __violations: string[] }).__violations))
    .toEqual(['script-src-elem', 'script-src']);
  const ran = await app.evaluate(() => {
    const win = window as unknown as Record<string, unknown>;
    return { injected: win.__injected === true, evaluated: win.__evaluated === true };
  });
  expect(ran).toEqual({ injected: false, evaluated: false });
});

test('a call with the wrong shape gets a typed validation error, not a crash', async ({
  app,
  services,
}) => {
  const result = await app.evaluate(() =>
    // Deliberately bypassing the types, as a compromised renderer would.
    (window.esafety.setLocale as (input: unknown) => Promise<unknown>)({ locale: 'xx' }),
  );
  expect(result).toMatchObject({
    ok: false,
    error: { code: 'invalid-argument', details: { path: 'locale' } },
  });
  expect(services.settings.get().locale).toBe('en-GB');
});

test('the renderer has no Node and no raw IPC: only the named API methods', async ({ app }) => {
  const globals = await app.evaluate(() => ({
    require: typeof (window as { require?: unknown }).require,
    process: typeof (window as { process?: unknown }).process,
    ipcRenderer: 'ipcRenderer' in window.esafety,
    invoke: 'invoke' in window.esafety,
  }));
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    ipcRenderer: false,
    invoke: false,
  });
});
