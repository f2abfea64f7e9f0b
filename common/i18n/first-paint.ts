/**
 * The namespaces the welcome screen needs before its first paint: the renderer loads them
 * before it renders, and the build asks the browser to fetch the fallback language's copies
 * alongside the app's own script (see scripts/vite/preload-first-paint.ts).
 */
export const FIRST_PAINT_NAMESPACES = ['common', 'welcome'];

/**
 * What a learner's next screens need: loaded as soon as the welcome screen is up, so it is
 * there before anyone can press Start (a screen that still finds one missing waits in its
 * Suspense boundary rather than show keys). `errors` is loaded before the first paint instead
 * when that paint shows an error.
 */
export const AFTER_FIRST_PAINT_NAMESPACES = ['errors', 'learner', 'quiz'];
