import type { Plugin } from 'vite';

/**
 * Package indexes that re-export a whole library of small modules (lucide-react: every icon). A
 * first-screen module importing one would put everything the index re-exports, and the app uses
 * anywhere, in the first screen's chunk (the grouping below follows imports, not the names
 * used): the welcome screen imports its icons one by one (`lucide-react/icons/<name>`).
 */
const WHOLE_LIBRARY_INDEXES = [/\/lucide-react\/dist\/esm\/lucide-react\.mjs$/];

/**
 * Modules the app needs for its first screen (everything renderer/boot.tsx imports statically,
 * less what the entry itself already holds), to be bundled as one chunk: left to itself, the
 * bundler splits out every module a lazy screen shares with them (React, i18next, the app's
 * state...) into chunks of their own, and each is one more request before the first paint.
 */
export function firstScreenModules(bootModule: string, entryModule: string) {
  const ids = new Set<string>();
  const plugin: Plugin = {
    name: 'bundle-first-screen',
    apply: 'build',
    buildEnd() {
      const closure = (start: string) => {
        const seen = new Set<string>();
        const visit = (id: string, importer: string) => {
          if (seen.has(id)) return;
          if (WHOLE_LIBRARY_INDEXES.some((index) => index.test(id))) {
            throw new Error(
              `bundle-first-screen: ${importer} imports ${id}, which re-exports a whole library ` +
                'into the first screen; import the one module it needs (e.g. lucide-react/icons/<name>)',
            );
          }
          seen.add(id);
          for (const next of this.getModuleInfo(id)?.importedIds ?? []) visit(next, id);
        };
        const startId = [...this.getModuleIds()].find((id) => id.endsWith(start));
        if (!startId) throw new Error(`bundle-first-screen: no module ${start}`);
        visit(startId, startId);
        return seen;
      };
      const entry = closure(entryModule);
      for (const id of closure(bootModule)) if (!entry.has(id)) ids.add(id);
    },
  };
  return { plugin, test: (id: string) => ids.has(id) };
}
