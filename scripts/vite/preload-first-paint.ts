import type { Plugin } from 'vite';
import { FIRST_PAINT_NAMESPACES } from '../../common/i18n/first-paint';
import { FALLBACK_LOCALE } from '../../common/i18n/locales';

/**
 * Adds `<link rel="modulepreload">` for the fallback language's first-paint text. It is needed
 * whichever language is chosen, but the renderer can only ask for it once its own script has
 * run; preloaded, it downloads while that script does, and the welcome screen renders sooner.
 */
export function preloadFirstPaint(): Plugin {
  const wanted = FIRST_PAINT_NAMESPACES.map(
    (namespace) => `/common/locales/${FALLBACK_LOCALE}/${namespace}.json`,
  );
  return {
    name: 'preload-first-paint-text',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        return Object.values(context.bundle ?? {}).flatMap((chunk) =>
          chunk.type === 'chunk' && wanted.some((end) => chunk.facadeModuleId?.endsWith(end))
            ? [
                {
                  tag: 'link',
                  attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` },
                  injectTo: 'head' as const,
                },
              ]
            : [],
        );
      },
    },
  };
}
