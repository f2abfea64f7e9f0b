import type { ContentProblem } from './content-problem';
import type { Locale } from '../../../common/content/content-schema';
import {
  DO_NOT_VOICE,
  MAX_GUIDANCE_ITEM_CHARACTERS,
  NEAR_DUPLICATE_CONTAINMENT,
  NEAR_DUPLICATE_JACCARD,
  NEAR_DUPLICATE_MIN_WORDS,
} from './content-rules';
import type { ValidModule } from './check-pack';
import { meaningfulWords, wordOverlap } from './word-overlap';

interface ListedItem {
  file: string;
  path: string;
  text: string;
  words: Set<string>;
}

/**
 * The DO and DO NOT lists read as one course: each item short, DO NOT items in one voice, and no
 * item saying again what another (in any module) already says.
 */
export function checkGuidanceItems(
  locale: Locale,
  modules: readonly ValidModule[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const items: ListedItem[] = [];
  const voice = DO_NOT_VOICE[locale];
  for (const { file, module } of modules) {
    for (const list of ['dos', 'donts'] as const) {
      module[list].forEach((item, i) => {
        const path = `${list}[${i}].text`;
        const length = [...item.text].length;
        if (length > MAX_GUIDANCE_ITEM_CHARACTERS) {
          problems.push({
            file,
            path,
            problem: `has ${length} characters; a DO or DO NOT item has at most ${MAX_GUIDANCE_ITEM_CHARACTERS}`,
          });
        }
        if (list === 'donts') {
          const opensWell = voice.openings.some((start) => item.text.startsWith(start));
          const banned = voice.banned?.exec(item.text)?.[0];
          if (!opensWell || banned) {
            const openings = voice.openings.map((o) => `"${o.trim()}"`).join(' or ');
            problems.push({
              file,
              path,
              problem: `a DO NOT item begins ${openings}${banned ? ` and does not say "${banned}"` : ''}`,
            });
          }
        }
        items.push({ file, path, text: item.text, words: meaningfulWords(item.text, locale) });
      });
    }
  }
  problems.push(...nearDuplicates(items));
  return problems;
}

function nearDuplicates(items: readonly ListedItem[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  items.forEach((later, j) => {
    for (const earlier of items.slice(0, j)) {
      const overlap = wordOverlap(earlier.words, later.words);
      const contained =
        overlap.shorter >= NEAR_DUPLICATE_MIN_WORDS &&
        overlap.containment >= NEAR_DUPLICATE_CONTAINMENT;
      if (overlap.jaccard >= NEAR_DUPLICATE_JACCARD || contained) {
        problems.push({
          file: later.file,
          path: later.path,
          problem: `says nearly the same as ${earlier.file} ${earlier.path} (word overlap: Jaccard ${overlap.jaccard.toFixed(2)}, shorter item ${overlap.containment.toFixed(2)}); merge them or make each say something different`,
        });
      }
    }
  });
  return problems;
}
