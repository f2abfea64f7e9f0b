import type { Resource } from 'i18next';

// Every `locales/<locale>/<namespace>.json` becomes a namespace of that locale.
const files = import.meta.glob<{ default: Record<string, unknown> }>(
  '../../common/locales/*/*.json',
  {
    eager: true,
  },
);

export function localeResources(): Resource {
  const resources: Resource = {};
  for (const [file, module] of Object.entries(files)) {
    const match = /\/locales\/([^/]+)\/([^/]+)\.json$/.exec(file);
    if (!match?.[1] || !match[2]) continue;
    const [, locale, namespace] = match;
    resources[locale] = { ...resources[locale], [namespace]: module.default };
  }
  return resources;
}
