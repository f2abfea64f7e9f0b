import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadContentPack } from '../../electron/services/content/load-content-pack';
import { LeadAuth } from '../../electron/services/lead-auth/lead-auth';
import { sha256Hex } from '../../electron/services/ledger/canonical-json';
import { openDeviceKey } from '../../electron/services/device-key/device-key-file';
import type { SecretProtector } from '../../electron/services/device-key/secret-protector';
import { Ledger } from '../../electron/services/ledger/ledger';
import { confSettingsSource } from '../../tests/support/conf-settings-source';
import { SettingsService } from '../../electron/services/settings/settings-service';
import { SetupService } from '../../electron/services/setup/setup-service';
import { SeedRandom } from './seed-random';
import {
  seedAgreementVersion,
  seedRecords,
  type SeedContent,
  type SeedRecord,
} from './seed-records';
import { drawnSignaturePng } from './signature-png';
import { AgreementVersions } from '../../electron/services/policy/agreement-versions';

export const SEED_PASSPHRASE = 'seed data passphrase 2026';

/**
 * The seeded device key is stored unprotected (as on a computer with no OS secret store), so
 * any copy of the app, on any computer, can open the folder; the lead area then shows its usual
 * warning about an unprotected key. Benchmarks open it the same way.
 */
export const NO_OS_STORE: SecretProtector = {
  protection: async () => 'none',
  protect: () => Promise.reject(new Error('no OS secret store for seeded data')),
  unprotect: () => Promise.reject(new Error('no OS secret store for seeded data')),
};
/** Appended this many at a time: one write and one fsync per batch, as a restore does. */
const BATCH = 2000;

export interface SeedDataOptions {
  records: number;
  /** The user-data folder to fill: settings.json beside data/. Must be new or empty. */
  out: string;
  contentDir: string;
  seed?: number;
  until?: Date;
  /**
   * How many different drawn signature images to draw (each takes tens of milliseconds);
   * beyond that, drawn signatures reuse them, and `signatureBytesPerRecord` still counts
   * each record's own file size. Defaults to 200.
   */
  drawnImages?: number;
  /** Images already drawn by an earlier call with the same seed (shared across sizes). */
  imageCache?: Map<number, Uint8Array>;
}

export interface SeedDataSummary {
  userDataDir: string;
  dataDir: string;
  records: number;
  people: number;
  erasedRecords: number;
  erasures: number;
  ledgerBytes: number;
  signatureFiles: number;
  /** Sum over live records of the size of the signature file each one points at. */
  signatureBytesPerRecord: number;
  /** One live record's identifier (a learner who has completed), for look-up benchmarks. */
  sampleIdentifier: string;
}

/**
 * Makes a complete user-data folder as the app would have after five years: setup done (lead
 * passphrase `SEED_PASSPHRASE`), the records appended through the real Ledger in batches,
 * signature files beside it, and a few erasures (subject requests, a retention purge) made
 * through the real Ledger too.
 */
export async function seedDataDir(options: SeedDataOptions): Promise<SeedDataSummary> {
  const dataDir = join(options.out, 'data');
  await mkdir(dataDir, { recursive: true });
  const random = new SeedRandom(options.seed ?? 2026);
  const until = options.until ?? new Date();
  await completeSetup(options.out, dataDir, until);

  const content = await seedContent(options.contentDir);
  const poolSize = options.drawnImages ?? 200;
  const planned = seedRecords(random, { records: options.records, until, content }, poolSize);
  const images = options.imageCache ?? new Map<number, Uint8Array>();
  const imageRandom = (index: number) => new SeedRandom((options.seed ?? 2026) * 7919 + index);
  const signatures = new SignatureFiles(join(dataDir, 'signatures'));
  await mkdir(signatures.dir, { recursive: true });
  for (const item of planned) {
    const { signature } = item;
    let bytes: Uint8Array;
    if (signature.method === 'typed') bytes = new TextEncoder().encode(signature.text.trim());
    else {
      bytes = images.get(signature.image) ?? drawnSignaturePng(imageRandom(signature.image));
      images.set(signature.image, bytes);
    }
    item.record.signatureSha256 = await signatures.write(bytes, signature.method);
  }

  // The versions first, as the app keeps a version before the first record that points at it.
  const versions = new AgreementVersions(dataDir);
  for (const version of new Set(planned.map((p) => p.record.aupVersion))) {
    await versions.keep(seedAgreementVersion(version, content));
  }

  const { key } = await openDeviceKey({ dataDir, protector: NO_OS_STORE, now: () => until });
  const ledger = await Ledger.open(dataDir, { key });
  const erasures = erasurePlan(random, planned);
  let erasedRecords = 0;
  for (let start = 0; start < planned.length; start += BATCH) {
    const batch = planned.slice(start, start + BATCH).map((p) => p.record);
    await ledger.appendCompletions(batch);
    const due = erasures.filter((e) => e.after > start && e.after <= start + batch.length);
    for (const erasure of due) {
      await ledger.eraseRecords(erasure.recordIds, erasure.reason, until);
      erasedRecords += erasure.recordIds.length;
    }
  }

  const erased = new Set(erasures.flatMap((e) => e.recordIds));
  const live = planned.filter((p) => !erased.has(p.record.recordId));
  return {
    userDataDir: options.out,
    dataDir,
    records: planned.length,
    people: new Set(planned.map((p) => p.record.learner.identifier.trim().toLowerCase())).size,
    erasedRecords,
    erasures: erasures.length,
    ledgerBytes: (await stat(ledger.filePath)).size,
    signatureFiles: (await readdir(signatures.dir)).length,
    signatureBytesPerRecord: live.reduce(
      (sum, p) => sum + signatures.sizeOf(p.record.signatureSha256),
      0,
    ),
    sampleIdentifier: live.at(-1)?.record.learner.identifier ?? '',
  };
}

async function completeSetup(userDataDir: string, dataDir: string, now: Date): Promise<void> {
  const settings = SettingsService.open(confSettingsSource(userDataDir), () => now);
  const leadAuth = new LeadAuth({ dataDir, now: () => now });
  await new SetupService(settings, leadAuth, dataDir).complete({
    orgName: 'Cwm Valley Youth Link',
    esafetyLeadName: 'Morgan Evans-Lloyd',
    esafetyLeadContact: 'esafety@cwmvalley.example',
    safeguardingLeadName: 'Alex Rowntree',
    safeguardingLeadContact: 'safeguarding@cwmvalley.example',
    refresherMonths: 12,
    passMarkPercent: 80,
    passphrase: SEED_PASSPHRASE,
  });
}

async function seedContent(contentDir: string): Promise<SeedContent> {
  const pack = await loadContentPack(contentDir, 'en-GB');
  return {
    moduleIds: pack.modules.map((m) => m.id),
    clauses: pack.aup.clauses.map(({ id, revision }) => ({ id, revision })),
  };
}

interface PlannedErasure {
  /** Made once this many records have been appended. */
  after: number;
  reason: 'subject-request' | 'retention';
  recordIds: string[];
}

/**
 * About one record in 200 is erased: two subject requests half-way through (every record of a
 * few people who have not come back since) and, at the end, a retention purge of some of the
 * oldest records.
 */
function erasurePlan(random: SeedRandom, planned: readonly SeedRecord[]): PlannedErasure[] {
  const half = Math.floor(planned.length / 2);
  const target = Math.max(2, Math.floor(planned.length / 200));
  const byPerson = new Map<string, { ids: string[]; last: number }>();
  planned.forEach(({ record }, index) => {
    const key = record.learner.identifier.trim().toLowerCase();
    const person = byPerson.get(key) ?? { ids: [], last: 0 };
    person.ids.push(record.recordId);
    person.last = index;
    byPerson.set(key, person);
  });
  const gone = [...byPerson.values()].filter((p) => p.last < half);
  const requests: string[][] = [[], []];
  const chosen = new Set<number>();
  while (chosen.size < gone.length && requests.flat().length < target / 2) {
    const pick = random.int(0, gone.length - 1);
    if (chosen.has(pick)) continue;
    chosen.add(pick);
    requests[chosen.size % 2]?.push(...(gone[pick]?.ids ?? []));
  }
  const taken = new Set(requests.flat());
  const oldest = planned
    .map((p) => p.record.recordId)
    .filter((id) => !taken.has(id))
    .slice(0, Math.ceil(target / 2));
  const erasures: PlannedErasure[] = requests.map((recordIds) => ({
    after: half,
    reason: 'subject-request',
    recordIds,
  }));
  erasures.push({ after: planned.length, reason: 'retention', recordIds: oldest });
  return erasures.filter((e) => e.recordIds.length > 0);
}

/** Signature files named by their SHA-256, as SignatureStore names them (without its fsyncs). */
class SignatureFiles {
  private readonly sizes = new Map<string, number>();

  constructor(readonly dir: string) {}

  async write(bytes: Uint8Array, method: 'drawn' | 'typed'): Promise<string> {
    const sha256 = sha256Hex(bytes);
    if (!this.sizes.has(sha256)) {
      await writeFile(join(this.dir, `${sha256}.${method === 'drawn' ? 'png' : 'txt'}`), bytes);
      this.sizes.set(sha256, bytes.length);
    }
    return sha256;
  }

  sizeOf(sha256: string): number {
    return this.sizes.get(sha256) ?? 0;
  }
}
