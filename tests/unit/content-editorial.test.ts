import { describe, expect, it } from 'vitest';
import { checkEditorial } from '../../electron/services/content/check-editorial';
import {
  isBestLongest,
  isBestShortest,
  optionLengthStats,
} from '../../electron/services/content/check-options';
import type { Locale, ScenarioStep } from '../../common/content/content-schema';
import { validateLocale } from '../../electron/services/content/validate-locale';
import {
  buildPackFiles,
  toLocaleFiles,
  type Json,
  type PackFiles,
} from './fixtures/content/build-pack';

const M1 = 'modules/01-topic-1.json';
const M2 = 'modules/02-topic-2.json';

/** The editorial problems of the small valid course after one edit, in one locale. */
function editorialAfter(edit: (files: Json) => void, locale: Locale = 'en-GB') {
  const files: PackFiles = buildPackFiles(locale);
  edit(files);
  const validation = validateLocale(toLocaleFiles(locale, files));
  expect(validation.problems).toEqual([]);
  return checkEditorial(locale, validation.modules);
}

const problemsAfter = (edit: (files: Json) => void, locale: Locale = 'en-GB') =>
  editorialAfter(edit, locale).problems;

describe('editorial rules a course must meet', () => {
  it('the small valid course meets every one, in both locales', () => {
    expect(problemsAfter(() => {})).toEqual([]);
    expect(problemsAfter(() => {}, 'cy')).toEqual([]);
  });

  it.each<[string, (f: Json) => void, { file: string; path: string; problem: string }]>([
    [
      'a step with three options',
      (f) => f[M1].scenarios[2].steps[0].options.pop(),
      {
        file: M1,
        path: 'scenarios[2].steps[0].options',
        problem: 'has 3 options; a step needs at least 4',
      },
    ],
    [
      'a DO item over 200 characters',
      (f) => (f[M2].dos[0].text = `Lock the tablet ${'and keep it safe '.repeat(11)}.`),
      {
        file: M2,
        path: 'dos[0].text',
        problem: 'has 204 characters; a DO or DO NOT item has at most 200',
      },
    ],
    [
      'a DO NOT item that says "Don\'t"',
      (f) => (f[M2].donts[0].text = "Don't share the tablet code."),
      {
        file: M2,
        path: 'donts[0].text',
        problem: 'a DO NOT item begins "Do not" or "Never" and does not say "Don\'t"',
      },
    ],
    [
      'a DO NOT item that opens well but slips into "don\'t"',
      (f) => (f[M2].donts[0].text = "Do not share the tablet code, and don't write it down."),
      { file: M2, path: 'donts[0].text', problem: 'does not say "don\'t"' },
    ],
    [
      'a DO NOT item that is not phrased as one',
      (f) => (f[M2].donts[0].text = 'Sharing the tablet code is not allowed.'),
      { file: M2, path: 'donts[0].text', problem: 'a DO NOT item begins "Do not" or "Never"' },
    ],
    [
      'a DO NOT item in one module repeating, reworded, one in another',
      (f) => {
        f[M1].donts[0].text =
          'Do not give your personal phone number to young people or their parents.';
        f[M2].donts[0].text =
          'Never give young people or their parents your personal phone number.';
      },
      {
        file: M2,
        path: 'donts[0].text',
        problem:
          'says nearly the same as en-GB/modules/01-topic-1.json donts[0].text (word overlap: Jaccard 1.00',
      },
    ],
    [
      'a DO item whose words are all inside a longer DO NOT item elsewhere',
      (f) => {
        f[M1].dos[0].text = 'Ask friends not to tag you in public photos.';
        f[M2].donts[0].text =
          'Do not let friends tag you in public photos; ask them to check first and remove any tag you did not agree to.';
      },
      { file: M2, path: 'donts[0].text', problem: 'shorter item 1.00' },
    ],
    [
      'two scenarios with the same title, written differently',
      (f) => {
        f[M1].scenarios[0].title = 'A text at 11pm';
        f[M2].scenarios[2].title = 'A text at 11 PM';
      },
      {
        file: M2,
        path: 'scenarios[2].title',
        problem:
          '"A text at 11 PM" is also the title of en-GB/modules/01-topic-1.json scenarios[0].title',
      },
    ],
    [
      'one name with two ages',
      (f) =>
        (f[M2].scenarios[2].steps[0].prompt = 'Jordan, 16, asks for your number. What do you do?'),
      {
        file: M2,
        path: 'scenarios[2].steps[0].prompt',
        problem: 'Jordan is 16 here but 14 in en-GB/modules/01-topic-1.json',
      },
    ],
  ])('fails %s', (_name, edit, want) => {
    expect(problemsAfter(edit)).toEqual([
      {
        file: `en-GB/${want.file}`,
        path: want.path,
        problem: expect.stringContaining(want.problem),
      },
    ]);
  });

  it.each<[string, (f: Json) => void]>([
    ['a DO item of exactly 200 characters', (f) => (f[M2].dos[0].text = `L${'o'.repeat(198)}.`)],
    [
      'a DO NOT item opening "Never"',
      (f) => (f[M2].donts[0].text = 'Never share the tablet code.'),
    ],
    [
      'two short items about the same thing that say different things',
      (f) => {
        f[M1].dos[0].text = 'Lock your phone.';
        f[M2].donts[0].text = 'Do not lend your phone.';
      },
    ],
    [
      'a weekday followed by a date, which is not a character',
      (f) => {
        f[M1].scenarios[2].steps[0].prompt =
          'On Monday, 14 young people arrive. Jordan, 14, asks for your number.';
        f[M2].scenarios[2].steps[0].prompt = 'On Monday, 12 of them stay late.';
      },
    ],
  ])('accepts %s', (_name, edit) => {
    expect(problemsAfter(edit)).toEqual([]);
  });

  it('a Welsh DO NOT item opens with "Peidiwch"', () => {
    expect(
      problemsAfter((f) => (f[M2].donts[0].text = 'Rhaid peidio â rhannu cod y llechen.'), 'cy'),
    ).toEqual([
      { file: `cy/${M2}`, path: 'donts[0].text', problem: 'a DO NOT item begins "Peidiwch"' },
    ]);
  });
});

const step = (lengths: number[], bestAt: number): ScenarioStep => ({
  id: 's',
  prompt: 'p',
  options: lengths.map((n, i) => ({
    id: `o${i}`,
    text: 'x'.repeat(n),
    feedback: 'f',
    best: i === bestAt,
  })),
});

describe('the best answer is not given away by its length', () => {
  it.each([
    ['longer than every other option', true, [30, 10, 20, 25], 0],
    ['tied for longest (a tie still points at it)', true, [30, 30, 20, 25], 0],
    ['shorter than one wrong option', false, [29, 30, 20, 25], 0],
    ['the shortest', false, [5, 30, 20, 25], 0],
  ])('a best option %s counts as the longest: %s', (_name, longest, lengths, bestAt) => {
    expect(isBestLongest(step(lengths, bestAt))).toBe(longest);
  });

  it.each([
    ['shorter than every other option', true, [5, 10, 20, 25]],
    ['tied for shortest', true, [10, 10, 20, 25]],
    ['longer than one wrong option', false, [11, 10, 20, 25]],
  ])('a best option %s counts as the shortest: %s', (_name, shortest, lengths) => {
    expect(isBestShortest(step(lengths, 0))).toBe(shortest);
  });

  it('a course whose best answers are usually the shortest fails too: that is as easy to game', () => {
    const shorten = (f: Json) => {
      for (let m = 1; m <= 10; m++) {
        const module = f[`modules/${String(m).padStart(2, '0')}-topic-${m}.json`];
        for (const scenario of module.scenarios)
          for (const s of scenario.steps) if (!s.multiAnswer) s.options[0].text = 'Yes';
      }
    };
    const { optionLengths, problems } = editorialAfter(shorten);
    expect(optionLengths).toMatchObject({ bestIsShortest: 50, shortestShare: 1, bestIsLongest: 0 });
    expect(problems).toEqual([
      {
        file: 'en-GB/modules',
        path: '',
        problem: expect.stringContaining(
          'and the shortest in 50 (100%); mean best/wrong option length 0.11 (3/27 characters): the best option is the shortest more often than chance allows',
        ),
      },
    ]);
  });

  it('chance is the mean of one over the number of options; the limit adds 0.10', () => {
    const files = buildPackFiles('en-GB') as Json;
    // Module 1's first question gets a fifth option: its chance is 1/5, every other step's 1/4.
    files[M1].scenarios[0].steps[0].options.push({
      id: 'topic-1-scn-1-s1-e',
      text: 'Say you will think about it',
      feedback: 'f',
      best: false,
    });
    const { modules } = validateLocale(toLocaleFiles('en-GB', files));
    const stats = optionLengthStats(modules);
    expect(stats.steps).toBe(50);
    expect(stats.chance).toBeCloseTo((49 * 0.25 + 0.2) / 50, 10);
    expect(stats.limit).toBeCloseTo(stats.chance + 0.1, 10);
  });

  it('a course at the limit passes and one step more fails, with the share and the skew', () => {
    // 50 single-answer steps at chance 25%: the limit of 35% allows 17 best-is-longest steps.
    const lengthen = (count: number) => (f: Json) => {
      let left = count;
      for (let m = 1; m <= 10; m++) {
        const module = f[`modules/${String(m).padStart(2, '0')}-topic-${m}.json`];
        for (const scenario of module.scenarios)
          for (const s of scenario.steps)
            if (!s.multiAnswer && left > 0) {
              left--;
              s.options[0].text = `${s.options[0].text} and explain why to everyone`;
            }
      }
    };
    expect(editorialAfter(lengthen(17)).problems).toEqual([]);
    const over = editorialAfter(lengthen(18));
    expect(over.optionLengths).toMatchObject({ steps: 50, bestIsLongest: 18, share: 0.36 });
    expect(over.problems).toEqual([
      {
        file: 'en-GB/modules',
        path: '',
        problem: expect.stringMatching(
          /^best option is the longest in 18 of 50 single-answer steps \(36%; chance 25%, limit 35%\) and the shortest in 0 \(0%\); mean best\/wrong option length \d\.\d\d .*the best option is the longest more often than chance allows/,
        ),
      },
    ]);
  });
});
