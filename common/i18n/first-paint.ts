/**
 * The namespaces the welcome screen and the learner's path need before their first paint: the
 * renderer loads them before it renders, and the build asks the browser to fetch the fallback
 * language's copies alongside the app's own script (see scripts/vite/preload-first-paint.ts).
 */
export const FIRST_PAINT_NAMESPACES = ['common', 'errors', 'welcome', 'learner', 'quiz'];
