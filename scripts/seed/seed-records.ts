import { createHash } from 'node:crypto';
import { CERTIFICATE_CODE_ALPHABET } from '../../electron/services/ledger/certificate-code';
import { expiryDate } from '../../common/calendar/org-calendar';
import type {
  AcceptanceRecord,
  LearnerRole,
  SignatureMethod,
} from '../../common/records/acceptance-record';
import type { Locale } from '../../common/i18n/locales';
import { seedName } from './seed-names';
import type { SeedRandom } from './seed-random';
import type { AgreementVersion } from '../../common/records/agreement-version';
import { agreementVersionDigest } from '../../electron/services/policy/agreement-versions';

/** What the generator needs from the content: the module ids and the AUP's clauses now. */
export interface SeedContent {
  moduleIds: readonly string[];
  clauses: ReadonlyArray<{ id: string; revision: number }>;
}

export interface SeedRecordsOptions {
  records: number;
  /** The last day of the five years the records span. */
  until: Date;
  content: SeedContent;
  refresherMonths?: number;
}

/** A signature a record points at: the bytes of a typed one, or which drawn image it is. */
export type SeedSignature = { method: 'typed'; text: string } | { method: 'drawn'; image: number };

export interface SeedRecord {
  record: AcceptanceRecord;
  signature: SeedSignature;
}

const DAY = 86_400_000;
const YEARS = 5;
const ROLES: ReadonlyArray<readonly [LearnerRole, number]> = [
  ['staff', 35],
  ['volunteer', 35],
  ['sessional', 10],
  ['agency', 8],
  ['student', 7],
  ['trustee', 5],
];
const ORGANISATION = 'Cwm Valley Youth Link';
/** The organisation's calendar (the app's default time zone). */
export const SEED_TIME_ZONE = 'Europe/London';

/**
 * Five years of an organisation's completions, oldest first (the order they were signed in):
 * each person's induction, then a refresher roughly every `refresherMonths` (some late, some
 * people leaving), in both languages, typed or drawn signatures, the AUP wording changing once
 * a year. Records are made up until `records` is reached, so the mix is the same at any size.
 * Drawn signatures name an image number; `drawnImages` (the caller's pool size) bounds it.
 */
export function seedRecords(
  random: SeedRandom,
  options: SeedRecordsOptions,
  drawnImages: number,
): SeedRecord[] {
  const refresherMonths = options.refresherMonths ?? 12;
  const end = Date.UTC(
    options.until.getUTCFullYear(),
    options.until.getUTCMonth(),
    options.until.getUTCDate(),
  );
  const start = end - YEARS * 365 * DAY;
  const out: SeedRecord[] = [];
  const expiries = new Map<string, string>();
  let person = 0;
  let nextImage = 0;
  while (out.length < options.records) {
    person += 1;
    const name = seedName(random);
    const role = random.weighted(ROLES);
    const locale: Locale = random.chance(0.2) ? 'cy' : 'en-GB';
    const identifier = random.chance(0.7)
      ? `${name.handle}.${person}@cwmvalley.example`
      : `CV-${String(person).padStart(6, '0')}`;
    const prefersDrawn = random.chance(0.55);
    let at = start + random.int(0, YEARS * 365) * DAY;
    for (let n = 0; at <= end && out.length < options.records; n += 1) {
      const signedAt = workingHours(random, at);
      const day = signedAt.slice(0, 10);
      let expiresOn = expiries.get(day);
      if (!expiresOn) {
        expiresOn = expiryDate(signedAt, refresherMonths, SEED_TIME_ZONE);
        expiries.set(day, expiresOn);
      }
      const method: SignatureMethod = prefersDrawn ? 'drawn' : 'typed';
      const signature: SeedSignature =
        method === 'drawn'
          ? { method, image: nextImage++ % Math.max(1, drawnImages) }
          : { method, text: name.fullName };
      out.push({
        record: record(random, options.content, {
          fullName: name.fullName,
          // Some people type their address in capitals next time; it is still them.
          identifier: n > 0 && random.chance(0.1) ? identifier.toUpperCase() : identifier,
          role,
          locale,
          induction: n === 0,
          signedAt,
          expiresOn,
          method,
        }),
        signature,
      });
      // Most come back within a month of being due; some are late; a few leave.
      if (random.chance(0.12)) break;
      const late = random.chance(0.2) ? random.int(30, 150) : random.int(-25, 20);
      at += (refresherMonths * 30.4 + late) * DAY;
    }
  }
  return out.sort((a, b) => (a.record.signedAt < b.record.signedAt ? -1 : 1));
}

interface RecordFacts {
  fullName: string;
  identifier: string;
  role: LearnerRole;
  locale: Locale;
  induction: boolean;
  signedAt: string;
  expiresOn: string;
  method: SignatureMethod;
}

function record(random: SeedRandom, content: SeedContent, facts: RecordFacts): AcceptanceRecord {
  const signed = Date.parse(facts.signedAt);
  const completed = signed - random.int(1, 4) * 60_000;
  const started =
    completed - random.int(facts.induction ? 35 : 10, facts.induction ? 95 : 30) * 60_000;
  const modules = facts.induction
    ? content.moduleIds
    : content.moduleIds.filter(() => random.chance(0.35));
  const moduleScores = modules.map((moduleId) => ({
    moduleId,
    percent: random.weighted([
      [100, 5],
      [random.int(80, 99), 4],
      [random.int(50, 79), 1],
    ] as const),
    attempts: random.chance(0.85) ? 1 : 2,
  }));
  const overall = moduleScores.length
    ? Math.round(moduleScores.reduce((sum, s) => sum + s.percent, 0) / moduleScores.length)
    : 100;
  const version = aupVersionAt(facts.signedAt);
  return {
    recordId: random.uuid(),
    learner: { fullName: facts.fullName, role: facts.role, identifier: facts.identifier },
    recordType: facts.induction ? 'induction' : 'refresher',
    aupVersion: version,
    aupTextSha256: createHash('sha256').update(`${version}|${facts.locale}`).digest('hex'),
    aupVersionSha256: agreementVersionDigest(seedAgreementVersion(version, content)),
    locale: facts.locale,
    moduleScores,
    overallPercent: overall,
    startedAt: new Date(started).toISOString(),
    completedAt: new Date(completed).toISOString(),
    signedAt: facts.signedAt,
    deviceId: random.chance(0.9) ? 'seed-device-hall' : 'seed-device-minibus',
    signatureMethod: facts.method,
    // Filled in by the writer, which knows the signature file's bytes.
    signatureSha256: '0'.repeat(64),
    certificateCode: certificateCode(random),
    expiresOn: facts.expiresOn,
    organisationName: ORGANISATION,
  };
}

/**
 * The version as the app keeps it (AgreementVersions): the wording changed once a year, so
 * older versions have earlier revisions of some clauses.
 */
export function seedAgreementVersion(version: string, content: SeedContent): AgreementVersion {
  const yearsBehind = 2026 - Number(version.slice(0, 4));
  return {
    aupVersion: version,
    clauseRevisions: Object.fromEntries(
      content.clauses.map(({ id, revision }) => [id, Math.max(1, revision - yearsBehind)]),
    ),
  };
}

function aupVersionAt(signedAt: string): string {
  const year = Number(signedAt.slice(0, 4));
  return year >= 2026 && signedAt.slice(5, 7) >= '07' ? '2026.2' : `${Math.min(year, 2026)}.1`;
}

/** Between 09:00 and 17:00 UTC on the given day (a session at the community centre). */
function workingHours(random: SeedRandom, day: number): string {
  return new Date(day + random.int(9 * 3600, 17 * 3600) * 1000).toISOString();
}

const CODE_LETTERS = [...CERTIFICATE_CODE_ALPHABET];

function certificateCode(random: SeedRandom): string {
  const group = () => Array.from({ length: 4 }, () => random.pick(CODE_LETTERS)).join('');
  return `${group()}-${group()}-${group()}-${group()}`;
}
