import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  emailFingerprint,
  identifierFingerprint,
  shingleFingerprints,
  type SeedFingerprints,
} from '../../electron/services/content/seed-fingerprint';
import {
  findEmails,
  findOrganisations,
  findPeople,
  findPhones,
} from '../../electron/services/content/seed-identifiers';

const root = path.resolve(__dirname, '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

// An invented policy in the shapes real policies use to name people, contacts and themselves.
const POLICY = `BrightCove e-Safety Policy
Kestrel Lane Academy
Volunteers will ask the welfare lead before posting any photograph of a child.
The welfare lead (Tamsin Oakridge) keeps the signed consent forms.
Our online safety officer is Idris Penhallow: 01632-960111
Email: idris.penhallow@example.org or call +44 1632 960222. Dial 141 to hide your number.`;

describe('finding the people and organisations a seed names', () => {
  it('finds people named in brackets, after "is", and in first.last addresses', () => {
    expect(findPeople(POLICY)).toEqual(['Idris Penhallow', 'Tamsin Oakridge', 'idris penhallow']);
  });

  it('finds the title name, a letterhead line with its short form, and camel-case names', () => {
    expect(findOrganisations(POLICY)).toEqual([
      { name: 'BrightCove', keepCase: true },
      { name: 'Kestrel Lane', keepCase: false },
      { name: 'Kestrel Lane Academy', keepCase: false },
    ]);
  });

  it('finds phone numbers as digits in the 0… form and email addresses in lower case', () => {
    expect(findPhones(POLICY)).toEqual(['01632960111', '01632960222']);
    expect(findEmails(POLICY)).toEqual(['idris.penhallow@example.org']);
  });
});

describe('scripts/seed-hygiene-check.ts', () => {
  let project: string;
  const fingerprints: SeedFingerprints = {
    version: 1,
    note: 'made up for the test',
    shingles: shingleFingerprints(POLICY),
    names: [identifierFingerprint('Tamsin Oakridge'), emailFingerprint('x.y@example.org')],
    organisations: [identifierFingerprint('Kestrel Lane')],
    casedOrganisations: [],
  };
  const write = async (file: string, text: string) => {
    await fs.mkdir(path.dirname(path.join(project, file)), { recursive: true });
    await fs.writeFile(path.join(project, file), text);
  };
  const run = () => {
    const result = spawnSync(tsx, [path.join(root, 'scripts', 'seed-hygiene-check.ts'), project], {
      cwd: os.tmpdir(),
      encoding: 'utf8',
    });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };

  beforeEach(async () => {
    project = await fs.mkdtemp(path.join(os.tmpdir(), 'seed-hygiene-'));
    await write('content/seed-fingerprints.json', JSON.stringify(fingerprints));
    await write('content/en-GB/aup.json', '{ "text": "Ask before you post a photo." }\n');
    await write('node_modules/x/index.js', '// Tamsin Oakridge');
  });
  afterEach(async () => {
    await fs.rm(project, { recursive: true, force: true });
  });

  it('passes a clean project and ignores node_modules', () => {
    const result = run();
    expect(result.out).toContain('seed hygiene OK');
    expect(result.code).toBe(0);
  });

  it('fails naming each file, line and problem', async () => {
    await write(
      'content/en-GB/modules/01-a.json',
      '{\n  "text": "Volunteers will ask the welfare lead before posting any photograph of a child."\n}\n',
    );
    await write('renderer/app/Help.tsx', 'export const who = "Tamsin  Oakridge";\n');
    await write('content/cy/aup.json', '{ "text": "Ffoniwch 07700 900333" }\n');
    await write('README.md', 'Staff of Kestrel Lane say hello.\n');
    const result = run();
    expect(result.code).toBe(1);
    expect(result.out.split('\n').filter(Boolean)).toEqual([
      'README.md:1: seed-organisation: Kestrel Lane',
      'content/cy/aup.json:1: phone-number: 07700 900333',
      'content/en-GB/modules/01-a.json:2: copied-seed-text: Volunteers will ask the welfare lead before posting any photograph of a child',
      'renderer/app/Help.tsx:1: seed-name: Tamsin Oakridge',
    ]);
  });

  it('fails with a clear message when the fingerprints file is missing', async () => {
    await fs.rm(path.join(project, 'content', 'seed-fingerprints.json'));
    const result = run();
    expect(result.code).toBe(1);
    expect(result.err).toContain('content/seed-fingerprints.json is missing');
  });
});
