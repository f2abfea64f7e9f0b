import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Settings } from '../../common/settings/settings-schema';
import { ContentService } from '../../electron/services/content/content-service';
import { PolicyService } from '../../electron/services/policy/policy-service';
import { PolicyStore, POLICY_FILE } from '../../electron/services/policy/policy-store';
import { withTempDir } from './fixtures/temp-dir';

const contentDir = join(process.cwd(), 'content');
const settings = () =>
  ({
    organisation: { orgName: 'Riverside Youth Club' },
    refresherMonths: 12,
  }) as unknown as Settings;

interface Device {
  dir: string;
  store: PolicyStore;
  policy: PolicyService;
  content: ContentService;
}

function deviceAt(dir: string): Device {
  const store = new PolicyStore(dir, () => new Date('2026-05-01T09:00:00.000Z'));
  const content = new ContentService(contentDir, settings, () => store.current());
  const policy = new PolicyService({
    store,
    content,
    placeholders: () => ({ orgName: 'Riverside Youth Club', refresherMonths: 12 }),
    now: () => new Date('2026-05-01T09:00:00.000Z'),
  });
  return { dir, store, policy, content };
}

const cleanups: Array<() => Promise<void>> = [];
async function freshDevice(): Promise<Device> {
  const { dir, cleanup } = await withTempDir();
  cleanups.push(cleanup);
  return deviceAt(dir);
}
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

// A pack as hostile JSON: tests reach into it freely, as an attacker editing the file would.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Pack = any;

let gaming: string;
async function tailored(): Promise<{ device: Device; packFile: string }> {
  const device = await freshDevice();
  gaming = (await device.content.builtInPack('en-GB')).modules[6]?.id ?? '';
  await device.policy.saveDraft({
    clauses: [
      {
        id: 'org-video-calls',
        text: { 'en-GB': 'I will only run video calls from {{orgName}} accounts.' },
        retired: false,
      },
    ],
    requirements: { [gaming]: { volunteer: 'optional' } },
    notes: {
      [gaming]: { 'en-GB': 'The console is in the office.', cy: "Mae'r consol yn y swyddfa." },
    },
  });
  await device.policy.publish('Video calls; gaming optional for volunteers');
  const packFile = join(device.dir, 'pack.json');
  await device.policy.exportPack(packFile);
  return { device, packFile };
}

async function hostile(edit: (pack: Pack) => void): Promise<string> {
  const { packFile, device } = await tailored();
  const pack = JSON.parse(await readFile(packFile, 'utf8'));
  edit(pack);
  const file = join(device.dir, 'hostile.json');
  await writeFile(file, JSON.stringify(pack));
  return file;
}

async function importInto(device: Device, file: string) {
  const before = await readFile(join(device.dir, POLICY_FILE), 'utf8').catch(() => null);
  const result = await device.policy.importPack(file);
  const after = await readFile(join(device.dir, POLICY_FILE), 'utf8').catch(() => null);
  return { result, unchanged: before === after };
}

describe('content packs', () => {
  it('a pack exported on one device gives another device the same agreement and modules', async () => {
    const { device, packFile } = await tailored();
    const other = await freshDevice();
    const { result } = await importInto(other, packFile);
    expect(result).toEqual({ imported: true, problems: [], warnings: [] });
    for (const locale of ['en-GB', 'cy'] as const) {
      expect(await other.content.pack(locale)).toEqual(await device.content.pack(locale));
    }
  });

  it.each<[string, (pack: Pack) => void, string]>([
    ['an unknown field', (p) => (p.draft.extra = true), 'draft'],
    [
      'script in a clause',
      (p) => (p.draft.clauses[0].text['en-GB'] = 'Fine <script>alert(1)</script>'),
      'draft.clauses.0.text.en-GB',
    ],
    ['a 10 MB string', (p) => (p.draft.clauses[0].text.cy = 'a'.repeat(10_000_000)), ''],
    [
      'a placeholder that does not exist',
      (p) => (p.draft.clauses[0].text['en-GB'] = 'Ask {{managerName}} first.'),
      'draft.clauses.0.text.en-GB',
    ],
    [
      'two clauses with one id',
      (p) => p.draft.clauses.push({ ...p.draft.clauses[0] }),
      'draft.clauses.1.id',
    ],
    [
      'a clause id taken from the built-in agreement',
      (p) => (p.draft.clauses[0].id = 'aup-follow-policy'),
      'draft.clauses.0.id',
    ],
    [
      'a requirement for a module that does not exist',
      (p) => (p.draft.requirements['no-such-module'] = { staff: 'optional' }),
      'draft.requirements.no-such-module',
    ],
    [
      'published text altered after publishing',
      (p) => (p.versions[0].agreements[0].clauses.at(-1).text = 'Other words.'),
      'versions.0.agreements.0.digest',
    ],
  ])(
    'a pack with %s is refused with where the problem is, and changes nothing',
    async (_, edit, path) => {
      const file = await hostile(edit);
      const device = await freshDevice();
      await device.policy.saveDraft({ clauses: [], requirements: {}, notes: {} });
      const { result, unchanged } = await importInto(device, file);
      expect(result.imported).toBe(false);
      expect(result.problems.map((p) => p.path)).toContain(path);
      expect(unchanged).toBe(true);
    },
  );

  it('lists every problem of a pack at once', async () => {
    const file = await hostile((p) => {
      p.draft.clauses[0].text['en-GB'] = '<b>bold</b>';
      p.draft.notes.surprise = { cy: 'Helo' };
      p.madeBy = 'someone';
    });
    const { result } = await importInto(await freshDevice(), file);
    expect(result.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['', 'draft.clauses.0.text.en-GB']),
    );
    expect(result.problems.length).toBeGreaterThanOrEqual(2);
  });

  it('a clause this device already published with other words is a collision, named by id', async () => {
    const { packFile } = await tailored();
    const device = await freshDevice();
    await device.policy.saveDraft({
      clauses: [
        { id: 'org-video-calls', text: { 'en-GB': 'Our own different rule.' }, retired: false },
      ],
      requirements: {},
      notes: {},
    });
    await device.policy.publish('Ours');
    const { result, unchanged } = await importInto(device, packFile);
    expect(result.imported).toBe(false);
    expect(result.problems).toContainEqual({
      path: 'clause org-video-calls',
      problem: 'revision 1 of org-video-calls has other words on this device',
    });
    expect(unchanged).toBe(true);
  });

  it('a pack made against other built-in modules is imported with a warning to review it', async () => {
    const file = await hostile((p) => (p.madeAgainst.modulesDigest = '0'.repeat(64)));
    const { result } = await importInto(await freshDevice(), file);
    expect(result).toMatchObject({ imported: true, warnings: ['built-in-modules-changed'] });
  });
});
