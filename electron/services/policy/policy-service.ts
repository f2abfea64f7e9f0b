import { readFile, stat } from 'node:fs/promises';
import type { ContentPack, Locale } from '../../../common/content/content-schema';
import { LOCALES } from '../../../common/i18n/locales';
import {
  requirementFor,
  type LearnerRole,
  type ModuleRequirement,
} from '../../../common/policy/policy-rules';
import type {
  OrgPolicy,
  PolicyVersion,
  PublishedAgreement,
} from '../../../common/policy/policy-schema';
import type { ContentService } from '../content/content-service';
import { fillPack, fillPlaceholders, type PlaceholderValues } from '../content/placeholders';
import { DomainError } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';
import { applyPolicy, builtInChanged } from './apply-policy';
import {
  checkContentPack,
  contentVersionOf,
  makeContentPack,
  packSizeProblem,
  type PackProblem,
  type PackWarning,
} from './content-pack';
import type { PolicyStore } from './policy-store';
import { publishVersion } from './publish-version';

export interface PolicyVersionSummary {
  version: string;
  publishedAt: string;
  changeNote: string;
}

/** What the lead's Policy tab shows. */
export interface PolicyOverview {
  draft: OrgPolicy;
  versions: PolicyVersionSummary[];
  /** The built-in modules, titled in each locale, for the requirements and notes. */
  modules: Array<{ id: string; titles: Record<Locale, string> }>;
  /** The built-in clause ids, which the organisation's own ids may not take. */
  builtInClauseIds: string[];
  /** The last published version was made against other built-in content than this app's. */
  builtInChanged: boolean;
  /** The draft differs from the last published version (or nothing is published yet). */
  unpublishedChanges: boolean;
}

/** A module or the agreement as a learner of one role would see them under the draft. */
export interface PolicyPreview {
  role: LearnerRole;
  locale: Locale;
  modules: Array<{
    id: string;
    title: string;
    requirement: ModuleRequirement;
    note: { text: string; language: Locale } | null;
  }>;
  agreement: Array<{ id: string; text: string; language: Locale }>;
}

export interface PackImportResult {
  imported: boolean;
  problems: PackProblem[];
  warnings: PackWarning[];
}

export interface PolicyServiceDeps {
  store: PolicyStore;
  content: ContentService;
  placeholders: () => PlaceholderValues;
  now: () => Date;
}

/** The lead's operations on the organisation's policy, over the store and the built-in content. */
export class PolicyService {
  constructor(private readonly deps: PolicyServiceDeps) {}

  private async builtIn(): Promise<Record<Locale, ContentPack>> {
    const packs = await Promise.all(LOCALES.map((l) => this.deps.content.builtInPack(l)));
    return Object.fromEntries(LOCALES.map((l, i) => [l, packs[i]])) as Record<Locale, ContentPack>;
  }

  async overview(): Promise<PolicyOverview> {
    const [file, builtIn] = await Promise.all([this.deps.store.read(), this.builtIn()]);
    const first = builtIn[LOCALES[0]];
    const current = file.versions.at(-1);
    return {
      draft: file.draft,
      versions: file.versions.map(({ version, publishedAt, changeNote }) => ({
        version,
        publishedAt,
        changeNote,
      })),
      modules: first.modules.map((module) => ({
        id: module.id,
        titles: Object.fromEntries(
          LOCALES.map((l) => [l, builtIn[l].modules.find((m) => m.id === module.id)?.title ?? '']),
        ) as Record<Locale, string>,
      })),
      builtInClauseIds: first.aup.clauses.map((clause) => clause.id),
      builtInChanged: builtInChanged(contentVersionOf(builtIn), current),
      unpublishedChanges: !current || JSON.stringify(current.policy) !== JSON.stringify(file.draft),
    };
  }

  async saveDraft(draft: OrgPolicy): Promise<PolicyOverview> {
    const builtIn = await this.builtIn();
    const known = new Set(builtIn[LOCALES[0]].modules.map((m) => m.id));
    const unknown = [...Object.keys(draft.requirements), ...Object.keys(draft.notes)].filter(
      (id) => !known.has(id),
    );
    if (unknown.length > 0) {
      throw new DomainError('policy-unknown-module', 'errors.policy.unknownModule', {
        ids: unknown.join(', '),
      });
    }
    await this.deps.store.saveDraft(draft);
    return this.overview();
  }

  async publish(changeNote: string): Promise<PolicyVersionSummary> {
    const builtIn = await this.builtIn();
    const aups = Object.fromEntries(LOCALES.map((l) => [l, builtIn[l].aup])) as Record<
      Locale,
      ContentPack['aup']
    >;
    const {
      version,
      publishedAt,
      changeNote: note,
    } = await this.deps.store.publish(changeNote, aups, contentVersionOf(builtIn).modulesDigest);
    return { version, publishedAt, changeNote: note };
  }

  /** The draft as a learner of `role` would meet it, placeholders filled, before publishing. */
  async preview(role: LearnerRole, locale: Locale): Promise<PolicyPreview> {
    const [file, builtIn] = await Promise.all([this.deps.store.read(), this.builtIn()]);
    const trial = publishVersion({
      draft: file.draft,
      previous: file.versions.at(-1),
      builtIn: Object.fromEntries(LOCALES.map((l) => [l, builtIn[l].aup])) as Record<
        Locale,
        ContentPack['aup']
      >,
      changeNote: 'preview',
      now: this.deps.now(),
    });
    const pack = await this.filled(applyPolicy(builtIn[locale], trial), locale);
    return {
      role,
      locale,
      modules: pack.modules.map((module) => ({
        id: module.id,
        title: module.title,
        requirement: requirementFor(pack.tailoring?.requirements ?? {}, module.id, role),
        note: pack.tailoring?.notes[module.id] ?? null,
      })),
      agreement: pack.aup.clauses.map((clause) => ({
        id: clause.id,
        text: clause.text,
        language: pack.tailoring?.clauseLanguages[clause.id] ?? locale,
      })),
    };
  }

  /**
   * A published version's agreement in one locale as published, its placeholders filled from
   * today's settings for reading (each record's own signed words are kept apart, under its digest).
   */
  async versionText(version: string, locale: Locale): Promise<PublishedAgreement | null> {
    const found: PolicyVersion | undefined = await this.deps.store.version(version);
    const agreement = found?.agreements.find((a) => a.locale === locale);
    if (!agreement) return null;
    const [values, fallbacks] = [
      this.deps.placeholders(),
      await this.deps.content.fallbacks(locale),
    ];
    return {
      ...agreement,
      clauses: agreement.clauses.map((c) => ({
        ...c,
        text: fillPlaceholders(c.text, values, fallbacks),
      })),
    };
  }

  async exportPack(target: string): Promise<{ target: string }> {
    const [file, builtIn] = await Promise.all([this.deps.store.read(), this.builtIn()]);
    const pack = makeContentPack(file, contentVersionOf(builtIn), this.deps.now());
    await writeFileAtomic(target, `${JSON.stringify(pack, null, 2)}\n`);
    return { target };
  }

  /** Checks the whole pack first; changes nothing unless it has no problem at all. */
  async importPack(source: string): Promise<PackImportResult> {
    const tooLarge = packSizeProblem((await stat(source)).size);
    if (tooLarge) return { imported: false, problems: [tooLarge], warnings: [] };
    const bytes = new Uint8Array(await readFile(source));
    const [local, builtIn] = await Promise.all([this.deps.store.read(), this.builtIn()]);
    const check = checkContentPack(bytes, { builtIn, local });
    if (!check.pack) return { imported: false, problems: check.problems, warnings: [] };
    await this.deps.store.replace({
      schemaVersion: 1,
      draft: check.pack.draft,
      versions: check.pack.versions,
    });
    return { imported: true, problems: [], warnings: check.warnings };
  }

  private async filled(pack: ContentPack, locale: Locale): Promise<ContentPack> {
    return fillPack(pack, this.deps.placeholders(), await this.deps.content.fallbacks(locale));
  }
}
