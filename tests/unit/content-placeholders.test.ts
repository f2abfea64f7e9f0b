import type { ContentPack } from '../../common/content/content-schema';
import {
  fillPack,
  fillPlaceholders,
  placeholderProblems,
  type PlaceholderFallbacks,
  type PlaceholderValues,
} from '../../electron/services/content/placeholders';
import { forEachText } from '../../electron/services/content/text-fields';
import { buildAup, buildModule } from './fixtures/content/build-pack';

const fallbacks: PlaceholderFallbacks = {
  orgName: 'your organisation',
  esafetyLeadName: 'your e-safety lead',
  esafetyLeadContact: 'the contact details on your staff noticeboard',
  safeguardingLeadName: 'your safeguarding lead',
  safeguardingLeadContact: 'the safeguarding contact details',
  refresherMonths: '12',
};

const values: PlaceholderValues = {
  orgName: 'Riverside Youth Club',
  esafetyLeadName: 'Sam Patel',
  refresherMonths: 6,
};

describe('filling placeholders for the learner', () => {
  it.each<[string, string, PlaceholderValues, string]>([
    ['a single value', 'Tell {{esafetyLeadName}} at once.', values, 'Tell Sam Patel at once.'],
    ['adjacent placeholders', '{{orgName}}{{refresherMonths}}', values, 'Riverside Youth Club6'],
    [
      'a repeated placeholder',
      '{{orgName}} and {{orgName}}',
      values,
      'Riverside Youth Club and Riverside Youth Club',
    ],
    ['a number value', 'every {{refresherMonths}} months', values, 'every 6 months'],
    [
      'zero, which is a value and not a gap',
      'every {{refresherMonths}} months',
      { refresherMonths: 0 },
      'every 0 months',
    ],
    [
      'an unset value, shown as the fallback',
      'Ask {{esafetyLeadContact}}.',
      values,
      'Ask the contact details on your staff noticeboard.',
    ],
    [
      'an empty value, shown as the fallback',
      'Tell {{esafetyLeadName}}.',
      { esafetyLeadName: '' },
      'Tell your e-safety lead.',
    ],
    [
      'a blank value, shown as the fallback',
      'Tell {{esafetyLeadName}}.',
      { esafetyLeadName: '   ' },
      'Tell your e-safety lead.',
    ],
    [
      'a null value, shown as the fallback',
      'At {{orgName}}.',
      { orgName: null },
      'At your organisation.',
    ],
    ['a value trimmed of spaces', 'At {{orgName}}.', { orgName: '  Acme  ' }, 'At Acme.'],
    ['triple braces around a placeholder', '{{{orgName}}}', values, '{Riverside Youth Club}'],
    ['single braces in ordinary text', 'a set {orgName} of {', values, 'a set {orgName} of {'],
    ['an unknown placeholder, left as written', 'Hi {{firstName}}', values, 'Hi {{firstName}}'],
    ['a placeholder with spaces, left as written', '{{ orgName }}', values, '{{ orgName }}'],
    [
      'a value that looks like a placeholder, not expanded again',
      '{{orgName}}',
      { orgName: '{{esafetyLeadName}}' },
      '{{esafetyLeadName}}',
    ],
    [
      'a value with replacement patterns, kept literally',
      '{{orgName}}',
      { orgName: "$& $1 $' Ltd" },
      "$& $1 $' Ltd",
    ],
    ['text with no placeholders', 'Lock your phone.', values, 'Lock your phone.'],
  ])('fills %s', (_name, text, given, expected) => {
    expect(fillPlaceholders(text, given, fallbacks)).toBe(expected);
  });

  it('fills every text field of a pack and leaves ids, sources and the original alone', () => {
    const pack: ContentPack = {
      locale: 'en-GB',
      modules: [buildModule(1, 'en-GB')],
      aup: buildAup('en-GB', 1),
    };
    const before = JSON.stringify(pack);
    const filled = fillPack(pack, values, fallbacks);
    const texts: string[] = [];
    forEachText(filled, (_path, text) => texts.push(text));
    expect(texts.some((t) => t.includes('{{'))).toBe(false);
    expect(filled.aup.statementOfIntent).toBe('I will follow this policy at Riverside Youth Club.');
    expect(filled.modules[0]?.inPlace[0]?.text).toBe('Riverside Youth Club has a policy.');
    expect(filled.modules[0]?.scenarios[0]?.steps[1]?.options[0]?.text).toBe('Sam Patel');
    expect(filled.modules[0]?.dos[0]?.sources).toEqual(pack.modules[0]?.dos[0]?.sources);
    expect(filled.locale).toBe('en-GB');
    expect(JSON.stringify(pack)).toBe(before);
  });
});

describe('checking placeholders in content', () => {
  it.each<[string, string, string[]]>([
    ['known placeholders', '{{orgName}} and {{safeguardingLeadContact}}', []],
    ['no placeholders', 'Plain words.', []],
    ['an unknown name', 'Tell {{leadName}}.', ['unknown placeholder {{leadName}}']],
    ['a missing closing brace', 'Tell {{orgName}.', ['malformed placeholder braces']],
    ['a missing opening brace', 'Tell {orgName}}.', ['malformed placeholder braces']],
    ['spaces inside', 'Tell {{ orgName }}.', ['malformed placeholder braces']],
    ['a lone brace', 'a } b', ['malformed placeholder braces']],
    ['empty braces', 'a {{}} b', ['malformed placeholder braces']],
    ['wrong case', '{{OrgName}}', ['unknown placeholder {{OrgName}}']],
  ])('%s', (_name, text, expected) => {
    const problems = placeholderProblems(text);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((want, i) => expect(problems[i]).toContain(want));
  });
});
