import type { Plugin, Rollup } from 'vite';
import { FIRST_PAINT_NAMESPACES } from '../../common/i18n/first-paint';
import { FALLBACK_LOCALE } from '../../common/i18n/locales';

/** The module the small entry (renderer/main.tsx) loads at once: React, i18next and the app. */
const BOOT_MODULE = '/renderer/boot.tsx';

/**
 * Adds `<link rel="modulepreload">` for what the first screen needs beyond the entry's own
 * script: the app itself (renderer/boot.tsx and every chunk it imports) and the fallback
 * language's first-paint text (needed whichever language is chosen). The entry can only ask for
 * them once it has run; preloaded, they download alongside it and the welcome screen renders
 * sooner.
 */
export function preloadFirstPaint(): Plugin {
  const text = FIRST_PAINT_NAMESPACES.map(
    (namespace) => `/common/locales/${FALLBACK_LOCALE}/${namespace}.json`,
  );
  return {
    name: 'preload-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter(
          (chunk): chunk is Rollup.OutputChunk => chunk.type === 'chunk',
        );
        const boot = chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith(BOOT_MODULE)));
        if (!boot) throw new Error(`preload-first-paint: no chunk for ${BOOT_MODULE}`);
        const files = [
          ...withStaticImports(boot, context.bundle ?? {}),
          ...chunks
            .filter((chunk) => text.some((end) => chunk.facadeModuleId?.endsWith(end)))
            .map((chunk) => chunk.fileName),
        ];
        return files
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

/** A chunk's file and the files of every chunk it imports statically, directly or not. */
function withStaticImports(chunk: Rollup.OutputChunk, bundle: Rollup.OutputBundle): string[] {
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const next = bundle[file];
    if (next?.type === 'chunk') next.imports.forEach(visit);
  };
  visit(chunk.fileName);
  return [...files];
}
