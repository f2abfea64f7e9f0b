import type { PlacedEntry } from './chain-checks';
import { entryLayout, stringAfter, tailFields } from './entry-layout';
import type { LedgerEntry } from './ledger-entry';

/**
 * Entries the checkpoint covers, read at opening without parsing them: parsing and holding
 * 100,000 entries of about 2.6 KB costs seconds, while the indexes need only a few fields of
 * each. Those fields are read straight from the line's bytes (`readFacts`), and the entry itself
 * is parsed the first time something asks for it (`LazyPlaced`). The ledger then parses the rest
 * in the background, a slice per turn, and confirms each line's facts against its parsed entry.
 */

/** What the ledger's indexes and the record index need of an entry. */
export interface IndexFacts {
  seq: number;
  kind: LedgerEntry['kind'];
  recordId: string | null;
  hasBody: boolean;
  /** A completion's certificate code and learner identifier, when it has its body. */
  certificateCode: string | null;
  identifier: string | null;
}

/** The index facts, and what the seal check needs besides. */
export interface EntryFacts extends IndexFacts {
  hash: string;
  keyId: string | undefined;
  seal: string | undefined;
}

/**
 * The facts of any placed entry: those read from its line while it is not parsed, else its
 * parsed entry's (which stand, should the two ever differ). A copy of a lazy entry (made with
 * spread) is a plain object with its `entry` set, so it answers from that.
 */
export function factsOf(placed: PlacedEntry): EntryFacts {
  if (placed instanceof LazyPlaced && placed.unparsed) return placed.facts;
  return factsOfEntry(placed.entry);
}

/**
 * As `factsOf`, without the hash and seal: a lazy entry answers from its own fields, so building
 * the indexes of 100,000 entries at opening makes no object and no string per entry.
 */
export function indexFactsOf(placed: PlacedEntry): IndexFacts {
  if (placed instanceof LazyPlaced && placed.unparsed) return placed;
  return factsOfEntry(placed.entry);
}

/** Whether the entry has not been parsed yet (it is lazy, and nothing has asked for it). */
export function isUnparsed(placed: PlacedEntry): boolean {
  return placed instanceof LazyPlaced && placed.unparsed;
}

export function factsOfEntry(entry: LedgerEntry): EntryFacts {
  const body = entry.kind === 'completion' ? entry.body : null;
  return {
    seq: entry.seq,
    kind: entry.kind,
    recordId: entry.recordId,
    hash: entry.hash,
    keyId: entry.keyId,
    seal: entry.seal,
    hasBody: entry.body !== null,
    certificateCode: body?.certificateCode ?? null,
    identifier: body?.learner.identifier ?? null,
  };
}

/** Whether facts read from a line say what its parsed entry says. */
export function factsAgree(read: EntryFacts, entry: LedgerEntry): boolean {
  const parsed = factsOfEntry(entry);
  return (Object.keys(read) as Array<keyof EntryFacts>).every((key) => read[key] === parsed[key]);
}

/** A covered line's entry cannot be parsed, though its facts could be read at opening. */
export class LazyLineUnreadable extends Error {
  constructor(readonly position: number) {
    super(`Ledger line ${position} cannot be read as an entry.`);
  }
}

/** Where a line's parts lie (see entry-layout.ts), with its certificate code and identifier. */
interface LineFacts extends IndexFacts {
  tailAt: number;
}

/**
 * A placed entry whose `entry` is parsed from `source[start, stop)` on first use. Its index
 * facts are its own fields, and its hash and seal are read from the line when asked for: opening
 * makes 100,000 of these, and every object and string each carried cost time to make and time
 * for the collector to move. Spread does not copy `entry`, a getter: a copy must set it, as
 * every copy in the ledger does.
 */
export class LazyPlaced implements PlacedEntry, IndexFacts {
  #source: Buffer | null;
  #parsed: LedgerEntry | null = null;
  readonly seq: number;
  readonly kind: LedgerEntry['kind'];
  readonly recordId: string | null;
  readonly hasBody: boolean;
  readonly certificateCode: string | null;
  readonly identifier: string | null;
  private readonly tailAt: number;

  constructor(
    source: Buffer,
    private readonly start: number,
    private readonly stop: number,
    readonly position: number,
    readonly end: number,
    line: LineFacts,
  ) {
    this.#source = source;
    this.seq = line.seq;
    this.kind = line.kind;
    this.recordId = line.recordId;
    this.hasBody = line.hasBody;
    this.certificateCode = line.certificateCode;
    this.identifier = line.identifier;
    this.tailAt = line.tailAt;
  }

  get unparsed(): boolean {
    return this.#parsed === null;
  }

  /** Every fact read from the line; only while it is not parsed (`factsOf` says which). */
  get facts(): EntryFacts {
    return { ...this.indexFacts(), ...tailFields(this.#source!, this.tailAt) };
  }

  /** The same line after the file was rewritten around it: it now ends at `end`. */
  movedTo(end: number): PlacedEntry {
    if (this.#parsed) return { position: this.position, entry: this.#parsed, end };
    const line = { ...this.indexFacts(), tailAt: this.tailAt };
    return new LazyPlaced(this.#source!, this.start, this.stop, this.position, end, line);
  }

  get entry(): LedgerEntry {
    if (this.#parsed) return this.#parsed;
    this.#parsed = parseLine(this.#source!.toString('utf8', this.start, this.stop), this.position);
    // The file's bytes are held only as long as some entry still needs them.
    this.#source = null;
    return this.#parsed;
  }

  private indexFacts(): IndexFacts {
    const { seq, kind, recordId, hasBody, certificateCode, identifier } = this;
    return { seq, kind, recordId, hasBody, certificateCode, identifier };
  }
}

/** A placed entry after the file was rewritten around its line: it now ends at `end`. */
export function movedTo(placed: PlacedEntry, end: number): PlacedEntry {
  if (placed instanceof LazyPlaced) return placed.movedTo(end);
  return { position: placed.position, entry: placed.entry, end };
}

/**
 * The entry on `bytes[start, stop)`: lazy when the line is laid out as this app writes entries,
 * parsed otherwise; null when it is not one entry.
 */
export function placedFromLine(
  bytes: Buffer,
  start: number,
  stop: number,
  position: number,
  end: number,
): PlacedEntry | null {
  const line = lineFacts(bytes, start, stop);
  if (line) return new LazyPlaced(bytes, start, stop, position, end, line);
  try {
    return { position, entry: parseLine(bytes.toString('utf8', start, stop), position), end };
  } catch {
    return null;
  }
}

function parseLine(text: string, position: number): LedgerEntry {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new LazyLineUnreadable(position);
  }
  if (!entryShaped(value)) throw new LazyLineUnreadable(position);
  return value as LedgerEntry;
}

/** One object with an entry's number, kind and hash: what the indexes rely on. */
function entryShaped(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { seq, kind, hash } = value as Record<string, unknown>;
  return typeof seq === 'number' && typeof kind === 'string' && typeof hash === 'string';
}

const CODE_KEY = Buffer.from('"certificateCode":"');
const IDENTIFIER_KEY = Buffer.from('"identifier":"');

/**
 * The facts of the entry on `bytes[start, stop)`, read without parsing the line, or null when
 * the line is not laid out as this app writes entries (it is then parsed like any other).
 */
export function readFacts(bytes: Buffer, start: number, stop: number): EntryFacts | null {
  const line = lineFacts(bytes, start, stop);
  if (!line) return null;
  const { tailAt, ...facts } = line;
  return { ...facts, ...tailFields(bytes, tailAt) };
}

/**
 * The index facts of a line and where its hash and seal lie. A key's name with quotes round it
 * cannot occur inside a JSON string (a quote there is escaped), so the first match of
 * `"identifier":"` is the learner's identifier key.
 */
function lineFacts(bytes: Buffer, start: number, stop: number): LineFacts | null {
  const layout = entryLayout(bytes, start, stop);
  // An erasure's named records are not needed to open; such lines are few and simply parsed.
  if (!layout || (layout.recordId === null && layout.hasBody)) return null;
  const { seq, recordId, hasBody, tailAt } = layout;
  let certificateCode: string | null = null;
  let identifier: string | null = null;
  if (hasBody) {
    // A key missing from this line is found in a neighbour, if anywhere: out of bounds, so null.
    const line = { bytes, start, stop };
    certificateCode = stringAfter(line, bytes.lastIndexOf(CODE_KEY, stop), CODE_KEY.length);
    identifier = stringAfter(line, bytes.indexOf(IDENTIFIER_KEY, start), IDENTIFIER_KEY.length);
    if (certificateCode === null || identifier === null) return null;
  }
  const kind = recordId === null ? 'erasure' : 'completion';
  return { seq, kind, recordId, hasBody, certificateCode, identifier, tailAt };
}
