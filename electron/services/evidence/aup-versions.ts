import type { ContentPack, Locale } from '../../../common/content/content-schema';
import type { AcceptanceRecord } from '../../../common/records/acceptance-record';
import { aupTextDigest } from '../ledger/aup-text-digest';
import { resignNeeded } from '../../../common/status/policy-status';

/** The acceptable-use policy a language's content holds now, as the summary lists it. */
export interface AupInForce {
  version: string;
  locale: Locale;
  title: string;
  clauses: number;
  /**
   * The change note: clauses this version revised (revision above 1), by id. Records keep the
   * revision of every clause they signed, so this is what a refresher shows as changed.
   */
  revisedClauses: string[];
  /** SHA-256 of the clauses in the order the content gives them (see `aupTextDigest`). */
  textSha256: string;
  /** Records of this version and language. */
  signed: number;
}

export function aupVersionsInForce(
  content: Partial<Record<Locale, ContentPack | null>>,
  records: readonly AcceptanceRecord[],
): AupInForce[] {
  const found: AupInForce[] = [];
  for (const pack of Object.values(content)) {
    if (!pack) continue;
    const { aup, locale } = pack;
    found.push({
      version: aup.version,
      locale,
      title: aup.title,
      clauses: aup.clauses.length,
      revisedClauses: aup.clauses.filter((c) => c.revision > 1).map((c) => c.id),
      textSha256: aupTextDigest(aup.clauses, locale),
      signed: records.filter((r) => r.aupVersion === aup.version && r.locale === locale).length,
    });
  }
  return found.sort((a, b) => a.locale.localeCompare(b.locale));
}

/**
 * Re-sign needed, by the one rule (common/status/policy-status.ts), against the version in force
 * in the language they signed in. (Unknown when that language's content could not be loaded.)
 */
export function needsResigning(latest: AcceptanceRecord, inForce: readonly AupInForce[]): boolean {
  const current = inForce.find((a) => a.locale === latest.locale);
  return current !== undefined && resignNeeded(latest, current.version);
}

/** One AUP version and language, word for word as the learner was shown it. */
export interface AupTextFile {
  path: string;
  text: string;
}

/**
 * The exact text of each AUP version signed in the period, per language, as plain UTF-8 files:
 * title, introduction, every clause with its id and revision, and the statement the learner
 * affirmed. Only versions this device's content still holds can be written; the others are
 * listed in `aup/versions.json` as not held, never guessed.
 */
export function aupTextFiles(
  content: Partial<Record<Locale, ContentPack | null>>,
  signedInPeriod: readonly AcceptanceRecord[],
): { files: AupTextFile[]; index: object[] } {
  const pairs = new Map<string, { version: string; locale: Locale; records: AcceptanceRecord[] }>();
  for (const record of signedInPeriod) {
    const key = `${record.aupVersion}\u0000${record.locale}`;
    const pair = pairs.get(key) ?? {
      version: record.aupVersion,
      locale: record.locale,
      records: [],
    };
    pair.records.push(record);
    pairs.set(key, pair);
  }
  const files: AupTextFile[] = [];
  const index: object[] = [];
  for (const { version, locale, records } of pairs.values()) {
    const aup = content[locale]?.aup;
    const held = aup?.version === version ? aup : null;
    const digests = [...new Set(records.map((r) => r.aupTextSha256))].sort();
    if (!held) {
      index.push({
        version,
        locale,
        held: false,
        records: records.length,
        signedTextSha256: digests,
      });
      continue;
    }
    const path = `aup/aup-${safeName(version)}-${locale}.txt`;
    const lines = [
      held.title,
      `${held.version} (${locale})`,
      '',
      held.intro,
      '',
      ...held.clauses.map((c, i) => `${i + 1}. [${c.id} r${c.revision}] ${c.text}`),
      '',
      held.statementOfIntent,
      '',
    ];
    files.push({ path, text: lines.join('\n') });
    index.push({
      version,
      locale,
      held: true,
      file: path,
      records: records.length,
      textSha256InContentOrder: aupTextDigest(held.clauses, locale),
      signedTextSha256: digests,
    });
  }
  return { files, index };
}

function safeName(version: string): string {
  return version.replace(/[^0-9A-Za-z.-]/g, '_');
}
