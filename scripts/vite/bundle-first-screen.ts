import type { Plugin } from 'vite';

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
        const visit = (id: string) => {
          if (seen.has(id)) return;
          seen.add(id);
          for (const next of this.getModuleInfo(id)?.importedIds ?? []) visit(next);
        };
        const startId = [...this.getModuleIds()].find((id) => id.endsWith(start));
        if (!startId) throw new Error(`bundle-first-screen: no module ${start}`);
        visit(startId);
        return seen;
      };
      const entry = closure(entryModule);
      for (const id of closure(bootModule)) if (!entry.has(id)) ids.add(id);
    },
  };
  return { plugin, test: (id: string) => ids.has(id) };
}
