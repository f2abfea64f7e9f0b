import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { DomainError } from '../errors';
import type { Settings } from '../../../common/settings/settings-schema';
import {
  PLACEHOLDERS,
  type ContentPack,
  type Locale,
} from '../../../common/content/content-schema';
import type { PolicyVersion } from '../../../common/policy/policy-schema';
import { applyPolicy } from '../policy/apply-policy';
import { loadContentPack } from './load-content-pack';
import { fillPack, type PlaceholderFallbacks } from './placeholders';

const fallbacksSchema = z.object(
  Object.fromEntries(PLACEHOLDERS.map((name) => [name, z.string().min(1)])) as Record<
    (typeof PLACEHOLDERS)[number],
    z.ZodString
  >,
);

/**
 * The content the learner sees: validated once per locale (a damaged pack is refused with the
 * file and path at fault), then filled with the organisation's details from current settings.
 */
export class ContentService {
  private readonly raw = new Map<
    Locale,
    Promise<{ pack: ContentPack; fallbacks: PlaceholderFallbacks }>
  >();

  private readonly filled = new Map<
    Locale,
    {
      pack: ContentPack;
      published: PolicyVersion | undefined;
      settings: Settings;
      result: ContentPack;
    }
  >();

  constructor(
    private readonly contentDir: string,
    private readonly settings: () => Settings,
    /** The organisation's published policy, laid over the built-in content when there is one. */
    private readonly published: () => Promise<PolicyVersion | undefined> = () =>
      Promise.resolve(undefined),
  ) {}

  /** The content as shipped, without the organisation's policy (for publishing and packs). */
  async builtInPack(locale: Locale): Promise<ContentPack> {
    return (await this.load(locale)).pack;
  }

  /** The unfilled pack, for services that hash or compare the exact text (AUP, coverage). */
  async rawPack(locale: Locale): Promise<ContentPack> {
    const [{ pack }, published] = await Promise.all([this.load(locale), this.published()]);
    return applyPolicy(pack, published);
  }

  async pack(locale: Locale): Promise<ContentPack> {
    const [{ pack, fallbacks }, published] = await Promise.all([
      this.load(locale),
      this.published(),
    ]);
    const settings = this.settings();
    // Filling every text of every module cost milliseconds a call (signing asks twice): the
    // result stands until the pack, the published policy or the settings object is replaced.
    const filled = this.filled.get(locale);
    if (filled?.pack === pack && filled.published === published && filled.settings === settings) {
      return filled.result;
    }
    const result = fillPack(
      applyPolicy(pack, published),
      { ...settings.organisation, refresherMonths: settings.refresherMonths },
      fallbacks,
    );
    this.filled.set(locale, { pack, published, settings, result });
    return result;
  }

  /** What a placeholder shows while its setting is unset, in `locale`. */
  async fallbacks(locale: Locale): Promise<PlaceholderFallbacks> {
    return (await this.load(locale)).fallbacks;
  }

  private load(locale: Locale) {
    let pending = this.raw.get(locale);
    if (!pending) {
      pending = Promise.all([
        loadContentPack(this.contentDir, locale),
        readFallbacks(this.contentDir, locale),
      ]).then(([pack, fallbacks]) => ({ pack, fallbacks }));
      // A failed load is not cached, so a repaired pack is picked up without a restart.
      pending.catch(() => this.raw.delete(locale));
      this.raw.set(locale, pending);
    }
    return pending;
  }
}

async function readFallbacks(contentDir: string, locale: Locale): Promise<PlaceholderFallbacks> {
  const file = path.join(locale, 'placeholder-fallbacks.json');
  try {
    return fallbacksSchema.parse(
      JSON.parse(await fs.readFile(path.join(contentDir, file), 'utf8')),
    );
  } catch (error) {
    throw new DomainError('content-invalid', 'errors.content.invalid', {
      file,
      path: '',
      problem: error instanceof Error ? error.message : String(error),
    });
  }
}
