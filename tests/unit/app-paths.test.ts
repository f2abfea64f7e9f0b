import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppFile } from '../../electron/security/app-paths';

const root = path.resolve('/srv/renderer');

describe('serving the renderer from the app protocol', () => {
  it.each([
    ['app://esafety/', 'index.html'],
    ['app://esafety/index.html', 'index.html'],
    ['app://esafety/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://esafety/lead/records', 'index.html'], // an app route, not a file
    ['app://esafety/assets/a%20b.css', 'assets/a b.css'],
  ])('%s serves %s', (url, relative) => {
    expect(resolveAppFile(url, root)).toBe(path.join(root, relative));
  });

  it.each([
    'app://esafety/../secret.js',
    'app://esafety/%2e%2e/secret.js',
    'app://esafety/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://esafety/%2F..%2F..%2Fetc/passwd',
  ])('%s never resolves outside the renderer folder', (url) => {
    const resolved = resolveAppFile(url, root);
    expect(resolved === null || resolved.startsWith(root + path.sep)).toBe(true);
    expect(resolved).not.toMatch(/etc[/\\]passwd$|^\/srv\/secret/);
  });

  it.each([
    'app://esafety/..%5csecret.js',
    'app://esafety/a%00.js',
    'app://esafety/%E0%A4%A.js',
    'app://other/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('%s is refused', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });
});
