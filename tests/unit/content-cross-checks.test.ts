import { checkTranslation } from '../../electron/services/content/check-translations';
import { validateLocale } from '../../electron/services/content/validate-locale';
import {
  buildPackFiles,
  toLocaleFiles,
  type Json,
  type PackFiles,
} from './fixtures/content/build-pack';

const M1 = 'modules/01-topic-1.json';
const M2 = 'modules/02-topic-2.json';

function problemsAfter(edit: (files: Json) => void) {
  const files: PackFiles = buildPackFiles('en-GB');
  edit(files);
  return validateLocale(toLocaleFiles('en-GB', files)).problems;
}

/** A copy of a scenario under a new id, for modules that need more scenarios. */
function copyScenario(files: Json, from: string, to: string) {
  const source = files[M1].scenarios.find((s: Json) => s.id === from);
  return JSON.parse(JSON.stringify(source).replaceAll(from, to));
}

describe('content cross-checks within one locale', () => {
  it('a complete, well-formed pack has no problems in either locale', () => {
    for (const locale of ['en-GB', 'cy'] as const) {
      const result = validateLocale(toLocaleFiles(locale, buildPackFiles(locale)));
      expect(result.problems).toEqual([]);
      expect(result.pack?.modules.map((m) => m.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    }
  });

  it.each<[string, (f: Json) => void, { file: string; path: string; problem: string }[]]>([
    [
      'a step with two best options',
      (f) => (f[M1].scenarios[2].steps[0].options[1].best = true),
      [
        {
          file: M1,
          path: 'scenarios[2].steps[0].options',
          problem: 'exactly one best option, found 2',
        },
      ],
    ],
    [
      'a step with no best option',
      (f) => (f[M1].scenarios[2].steps[0].options[0].best = false),
      [
        {
          file: M1,
          path: 'scenarios[2].steps[0].options',
          problem: 'exactly one best option, found 0',
        },
      ],
    ],
    [
      'a multi-answer step with only one best option',
      (f) => (f[M1].scenarios[3].steps[0].options[1].best = false),
      [
        {
          file: M1,
          path: 'scenarios[3].steps[0].options',
          problem: 'a multi-answer step needs at least 2 best options, found 1',
        },
      ],
    ],
    [
      'a multi-answer step where every option is best',
      (f) => {
        for (const option of f[M1].scenarios[3].steps[0].options) option.best = true;
      },
      [
        {
          file: M1,
          path: 'scenarios[3].steps[0].options',
          problem: 'every option of this multi-answer step is best',
        },
      ],
    ],
    [
      'a single-answer step whose prompt asks to choose all that apply',
      (f) => {
        delete f[M1].scenarios[3].steps[0].multiAnswer;
        f[M1].scenarios[3].steps[0].options[1].best = false;
      },
      [
        {
          file: M1,
          path: 'scenarios[3].steps[0].prompt',
          problem: 'asks the learner to choose several answers, but the step is not multiAnswer',
        },
      ],
    ],
    [
      'a single-answer step whose Welsh prompt asks to choose every answer that applies',
      (f) =>
        (f[M1].scenarios[2].steps[0].prompt =
          "Beth ddylech chi ei wneud? Dewiswch bob un sy'n berthnasol."),
      [
        {
          file: M1,
          path: 'scenarios[2].steps[0].prompt',
          problem: 'asks the learner to choose several answers',
        },
      ],
    ],
    [
      'a multi-answer step whose options lead different ways',
      (f) => {
        const step = f[M1].scenarios[3].steps[0];
        f[M1].scenarios[3].steps.push({ ...step, id: 'topic-1-scn-4-s2', options: [] });
        f[M1].scenarios[3].steps[1].options = step.options.map((o: Json) => ({
          ...o,
          id: `${o.id}-2`,
        }));
        step.options[0].next = 'topic-1-scn-4-s2';
      },
      [
        {
          file: M1,
          path: 'scenarios[3].steps[0].options',
          problem: 'every option of a multi-answer step must lead to the same next step',
        },
      ],
    ],
    [
      'a next that names no step of the scenario, leaving its target unreachable',
      (f) => (f[M1].scenarios[0].steps[0].options[0].next = 'nowhere'),
      [
        {
          file: M1,
          path: 'scenarios[0].steps[0].options[0].next',
          problem: '"nowhere" is not a step',
        },
        {
          file: M1,
          path: 'scenarios[0].steps[1]',
          problem: 'cannot be reached from the first step',
        },
      ],
    ],
    [
      'a next that loops back to an earlier step',
      (f) => (f[M1].scenarios[1].steps[1].options[1].next = 'topic-1-scn-2-s1'),
      [
        {
          file: M1,
          path: 'scenarios[1].steps[1].options[1].next',
          problem: 'must be a later step',
        },
      ],
    ],
    [
      'a step no choice leads to',
      (f) => {
        const copy = JSON.stringify(f[M1].scenarios[1].steps[1]).replaceAll('-s2', '-s3');
        f[M1].scenarios[1].steps.push(JSON.parse(copy));
      },
      [
        {
          file: M1,
          path: 'scenarios[1].steps[2]',
          problem: 'step "topic-1-scn-2-s3" cannot be reached',
        },
      ],
    ],
    [
      'an option id used twice in one scenario',
      (f) => (f[M1].scenarios[0].steps[1].options[0].id = 'topic-1-scn-1-s1-a'),
      [
        {
          file: M1,
          path: 'scenarios[0].steps[1].options[0].id',
          problem: 'used twice in this scenario',
        },
      ],
    ],
    [
      'an unknown placeholder',
      (f) => (f[M1].dos[0].text = 'Tell {{leadName}} at once.'),
      [{ file: M1, path: 'dos[0].text', problem: 'unknown placeholder {{leadName}}' }],
    ],
    [
      'a placeholder missing a closing brace',
      (f) => (f[M1].intro[1] = 'Ask {{orgName} first.'),
      [{ file: M1, path: 'intro[1]', problem: 'malformed placeholder braces' }],
    ],
    [
      'a placeholder written with spaces inside',
      (f) => (f['aup.json'].statementOfIntent = 'I agree with {{ orgName }}.'),
      [{ file: 'aup.json', path: 'statementOfIntent', problem: 'malformed placeholder braces' }],
    ],
    [
      'a placeholder with single braces in feedback',
      (f) => (f[M1].scenarios[3].steps[0].options[1].feedback = 'Ask {orgName}.'),
      [{ file: M1, path: 'scenarios[3].steps[0].options[1].feedback', problem: 'malformed' }],
    ],
    [
      'an item id already used in another module',
      (f) => (f[M2].dos[0].id = 'topic-1-do-1'),
      [
        {
          file: M2,
          path: 'dos[0].id',
          problem: 'already used in en-GB/modules/01-topic-1.json at dos[0].id',
        },
      ],
    ],
    [
      'a sort statement reusing a scenario id',
      (f) => (f[M2].activities[0].statements[1].id = 'topic-1-scn-3'),
      [{ file: M2, path: 'activities[0].statements[1].id', problem: 'already used' }],
    ],
    [
      'an AUP clause reusing a module item id',
      (f) => (f['aup.json'].clauses[4].id = 'topic-2-place-1'),
      [
        {
          file: 'aup.json',
          path: 'clauses[4].id',
          problem: 'already used in en-GB/modules/02-topic-2.json',
        },
      ],
    ],
    [
      'a module with seven scenarios',
      (f) => {
        for (const n of [5, 6, 7])
          f[M1].scenarios.push(copyScenario(f, 'topic-1-scn-4', `topic-1-scn-${n}`));
      },
      [{ file: M1, path: 'scenarios', problem: 'has 7 scenarios; a module needs 3 to 6' }],
    ],
    [
      'a module with two scenarios (the schema minimum)',
      (f) => f[M1].scenarios.splice(2, 2),
      [{ file: M1, path: 'scenarios', problem: '' }],
    ],
    [
      'a course with 39 scenarios',
      (f) => {
        f[M2].scenarios.splice(3, 1);
        delete f[M2].scenarios[2].alternateGroup;
      },
      [{ file: 'modules', path: '', problem: 'the course has 39 scenarios; it needs at least 40' }],
    ],
    [
      'an AUP clause naming a module that does not exist',
      (f) => (f['aup.json'].clauses[0].modules = ['topic-1', 'topic-99']),
      [
        {
          file: 'aup.json',
          path: 'clauses[0].modules[1]',
          problem: '"topic-99" is not a module id',
        },
      ],
    ],
    [
      'a module whose file name does not match its order',
      (f) => (f[M1].order = 11),
      [{ file: M1, path: '', problem: 'should be named 11-topic-1.json' }],
    ],
    [
      'a module with no sorting activity',
      (f) => f[M2].activities.splice(0, 1),
      [{ file: M2, path: 'activities', problem: 'needs at least one "sort" activity' }],
    ],
    [
      'a module with only one branching scenario',
      (f) => {
        f[M2].scenarios[1].steps.splice(1, 1);
        delete f[M2].scenarios[1].steps[0].options[0].next;
      },
      [{ file: M2, path: 'scenarios', problem: 'has 1 branching scenarios' }],
    ],
    [
      'an alternate group no other scenario shares',
      (f) => (f[M2].scenarios[0].alternateGroup = 'lonely'),
      [{ file: M2, path: 'scenarios[0].alternateGroup', problem: '"lonely"' }],
    ],
    [
      'empty feedback, reported at its exact place',
      (f) => (f[M1].scenarios[2].steps[0].options[0].feedback = '  '),
      [
        {
          file: M1,
          path: 'scenarios[2].steps[0].options[0].feedback',
          problem: 'must not be empty',
        },
      ],
    ],
  ])('reports %s', (_name, edit, expected) => {
    const problems = problemsAfter(edit);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      expect(problems[i]).toEqual({
        file: `en-GB/${want.file}`,
        path: want.path,
        problem: expect.stringContaining(want.problem),
      });
    });
  });

  it('allows several best options, all leading on together, on a multi-answer step', () => {
    const problems = problemsAfter((f) => {
      f[M1].scenarios[3].steps[0].options[2].best = true;
      const step = f[M1].scenarios[3].steps[0];
      f[M1].scenarios[3].steps.push({
        ...step,
        id: 'topic-1-scn-4-s2',
        options: step.options.map((o: Json) => ({ ...o, id: `${o.id}-2` })),
      });
      for (const option of step.options) option.next = 'topic-1-scn-4-s2';
    });
    expect(problems).toEqual([]);
  });

  it('skips whole-pack checks while a file is invalid, so one mistake is not reported many times', () => {
    const problems = problemsAfter((f) => (f[M1].icon = 'rocket'));
    expect(problems).toEqual([{ file: `en-GB/${M1}`, path: 'icon', problem: expect.any(String) }]);
  });
});

describe('translation twins', () => {
  function twinProblems(edit: (en: Json, cy: Json) => void) {
    const en: PackFiles = buildPackFiles('en-GB');
    const cy: PackFiles = buildPackFiles('cy');
    edit(en, cy);
    return checkTranslation(toLocaleFiles('en-GB', en), toLocaleFiles('cy', cy));
  }

  it('accepts a translation that differs only in human text', () => {
    expect(twinProblems(() => undefined)).toEqual([]);
  });

  it.each<[string, (en: Json, cy: Json) => void, string, string, string]>([
    [
      'a module with no Welsh twin',
      (_en, cy) => delete cy[M2],
      M2,
      '',
      'missing: en-GB/modules/02-topic-2.json has no cy translation',
    ],
    [
      'a Welsh file with no English original',
      (en) => delete en[M2],
      M2,
      '',
      'has no en-GB original',
    ],
    [
      'a missing Welsh AUP',
      (_en, cy) => delete cy['aup.json'],
      'aup.json',
      '',
      'has no cy translation',
    ],
    [
      'a different best option',
      (_en, cy) => (cy[M1].scenarios[0].steps[0].options[1].best = true),
      M1,
      'scenarios[0].steps[0].options[1].best',
      'en-GB has false, cy has true',
    ],
    [
      'a different next',
      (_en, cy) => delete cy[M1].scenarios[0].steps[0].options[0].next,
      M1,
      'scenarios[0].steps[0].options[0].next',
      'missing in cy',
    ],
    [
      'a different sort answer',
      (_en, cy) => (cy[M2].activities[0].statements[0].answer = 'dont'),
      M2,
      'activities[0].statements[0].answer',
      'must match en-GB',
    ],
    ['a different order', (_en, cy) => (cy[M2].order = 3), M2, 'order', 'en-GB has 2, cy has 3'],
    ['a different icon', (_en, cy) => (cy[M2].icon = 'ban'), M2, 'icon', 'must match en-GB'],
    [
      'a translated source section',
      (_en, cy) => (cy[M1].dos[0].sources[0].section = 'Ffonau symudol'),
      M1,
      'dos[0].sources[0].section',
      'en-GB has "Mobile phones"',
    ],
    [
      'a different clause revision',
      (_en, cy) => (cy['aup.json'].clauses[1].revision = 2),
      'aup.json',
      'clauses[1].revision',
      'must match en-GB',
    ],
    [
      'an extra option',
      (_en, cy) =>
        cy[M1].scenarios[2].steps[0].options.push({
          id: 'x',
          text: 'x',
          feedback: 'x',
          best: false,
        }),
      M1,
      'scenarios[2].steps[0].options',
      'en-GB has 4 items but cy has 5',
    ],
    [
      'a different number of intro paragraphs',
      (_en, cy) => cy[M1].intro.pop(),
      M1,
      'intro',
      'en-GB has 2 items but cy has 1',
    ],
    [
      'a field only the translation sets',
      (_en, cy) => (cy[M1].scenarios[0].steps[0].multiAnswer = true),
      M1,
      'scenarios[0].steps[0].multiAnswer',
      'cy has it but en-GB does not',
    ],
    [
      'a different id',
      (_en, cy) => (cy[M2].dos[0].id = 'topic-2-do-one'),
      M2,
      'dos[0].id',
      'must match en-GB',
    ],
  ])('reports %s', (_name, edit, file, path, problem) => {
    expect(twinProblems(edit)).toEqual([
      { file: `cy/${file}`, path, problem: expect.stringContaining(problem) },
    ]);
  });
});
