import type { ContentPack, Locale } from '../../../common/content/content-schema';
import { LOCALES } from '../../../common/i18n/locales';
import { PACK_FILE_MAX_BYTES } from '../../../common/policy/policy-rules';
import {
  CONTENT_PACK_FORMAT,
  contentPackSchema,
  type ContentPackFile,
  type ContentVersion,
  type OrgPolicy,
  type PolicyFile,
} from '../../../common/policy/policy-schema';
import { aupTextDigest } from '../ledger/aup-text-digest';
import { canonicalJson, sha256Hex } from '../ledger/canonical-json';

/** One thing wrong with a pack: where (a JSON path) and what, precisely enough to fix it. */
export interface PackProblem {
  path: string;
  problem: string;
}

export type PackWarning = 'built-in-modules-changed';

export interface PackCheck {
  pack: ContentPackFile | null;
  problems: PackProblem[];
  warnings: PackWarning[];
}

/** Which built-in content this app ships: its AUP version and a digest of every module. */
export function contentVersionOf(builtIn: Readonly<Record<Locale, ContentPack>>): ContentVersion {
  return {
    aupVersion: builtIn[LOCALES[0]].aup.version,
    modulesDigest: sha256Hex(
      canonicalJson(LOCALES.map((locale) => ({ locale, modules: builtIn[locale].modules }))),
    ),
  };
}

export function makeContentPack(
  file: PolicyFile,
  madeAgainst: ContentVersion,
  now: Date,
): ContentPackFile {
  return {
    format: CONTENT_PACK_FORMAT,
    formatVersion: 1,
    madeAt: now.toISOString(),
    madeAgainst,
    draft: file.draft,
    versions: file.versions,
  };
}

/**
 * Everything wrong with a content pack, all at once, before anything is changed: its size, its
 * JSON, the same schema the app's own policy obeys (unknown fields, markup, length, unknown
 * placeholders), modules that do not exist, clause ids that collide with the built-in clauses or
 * with what this device has already published, and versions whose text no longer matches its
 * digest. A pack made against other built-in modules is accepted with a warning.
 */
export function checkContentPack(
  bytes: Uint8Array,
  context: { builtIn: Readonly<Record<Locale, ContentPack>>; local: PolicyFile },
): PackCheck {
  const none = (problems: PackProblem[]): PackCheck => ({ pack: null, problems, warnings: [] });
  const tooLarge = packSizeProblem(bytes.byteLength);
  if (tooLarge) return none([tooLarge]);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return none([{ path: '', problem: 'the file is not a JSON content pack' }]);
  }
  const parsed = contentPackSchema.safeParse(json);
  if (!parsed.success) {
    return none(
      parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        problem: issue.message,
      })),
    );
  }
  const pack = parsed.data;
  const problems = [
    ...moduleProblems(pack, context.builtIn),
    ...builtInCollisions(pack, context.builtIn),
    ...versionProblems(pack),
    ...localCollisions(pack, context.local),
  ];
  if (problems.length > 0) return none(problems);
  const current = contentVersionOf(context.builtIn);
  const changed =
    current.modulesDigest !== pack.madeAgainst.modulesDigest ||
    current.aupVersion !== pack.madeAgainst.aupVersion;
  return { pack, problems: [], warnings: changed ? ['built-in-modules-changed'] : [] };
}

/** A pack too large to be one organisation's policy is refused before it is read. */
export function packSizeProblem(bytes: number): PackProblem | null {
  return bytes > PACK_FILE_MAX_BYTES
    ? {
        path: '',
        problem: `the file is ${bytes} bytes; a content pack is at most ${PACK_FILE_MAX_BYTES}`,
      }
    : null;
}

function policies(pack: ContentPackFile): Array<{ path: string; policy: OrgPolicy }> {
  return [
    { path: 'draft', policy: pack.draft },
    ...pack.versions.map((v, i) => ({ path: `versions.${i}.policy`, policy: v.policy })),
  ];
}

function moduleProblems(
  pack: ContentPackFile,
  builtIn: Readonly<Record<Locale, ContentPack>>,
): PackProblem[] {
  const known = new Set(builtIn[LOCALES[0]].modules.map((m) => m.id));
  return policies(pack).flatMap(({ path, policy }) =>
    (['requirements', 'notes'] as const).flatMap((part) =>
      Object.keys(policy[part])
        .filter((id) => !known.has(id))
        .map((id) => ({ path: `${path}.${part}.${id}`, problem: `there is no module ${id}` })),
    ),
  );
}

function builtInCollisions(
  pack: ContentPackFile,
  builtIn: Readonly<Record<Locale, ContentPack>>,
): PackProblem[] {
  const ids = new Set(LOCALES.flatMap((l) => builtIn[l].aup.clauses.map((c) => c.id)));
  return policies(pack).flatMap(({ path, policy }) =>
    policy.clauses.flatMap((clause, i) =>
      ids.has(clause.id)
        ? [{ path: `${path}.clauses.${i}.id`, problem: `${clause.id} is a built-in clause id` }]
        : [],
    ),
  );
}

function versionProblems(pack: ContentPackFile): PackProblem[] {
  return pack.versions.flatMap((version, i) => {
    const problems: PackProblem[] = [];
    const at = `versions.${i}`;
    if (version.number !== i + 1) {
      problems.push({ path: `${at}.number`, problem: `expected version number ${i + 1}` });
    }
    if (version.version !== `${version.builtInVersion}-org.${version.number}`) {
      problems.push({
        path: `${at}.version`,
        problem: `${version.version} does not match its number`,
      });
    }
    version.agreements.forEach((agreement, j) => {
      if (aupTextDigest(agreement.clauses, agreement.locale) !== agreement.digest) {
        problems.push({
          path: `${at}.agreements.${j}.digest`,
          problem: `the ${agreement.locale} text does not match its digest`,
        });
      }
    });
    return problems;
  });
}

/**
 * This device's published clauses must mean the same in the pack: the same id at the same
 * revision with other words would make existing records point at the wrong text.
 */
function localCollisions(pack: ContentPackFile, local: PolicyFile): PackProblem[] {
  const packTexts = new Map<string, string>();
  for (const version of pack.versions) {
    for (const agreement of version.agreements) {
      for (const clause of agreement.clauses) {
        packTexts.set(`${agreement.locale}|${clause.id}|${clause.revision}`, clause.text);
      }
    }
  }
  const problems = new Map<string, PackProblem>();
  for (const version of local.versions) {
    for (const agreement of version.agreements) {
      for (const clause of agreement.clauses) {
        const theirs = packTexts.get(`${agreement.locale}|${clause.id}|${clause.revision}`);
        if (theirs !== undefined && theirs !== clause.text) {
          problems.set(clause.id, {
            path: `clause ${clause.id}`,
            problem: `revision ${clause.revision} of ${clause.id} has other words on this device`,
          });
        }
      }
    }
  }
  return [...problems.values()];
}
