import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Aup, Locale } from '../../common/content/content-schema';
import type { OrgPolicy } from '../../common/policy/policy-schema';
import { ContentService } from '../../electron/services/content/content-service';
import { DomainError } from '../../electron/services/errors';
import { aupTextDigest } from '../../electron/services/ledger/aup-text-digest';
import { modulesFor } from '../../common/policy/module-plan';
import { builtInChanged } from '../../electron/services/policy/apply-policy';
import { contentVersionOf } from '../../electron/services/policy/content-pack';
import { PolicyStore, POLICY_FILE } from '../../electron/services/policy/policy-store';
import {
  agreementClauses,
  clauseRevisions,
  resignChanges,
} from '../../electron/services/signing/signing-agreement';
import { resignNeeded } from '../../common/status/policy-status';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';
import type { Settings } from '../../common/settings/settings-schema';

const contentDir = join(process.cwd(), 'content');
const settings = () =>
  ({
    organisation: {
      orgName: 'Riverside Youth Club',
      esafetyLeadName: 'Alex Morgan',
      esafetyLeadContact: '01234 567890',
      safeguardingLeadName: 'Sam Jones',
      safeguardingLeadContact: 'sam@example.org',
    },
    refresherMonths: 12,
  }) as unknown as Settings;

let dir: string;
let cleanup: () => Promise<void>;
let store: PolicyStore;
let content: ContentService;
const clock = { now: new Date('2026-05-01T09:00:00.000Z') };

async function builtIn(): Promise<Record<Locale, Aup>> {
  const plain = new ContentService(contentDir, settings);
  return {
    'en-GB': (await plain.builtInPack('en-GB')).aup,
    cy: (await plain.builtInPack('cy')).aup,
  };
}

const videoClause = (text: OrgPolicy['clauses'][number]['text']) => ({
  id: 'org-video-calls',
  text,
  retired: false,
});

beforeEach(async () => {
  ({ dir, cleanup } = await withTempDir());
  store = new PolicyStore(dir, () => clock.now);
  content = new ContentService(contentDir, settings, () => store.current());
});
afterEach(() => cleanup());

describe("the organisation's own policy", () => {
  it('keeps a draft apart: learners see the built-in agreement until the lead publishes', async () => {
    const before = await content.rawPack('en-GB');
    await store.saveDraft({
      clauses: [videoClause({ 'en-GB': 'I will only run video calls from {{orgName}} accounts.' })],
      requirements: {},
      notes: {},
    });
    const after = await content.rawPack('en-GB');
    expect(after.aup.version).toBe(before.aup.version);
    expect(after.aup.clauses.map((c) => c.id)).not.toContain('org-video-calls');
  });

  it('publishing makes a new version whose own clause follows the built-in ones, filled with the organisation name', async () => {
    await store.saveDraft({
      clauses: [videoClause({ 'en-GB': 'I will only run video calls from {{orgName}} accounts.' })],
      requirements: {},
      notes: {},
    });
    const version = await store.publish('Added our video-call rule', await builtIn());
    expect(version.version).toMatch(/^\d{4}\.\d+-org\.1$/);
    const pack = await content.pack('en-GB');
    expect(pack.aup.version).toBe(version.version);
    expect(pack.aup.clauses.at(-1)).toMatchObject({
      id: 'org-video-calls',
      revision: 1,
      text: 'I will only run video calls from Riverside Youth Club accounts.',
    });
  });

  it('a clause with no Welsh yet is shown in English, marked, never as an empty line', async () => {
    await store.saveDraft({
      clauses: [videoClause({ 'en-GB': 'I will only run video calls from work accounts.' })],
      requirements: {},
      notes: {},
    });
    await store.publish('Video calls', await builtIn());
    const pack = await content.pack('cy');
    const clauses = agreementClauses(pack, undefined);
    expect(clauses.find((c) => c.id === 'org-video-calls')).toMatchObject({
      text: 'I will only run video calls from work accounts.',
      language: 'en-GB',
    });
  });

  it('keeps every published version exactly, with the digest of its text in each language', async () => {
    await store.saveDraft({
      clauses: [videoClause({ 'en-GB': 'First wording.', cy: 'Geiriad cyntaf.' })],
      requirements: {},
      notes: {},
    });
    const first = await store.publish('First', await builtIn());
    await store.saveDraft({
      clauses: [videoClause({ 'en-GB': 'Second wording.', cy: 'Ail eiriad.' })],
      requirements: {},
      notes: {},
    });
    const second = await store.publish('Reworded', await builtIn());
    expect(second.number).toBe(2);
    expect(second.clauseRevisions['org-video-calls']).toBe(2);
    const kept = await store.version(first.version);
    const welsh = kept?.agreements.find((a) => a.locale === 'cy');
    expect(welsh?.clauses.at(-1)?.text).toBe('Geiriad cyntaf.');
    expect(welsh?.digest).toBe(aupTextDigest(welsh?.clauses ?? [], 'cy'));
  });

  it('an unchanged clause keeps its revision when another change is published', async () => {
    await store.saveDraft({
      clauses: [videoClause({ 'en-GB': 'Same words.' })],
      requirements: {},
      notes: {},
    });
    await store.publish('First', await builtIn());
    await store.saveDraft({
      clauses: [videoClause({ 'en-GB': 'Same words.' })],
      requirements: { 'gaming-and-online-play': { volunteer: 'optional' } },
      notes: {},
    });
    const second = await store.publish('Gaming optional for volunteers', await builtIn());
    expect(second.clauseRevisions['org-video-calls']).toBe(1);
  });

  it('a published clause can be retired but never dropped, so its id is never reused', async () => {
    await store.saveDraft({
      clauses: [videoClause({ 'en-GB': 'Words.' })],
      requirements: {},
      notes: {},
    });
    await store.publish('First', await builtIn());
    const dropped = await store
      .saveDraft({ clauses: [], requirements: {}, notes: {} })
      .catch((e: unknown) => e);
    expect(dropped).toBeInstanceOf(DomainError);
    expect((dropped as DomainError).details.ids).toBe('org-video-calls');
    await store.saveDraft({
      clauses: [{ ...videoClause({ 'en-GB': 'Words.' }), retired: true }],
      requirements: {},
      notes: {},
    });
    await store.publish('Retired the video rule', await builtIn());
    const pack = await content.rawPack('en-GB');
    expect(pack.aup.clauses.map((c) => c.id)).not.toContain('org-video-calls');
  });

  it('a damaged policy file is refused and left as it was, never replaced by an empty policy', async () => {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, POLICY_FILE), '{"schemaVersion":1,"draft":[]}');
    await expect(store.current()).rejects.toBeInstanceOf(DomainError);
    await expect(
      store.saveDraft({ clauses: [], requirements: {}, notes: {} }),
    ).rejects.toBeInstanceOf(DomainError);
    expect(await readFile(join(dir, POLICY_FILE), 'utf8')).toBe('{"schemaVersion":1,"draft":[]}');
  });

  it('a module made optional for volunteers leaves their induction but stays in staff inductions', async () => {
    const modules = (await content.rawPack('en-GB')).modules;
    const gaming = modules[6]?.id ?? '';
    await store.saveDraft({
      clauses: [],
      requirements: { [gaming]: { volunteer: 'optional', trustee: 'not-applicable' } },
      notes: { [gaming]: { 'en-GB': 'Ask {{esafetyLeadName}} for the games console key.' } },
    });
    await store.publish('Gaming', await builtIn());
    const pack = await content.pack('en-GB');
    expect(modulesFor(pack.modules, 'volunteer', pack.tailoring).map((m) => m.id)).not.toContain(
      gaming,
    );
    expect(modulesFor(pack.modules, 'trustee', pack.tailoring).map((m) => m.id)).not.toContain(
      gaming,
    );
    expect(modulesFor(pack.modules, 'staff', pack.tailoring).map((m) => m.id)).toContain(gaming);
    expect(pack.tailoring?.notes[gaming]?.text).toBe('Ask Alex Morgan for the games console key.');
  });
});

describe('re-signing after the policy changes', () => {
  it('a learner who signed the built-in version is asked to re-sign once a version is published, and sees only the new clause', async () => {
    const before = await content.pack('en-GB');
    const record = sampleRecord({ aupVersion: before.aup.version });
    const signed = { record, revisions: clauseRevisions(before.aup) };
    expect(resignNeeded(record, before.aup.version)).toBe(false);
    await store.saveDraft({
      clauses: [videoClause({ 'en-GB': 'New rule.' })],
      requirements: {},
      notes: {},
    });
    await store.publish('New rule', await builtIn());
    const after = await content.pack('en-GB');
    expect(resignNeeded(record, after.aup.version)).toBe(true);
    expect(agreementClauses(after, signed).map((c) => c.id)).toEqual(['org-video-calls']);
    expect(resignChanges(after.aup, signed)).toEqual({
      signedVersion: before.aup.version,
      removed: [],
    });
  });

  it('a retired clause is listed as removed, with the words the learner signed', async () => {
    await store.saveDraft({
      clauses: [videoClause({ 'en-GB': 'Old rule.' })],
      requirements: {},
      notes: {},
    });
    await store.publish('Old rule', await builtIn());
    const first = await content.pack('en-GB');
    const signed = {
      record: sampleRecord({ aupVersion: first.aup.version }),
      revisions: clauseRevisions(first.aup),
    };
    await store.saveDraft({
      clauses: [{ ...videoClause({ 'en-GB': 'Old rule.' }), retired: true }],
      requirements: {},
      notes: {},
    });
    await store.publish('Dropped the old rule', await builtIn());
    const now = await content.pack('en-GB');
    expect(agreementClauses(now, signed)).toEqual([]);
    expect(
      resignChanges(now.aup, signed, [{ id: 'org-video-calls', text: 'Old rule.' }])?.removed,
    ).toEqual([{ id: 'org-video-calls', text: 'Old rule.' }]);
  });
});

describe('a newer app under a published policy', () => {
  it('tells the lead when the built-in modules it tailors have changed, not only the agreement', async () => {
    const packs = {
      'en-GB': await new ContentService(contentDir, settings).builtInPack('en-GB'),
      cy: await new ContentService(contentDir, settings).builtInPack('cy'),
    };
    const shipped = contentVersionOf(packs);
    await store.saveDraft({ clauses: [], requirements: {}, notes: {} });
    const published = await store.publish('Our policy', await builtIn(), shipped.modulesDigest);
    expect(published.modulesDigest).toBe(shipped.modulesDigest);
    expect(builtInChanged(shipped, published)).toBe(false);

    // The same agreement, but a module reworded in a later release.
    const reworded = structuredClone(packs);
    reworded['en-GB'].modules[0]!.summary = 'Reworded in a later release.';
    expect(builtInChanged(contentVersionOf(reworded), published)).toBe(true);
    // A version published before the digest was kept is judged by its agreement alone.
    const older = { ...published, modulesDigest: undefined };
    expect(builtInChanged(contentVersionOf(reworded), older)).toBe(false);
    expect(builtInChanged({ ...shipped, aupVersion: '2099.1' }, older)).toBe(true);
  });
});
