import { describe, expect, it } from 'vitest';
import { firstScreenModules } from '../../scripts/vite/bundle-first-screen';

const LUCIDE_INDEX = '/app/node_modules/lucide-react/dist/esm/lucide-react.mjs';
const SHIELD = '/app/node_modules/lucide-react/dist/esm/icons/shield-check.mjs';

/** Runs the plugin's build hook over a module graph given as importer → imported ids. */
function group(graph: Record<string, string[]>) {
  const first = firstScreenModules('/renderer/boot.tsx', '/renderer/main.tsx');
  const context = {
    getModuleIds: () => Object.keys(graph)[Symbol.iterator](),
    getModuleInfo: (id: string) => ({ importedIds: graph[id] ?? [] }),
  };
  const buildEnd = first.plugin.buildEnd as (this: typeof context) => void;
  buildEnd.call(context);
  return first.test;
}

describe("the first screen's chunk", () => {
  it('holds what the app imports for the first screen, not what the entry already holds', () => {
    const inBoot = group({
      '/app/renderer/main.tsx': ['/app/renderer/app/api.ts'],
      '/app/renderer/app/api.ts': [],
      '/app/renderer/boot.tsx': ['/app/renderer/app/api.ts', '/app/renderer/App.tsx'],
      '/app/renderer/App.tsx': [SHIELD],
      [SHIELD]: [],
    });
    expect(inBoot('/app/renderer/App.tsx')).toBe(true);
    expect(inBoot(SHIELD)).toBe(true);
    expect(inBoot('/app/renderer/app/api.ts')).toBe(false);
  });

  it("refuses a first-screen import of lucide-react's index, which would bring every icon", () => {
    expect(() =>
      group({
        '/app/renderer/main.tsx': [],
        '/app/renderer/boot.tsx': ['/app/renderer/App.tsx'],
        '/app/renderer/App.tsx': [LUCIDE_INDEX],
        [LUCIDE_INDEX]: [SHIELD, '/app/node_modules/lucide-react/dist/esm/icons/trash-2.mjs'],
      }),
    ).toThrow(/App\.tsx imports .*lucide-react\.mjs.*lucide-react\/icons\/<name>/);
  });
});
