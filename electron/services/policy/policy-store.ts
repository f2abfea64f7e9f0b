import fs from 'node:fs/promises';
import path from 'node:path';
import type { Aup, Locale } from '../../../common/content/content-schema';
import {
  EMPTY_POLICY,
  orgPolicySchema,
  policyFileSchema,
  changeNoteSchema,
  type OrgPolicy,
  type PolicyFile,
  type PolicyVersion,
} from '../../../common/policy/policy-schema';
import { DomainError } from '../errors';
import { writeFileAtomic } from '../fs/atomic-write';
import { publishVersion } from './publish-version';

export const POLICY_FILE = 'policy.json';

/**
 * The organisation's own policy on disk (`data/policy.json`): the lead's draft, kept apart until
 * published, and every published version, never changed once written, so any record's version
 * can be shown as it was. Writes are atomic; a file that fails the schema is refused, never
 * overwritten, so a damaged policy cannot silently become an empty one.
 */
export class PolicyStore {
  private queue: Promise<unknown> = Promise.resolve();
  /** Only this store writes the file, so what it last read or wrote is what is on disk. */
  private cached: PolicyFile | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date,
  ) {}

  private get file(): string {
    return path.join(this.dataDir, POLICY_FILE);
  }

  async read(): Promise<PolicyFile> {
    if (this.cached) return this.cached;
    let raw: string;
    try {
      raw = await fs.readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return { schemaVersion: 1, draft: EMPTY_POLICY, versions: [] };
      }
      throw error;
    }
    const parsed = safeJson(raw);
    const result = policyFileSchema.safeParse(parsed);
    if (!result.success) {
      // The schema's own words stay out of the message: they are English in the Welsh screen,
      // and tell neither a learner nor the lead anything they can act on.
      throw new DomainError('policy-invalid', 'errors.policy.fileInvalid');
    }
    this.cached = result.data;
    return result.data;
  }

  /** The version learners sign now; undefined while the organisation has published nothing. */
  async current(): Promise<PolicyVersion | undefined> {
    return (await this.read()).versions.at(-1);
  }

  async version(version: string): Promise<PolicyVersion | undefined> {
    return (await this.read()).versions.find((v) => v.version === version);
  }

  saveDraft(draft: OrgPolicy): Promise<PolicyFile> {
    return this.serial(async () => {
      const checked = orgPolicySchema.parse(draft);
      const file = await this.read();
      assertNoDroppedClauses(checked, file);
      const next: PolicyFile = { ...file, draft: checked };
      await this.write(next);
      return next;
    });
  }

  /** Publishes the draft as a new version with the lead's change note. */
  publish(
    changeNote: string,
    builtIn: Readonly<Record<Locale, Aup>>,
    modulesDigest?: string,
  ): Promise<PolicyVersion> {
    return this.serial(async () => {
      const note = changeNoteSchema.parse(changeNote);
      const file = await this.read();
      const version = publishVersion({
        draft: file.draft,
        previous: file.versions.at(-1),
        builtIn,
        changeNote: note,
        now: this.now(),
        ...(modulesDigest ? { modulesDigest } : {}),
      });
      await this.write({ ...file, versions: [...file.versions, version] });
      return version;
    });
  }

  /** Replaces the whole file (an imported content pack), after the caller has checked it. */
  replace(file: PolicyFile): Promise<void> {
    return this.serial(() => this.write(policyFileSchema.parse(file)));
  }

  private async write(file: PolicyFile): Promise<void> {
    await fs.mkdir(this.dataDir, { recursive: true });
    await writeFileAtomic(this.file, `${JSON.stringify(file, null, 2)}\n`);
    this.cached = file;
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/**
 * A published clause id stays the organisation's for good: the draft may retire it, never drop
 * it, or a later clause could take the id and a record's revision would point at other words.
 */
function assertNoDroppedClauses(draft: OrgPolicy, file: PolicyFile): void {
  const kept = new Set(draft.clauses.map((clause) => clause.id));
  const dropped = new Set(
    file.versions
      .flatMap((v) => v.policy.clauses.map((clause) => clause.id))
      .filter((id) => !kept.has(id)),
  );
  if (dropped.size > 0) {
    throw new DomainError('policy-clause-dropped', 'errors.policy.clauseDropped', {
      ids: [...dropped].join(', '),
    });
  }
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}
