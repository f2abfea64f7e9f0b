import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptanceRecordSchema } from '../../common/records/acceptance-record';
import { checkText, IDENTIFIER, PERSON_NAME } from '../../common/text/text-policy';
import { openDeviceKey } from '../../electron/services/device-key/device-key-file';
import { LeadAuth } from '../../electron/services/lead-auth/lead-auth';
import { sha256Hex } from '../../electron/services/ledger/canonical-json';
import { Ledger } from '../../electron/services/ledger/ledger';
import { confSettingsSource } from '../support/conf-settings-source';
import { SettingsService } from '../../electron/services/settings/settings-service';
import { decodePngDataUrl } from '../../electron/services/signatures/png-data-url';
import { normaliseIdentifier } from '../../electron/services/status/learner-identifier';
import {
  NO_OS_STORE,
  SEED_PASSPHRASE,
  seedDataDir,
  type SeedDataSummary,
} from '../../scripts/seed/seed-data-dir';
import { SeedRandom } from '../../scripts/seed/seed-random';
import { seedRecords, type SeedContent } from '../../scripts/seed/seed-records';
import {
  drawnSignaturePng,
  SIGNATURE_HEIGHT,
  SIGNATURE_WIDTH,
} from '../../scripts/seed/signature-png';
import { withTempDir } from './fixtures/temp-dir';

const content: SeedContent = {
  moduleIds: ['why-esafety-matters', 'accounts-and-contact', 'gaming'],
  clauses: [
    { id: 'aup-follow-policy', revision: 1 },
    { id: 'aup-phone-safety', revision: 3 },
  ],
};
const until = new Date('2026-11-30T00:00:00Z');
const generate = (seed: number, records = 2000) =>
  seedRecords(new SeedRandom(seed), { records, until, content }, 20);

describe('the data generator for benchmarks', () => {
  it('makes exactly the number of records asked for, the same ones for the same seed', () => {
    const first = generate(7);
    expect(first).toHaveLength(2000);
    expect(generate(7)).toEqual(first);
    expect(generate(8)[0]?.record.recordId).not.toBe(first[0]?.record.recordId);
  });

  it('every record is one the ledger accepts, oldest first, over five years', () => {
    const made = generate(1).map((m) => m.record);
    for (const record of made) expect(acceptanceRecordSchema.safeParse(record).success).toBe(true);
    const signed = made.map((r) => r.signedAt);
    expect([...signed].sort()).toEqual(signed);
    const years = new Set(signed.map((s) => s.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(5);
    expect(signed[0]! >= '2021-11-30').toBe(true);
    expect(signed.at(-1)! <= '2026-11-30T23:59:59Z').toBe(true);
  });

  it('names come in many scripts, and learners in every role', () => {
    const made = generate(2).map((m) => m.record);
    const names = made.map((r) => r.learner.fullName).join(' ');
    expect(names).toMatch(/[ŵŷïâ]/); // Welsh
    expect(names).toMatch(/[łąęśżź]/i); // Polish
    expect(names).toMatch(/\p{Script=Greek}/u);
    expect(names).toMatch(/\p{Script=Cyrillic}/u);
    expect(names).toMatch(/\p{Script=Armenian}|\p{Script=Georgian}/u);
    expect(new Set(made.map((r) => r.learner.role)).size).toBe(6);
    expect(new Set(made.map((r) => r.locale))).toEqual(new Set(['en-GB', 'cy']));
  });

  it('every name and identifier is one the app would accept from a learner', () => {
    for (const { record } of generate(4)) {
      for (const [value, policy] of [
        [record.learner.fullName, PERSON_NAME],
        [record.learner.identifier, IDENTIFIER],
      ] as const) {
        expect(checkText(value, policy)).toEqual({ value, problem: null });
      }
    }
  });

  it("each person's first record is their induction and the later ones are refreshers", () => {
    const seen = new Set<string>();
    let refreshers = 0;
    for (const { record } of generate(3)) {
      const person = normaliseIdentifier(record.learner.identifier);
      expect(record.recordType).toBe(seen.has(person) ? 'refresher' : 'induction');
      if (seen.has(person)) refreshers += 1;
      seen.add(person);
    }
    expect(refreshers).toBeGreaterThan(300);
  });

  it('a drawn signature is a PNG the signing screen could have sent, different every time', () => {
    const one = drawnSignaturePng(new SeedRandom(1));
    const two = drawnSignaturePng(new SeedRandom(2));
    const dataUrl = `data:image/png;base64,${Buffer.from(one).toString('base64')}`;
    expect(decodePngDataUrl(dataUrl)).toEqual(new Uint8Array(one));
    const header = Buffer.from(one.subarray(16, 24));
    expect([header.readUInt32BE(0), header.readUInt32BE(4)]).toEqual([
      SIGNATURE_WIDTH,
      SIGNATURE_HEIGHT,
    ]);
    expect(sha256Hex(one)).not.toBe(sha256Hex(two));
  });
});

describe('a seeded user-data folder', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let summary: SeedDataSummary;
  beforeAll(async () => {
    ({ dir, cleanup } = await withTempDir());
    summary = await seedDataDir({
      records: 600,
      out: dir,
      contentDir: path.resolve('content'),
      until,
      drawnImages: 3,
    });
  }, 60_000);
  afterAll(() => cleanup());

  it('holds a sound ledger with some records erased, written through the real Ledger', async () => {
    const { key } = await openDeviceKey({ dataDir: summary.dataDir, protector: NO_OS_STORE });
    const ledger = await Ledger.open(summary.dataDir, { key });
    expect(ledger.verification()).toEqual({ ok: true, problems: [] });
    const erasures = ledger.entries().filter((e) => e.kind === 'erasure');
    expect(erasures.length).toBeGreaterThanOrEqual(2);
    expect(summary.erasedRecords).toBeGreaterThan(0);
    expect(ledger.liveRecords()).toHaveLength(600 - summary.erasedRecords);
  });

  it('has the signature file every live record points at, with matching content', async () => {
    const { key } = await openDeviceKey({ dataDir: summary.dataDir, protector: NO_OS_STORE });
    const ledger = await Ledger.open(summary.dataDir, { key });
    const folder = path.join(summary.dataDir, 'signatures');
    const files = new Set(await readdir(folder));
    for (const record of ledger.liveRecords()) {
      const name = `${record.signatureSha256}.${record.signatureMethod === 'drawn' ? 'png' : 'txt'}`;
      expect(files.has(name)).toBe(true);
    }
    const sample = [...files][0]!;
    expect(sha256Hex(await readFile(path.join(folder, sample)))).toBe(sample.split('.')[0]);
  });

  it('is set up, so learners can start and the lead can unlock with the seed passphrase', async () => {
    const settings = SettingsService.open(confSettingsSource(dir));
    expect(settings.get().setupComplete).toBe(true);
    const auth = new LeadAuth({ dataDir: summary.dataDir, now: () => until });
    await expect(auth.unlock(SEED_PASSPHRASE)).resolves.toBeUndefined();
  });
});
