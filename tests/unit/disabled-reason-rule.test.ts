import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const RENDERER = path.join(import.meta.dirname, '../../renderer');

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(full);
    return entry.name.endsWith('.tsx') ? [full] : [];
  });
}

/** Opening `<button …>` tags (over several lines) that can be disabled, without a description. */
export function undescribedDisabledButtons(source: string): string[] {
  const tags = source.match(/<button\b[^>]*?(?:\{[^}]*\}[^>]*?)*>/gs) ?? [];
  return tags.filter((tag) => /\sdisabled=/.test(tag) && !/aria-describedby=/.test(tag));
}

describe('a disabled action always says why', () => {
  it('finds a button that can be disabled with nothing to describe why', () => {
    expect(
      undescribedDisabledButtons('<button type="button" disabled={busy} onClick={() => go()}>'),
    ).toHaveLength(1);
    expect(
      undescribedDisabledButtons(
        '<button\n  disabled={busy}\n  aria-describedby={busy ? "why" : undefined}\n>',
      ),
    ).toEqual([]);
  });

  it.each(tsxFiles(RENDERER).map((file) => [path.relative(RENDERER, file), file]))(
    'every button in %s that can be disabled is described by its reason (or is a ReasonedButton)',
    (_name, file) => {
      expect(undescribedDisabledButtons(readFileSync(file, 'utf8'))).toEqual([]);
    },
  );
});
