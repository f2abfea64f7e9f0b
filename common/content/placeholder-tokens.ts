import { PLACEHOLDERS, type PlaceholderName } from './content-schema';

/**
 * A well-formed placeholder: exactly `{{name}}`, no spaces. Declared once here, so the content
 * check, the organisation's policy schema and placeholder filling read placeholders alike.
 */
export const PLACEHOLDER_TOKEN = /\{\{([A-Za-z][A-Za-z0-9]*)\}\}/g;
const KNOWN: ReadonlySet<string> = new Set(PLACEHOLDERS);

export function isPlaceholderName(name: string): name is PlaceholderName {
  return KNOWN.has(name);
}

/** What is wrong with the placeholders in one text, if anything. */
export function placeholderProblems(text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER_TOKEN)) {
    const name = match[1] ?? '';
    if (!isPlaceholderName(name)) {
      problems.push(`unknown placeholder {{${name}}}; use one of ${PLACEHOLDERS.join(', ')}`);
    }
  }
  const leftover = text.replace(PLACEHOLDER_TOKEN, '');
  const stray = /[{}]/.exec(leftover);
  if (stray) {
    const near = leftover.slice(Math.max(0, stray.index - 15), stray.index + 15);
    problems.push(`malformed placeholder braces near "${near}"; write placeholders as {{orgName}}`);
  }
  return problems;
}
