import type { ContentProblem } from './content-problem';
import type { ValidModule } from './check-pack';
import { forEachText } from './text-fields';

/** "Ellie, 15" (and Welsh "Ellie, 15 oed"): a character introduced with their age. */
const NAME_WITH_AGE = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+), (\d{1,2})(?![\p{N}])/gu;

/** Capitalised words that are not people, though a number may follow them after a comma. */
const NOT_NAMES = new Set(
  [
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday',
    'January February March April May June July August September October November December',
    'Llun Mawrth Mercher Iau Gwener Sadwrn Sul Ionawr Chwefror Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr',
  ]
    .join(' ')
    .split(' '),
);

interface Sighting {
  age: string;
  file: string;
  path: string;
}

/**
 * One name, one person: a character written with an age must have that age wherever the name
 * appears with one, across the whole course, or learners meet "Leo, 14" and "Leo, 16".
 */
export function checkCharacterAges(modules: readonly ValidModule[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const firstSeen = new Map<string, Sighting>();
  for (const { file, module } of modules) {
    forEachText(module, (path, text) => {
      for (const match of text.matchAll(NAME_WITH_AGE)) {
        const [, name = '', age = ''] = match;
        if (NOT_NAMES.has(name)) continue;
        const first = firstSeen.get(name);
        if (!first) firstSeen.set(name, { age, file, path });
        else if (first.age !== age) {
          problems.push({
            file,
            path,
            problem: `${name} is ${age} here but ${first.age} in ${first.file} ${first.path}; one name is one character, with one age`,
          });
        }
      }
    });
  }
  return problems;
}
