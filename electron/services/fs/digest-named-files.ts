import fs from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

const DIGEST = /^[0-9a-f]{64}$/;
const DIGEST_FILE = /^([0-9a-f]{64})\.json$/;

/**
 * A folder of JSON files, each named by the digest of what it holds, for what records point at
 * by digest (the words signed, the versions signed). Keeping the same thing twice writes one
 * file; a file whose content no longer matches its name, or that fails its schema, is never
 * returned, so an edited or damaged copy cannot stand in for what a record names.
 */
export class DigestNamedFiles<T> {
  constructor(
    private readonly dir: string,
    private readonly schema: z.ZodType<T>,
    private readonly digestOf: (value: T) => string,
  ) {}

  private fileFor(digest: string): string {
    return path.join(this.dir, `${digest}.json`);
  }

  /** Keeps `value`; returns its digest. */
  async keep(value: T): Promise<string> {
    const checked = this.schema.parse(value);
    const digest = this.digestOf(checked);
    // Every learner of one version signs the same words: an intact copy needs no second write
    // (a read and a digest, where a rewrite cost a new file, two fsyncs and a rename).
    if (await this.find(digest)) return digest;
    await fs.mkdir(this.dir, { recursive: true });
    await writeFileAtomic(this.fileFor(digest), `${JSON.stringify(checked, null, 2)}\n`);
    return digest;
  }

  /** What `digest` names, or null when it is not kept here or its file fails its digest. */
  async find(digest: string): Promise<T | null> {
    if (!DIGEST.test(digest)) return null;
    let raw: string;
    try {
      raw = await fs.readFile(this.fileFor(digest), 'utf8');
    } catch {
      return null;
    }
    try {
      const value = this.schema.parse(JSON.parse(raw));
      return this.digestOf(value) === digest ? value : null;
    } catch {
      return null;
    }
  }

  /** Those of `digests` kept here intact, by digest (each file read once, however often named). */
  async findEach(digests: Iterable<string>): Promise<Map<string, T>> {
    const wanted = [...new Set(digests)];
    const found = await Promise.all(wanted.map((digest) => this.find(digest)));
    const kept = new Map<string, T>();
    wanted.forEach((digest, i) => {
      const value = found[i];
      if (value) kept.set(digest, value);
    });
    return kept;
  }

  /** Keeps those of `carried` (things by digest, from elsewhere) that `digests` name. */
  async keepEach(digests: Iterable<string>, carried: Readonly<Record<string, T>>): Promise<void> {
    for (const digest of new Set(digests)) {
      const value = carried[digest];
      if (value) await this.keep(value);
    }
  }

  /** Everything intact kept here, by digest; read afresh each time (another write may have added one). */
  async all(): Promise<Map<string, T>> {
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
      throw error;
    }
    return this.findEach(names.flatMap((name) => DIGEST_FILE.exec(name)?.[1] ?? []));
  }
}
