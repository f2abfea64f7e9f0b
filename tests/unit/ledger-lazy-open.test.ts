import { readFile, writeFile } from 'node:fs/promises';
import { sealEntry, serializeEntry } from '../../electron/services/ledger/ledger-entry';
import { factsOfEntry, isUnparsed, readFacts } from '../../electron/services/ledger/lazy-entries';
import { writeDeviceCheckpoint } from '../../electron/services/ledger/checkpoint-file';
import { nodeFileSystem } from '../../electron/services/fs/file-system';
import { Ledger } from '../../electron/services/ledger/ledger';
import {
  prepareRecordIndex,
  RecordIndex,
  recordIndexOf,
} from '../../electron/services/records/record-index';
import { personHistory } from '../../electron/services/lead/person-history';
import { TEST_KEY, TEST_LEDGER } from '../support/test-device-key';
import { ledgerPath } from './fixtures/ledger-forger';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

/** Identifiers and names a learner might type, including ones that look like JSON. */
const AWKWARD = [
  { fullName: 'Zoë "Zed" O\'Brien', identifier: 'zoe@example.org' },
  { fullName: '"identifier":"fake@example.org"', identifier: 'real@example.org' },
  { fullName: 'Back\\slash', identifier: 'back\\slash\\"quote"@example.org' },
  { fullName: 'Владимир 山田 محمد', identifier: 'ВЛАДИМИР@пример.рф' },
  { fullName: 'Emoji 🧑‍🏫', identifier: ' Padded@Example.org ' },
];

const LONG_NAME = 'A'.repeat(28);

function lineOf(record = sampleRecord(), seq = 1): string {
  const entry = sealEntry(seq, '0'.repeat(64), { kind: 'completion', body: record }, TEST_KEY);
  return serializeEntry(entry);
}

describe('reading an entry’s index fields straight from its line', () => {
  it.each(AWKWARD)('reads what parsing reads, for a learner named $fullName', (learner) => {
    const line = lineOf(sampleRecord({ learner: { ...learner, role: 'staff' } }));
    const bytes = Buffer.from(`${line}\n`);
    expect(readFacts(bytes, 0, bytes.length - 1)).toEqual(factsOfEntry(JSON.parse(line)));
  });

  it('reads an erased record and a certificate code', () => {
    const entry = JSON.parse(lineOf()) as Record<string, unknown>;
    const erased = JSON.stringify({ ...entry, body: null });
    const bytes = Buffer.from(erased);
    expect(readFacts(bytes, 0, bytes.length)).toEqual(factsOfEntry(JSON.parse(erased)));
    expect(readFacts(bytes, 0, bytes.length)?.hasBody).toBe(false);
  });

  it('leaves a line laid out another way to be parsed, rather than guessing', () => {
    const entry = JSON.parse(lineOf()) as Record<string, unknown>;
    const { seq, ...rest } = entry;
    for (const text of [
      JSON.stringify({ ...rest, seq }),
      JSON.stringify(entry, null, 1).replaceAll('\n', ''),
      lineOf().replace('"keyId":"', '"keyID":"'),
      lineOf().replace('"seq":1,', '"seq":01,'),
    ]) {
      const bytes = Buffer.from(text);
      expect(readFacts(bytes, 0, bytes.length)).toBeNull();
    }
  });
});

describe('opening a long ledger quickly with its checkpoint', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let inLine: Ledger;

  beforeAll(async () => {
    ({ dir, cleanup } = await withTempDir());
    const ledger = await Ledger.open(dir, TEST_LEDGER);
    const records = AWKWARD.map((learner, n) =>
      sampleRecord({ learner: { ...learner, role: n % 2 ? 'staff' : 'volunteer' } }),
    );
    await ledger.appendCompletions([...records, sampleRecord(), sampleRecord()]);
    await ledger.eraseRecords([records[1]!.recordId], 'subject-request');
    const learner = {
      fullName: LONG_NAME,
      role: 'staff',
      identifier: 'long.name@example.org',
    } as const;
    await ledger.appendCompletion(sampleRecord({ learner }));
    // Last, so that the edited line below is not the head (which opening parses).
    await ledger.appendCompletion(sampleRecord({ learner: { ...AWKWARD[0]!, role: 'staff' } }));
    inLine = await Ledger.open(dir, TEST_LEDGER);
  });
  afterAll(() => cleanup());

  it('answers every look-up as reading every line does, before and after parsing the rest', async () => {
    const quick = await Ledger.openInBackground(dir, { key: TEST_KEY });
    const compare = () => {
      for (const record of inLine.liveRecords()) {
        expect(quick.findByRecordId(record.recordId)?.record).toEqual(record);
        expect(quick.findByCertificateCode(record.certificateCode)?.record).toEqual(record);
      }
      const index = new RecordIndex(quick);
      const expected = new RecordIndex(inLine);
      for (const { identifier } of AWKWARD) {
        expect(index.recordsOf(identifier)).toEqual(expected.recordsOf(identifier));
      }
      expect(quick.checkpoint()).toEqual(inLine.checkpoint());
    };
    compare();
    await quick.parsed;
    await quick.fullyVerified;
    compare();
    expect(quick.entries()).toEqual(inLine.entries());
    expect(quick.liveRecords()).toEqual(inLine.liveRecords());
    expect(quick.verification()).toEqual(inLine.verification());
  });

  it('reads the lines its checkpoint covers without parsing them, and parses them later', async () => {
    const quick = await Ledger.openInBackground(dir, { key: TEST_KEY });
    const unparsed = () => quick['scan'].placed.filter((p) => isUnparsed(p)).length;
    expect(unparsed()).toBeGreaterThan(5);
    await quick.parsed;
    expect(unparsed()).toBe(0);
  });

  it('a covered line whose body no longer parses is never handed out as a record', async () => {
    const original = await readFile(ledgerPath(dir));
    try {
      // Same length, its start and end intact: only the middle is no longer JSON.
      const lines = original.toString('utf8').split('\n');
      lines[3] = lines[3]!.replace('"recordType":"', '"recordType" "');
      await writeFile(ledgerPath(dir), lines.join('\n'));
      const inLine = await Ledger.open(dir, TEST_LEDGER);
      const quick = await Ledger.openInBackground(dir, { key: TEST_KEY });
      await quick.parsed;
      expect(quick.liveRecords()).toEqual(inLine.liveRecords());
      expect(quick.verification()).toEqual(inLine.verification());
      expect(quick.verification().ok).toBe(false);
    } finally {
      await writeFile(ledgerPath(dir), original);
    }
  });

  it('flags a line edited by hand whose quick reading differs, once it is checked', async () => {
    const original = await readFile(ledgerPath(dir));
    try {
      // Same length, JSON still valid: a second identifier key slipped in before the real one.
      const name = `"fullName":"${LONG_NAME}"`;
      const decoy = '"fullName":"A","identifier":"decoy@x.org"';
      expect(decoy).toHaveLength(name.length);
      await writeFile(ledgerPath(dir), original.toString('utf8').replace(name, decoy));
      const quick = await Ledger.openInBackground(dir, { key: TEST_KEY });
      await quick.parsed;
      await quick.fullyVerified;
      expect(recordIndexOf(quick).reviewedOf('decoy@x.org')).toHaveLength(0);
      const [edited, ...others] = recordIndexOf(quick).reviewedOf('long.name@example.org');
      expect(others).toHaveLength(0);
      expect(edited?.damage).not.toBeNull();
      expect(quick.verification().problems).toEqual(
        (await Ledger.open(dir, TEST_LEDGER)).verification().problems,
      );
    } finally {
      await writeFile(ledgerPath(dir), original);
    }
  });
});

describe('a sound line whose quick reading differs from what it says in full', () => {
  it('is indexed as it reads in full once parsed, though the check finds nothing wrong', async () => {
    const { dir, cleanup } = await withTempDir();
    try {
      const learner = { fullName: 'A', role: 'staff', identifier: 'real@example.org' } as const;
      const ledger = await Ledger.open(dir, TEST_LEDGER);
      await ledger.appendCompletions([sampleRecord({ learner }), sampleRecord(), sampleRecord()]);
      // Duplicate keys: parsing (and so the hash) takes the last, the quick reading the first.
      // Only a holder of the device key could write this; it is sealed and chained soundly.
      const text = (await readFile(ledgerPath(dir), 'utf8')).replace(
        '"fullName":"A",',
        '"fullName":"A","identifier":"decoy@x.org",',
      );
      await writeFile(ledgerPath(dir), text);
      const resealed = await Ledger.open(dir, TEST_LEDGER);
      expect(resealed.verification().ok).toBe(true);
      await writeDeviceCheckpoint(nodeFileSystem, dir, TEST_KEY, resealed.checkpoint());

      const quick = await Ledger.openInBackground(dir, { key: TEST_KEY });
      expect(recordIndexOf(quick).reviewedOf('decoy@x.org')).toHaveLength(1);
      await quick.parsed;
      await quick.fullyVerified;
      expect(quick.verification().ok).toBe(true);
      expect(recordIndexOf(quick).reviewedOf('decoy@x.org')).toHaveLength(0);
      expect(recordIndexOf(quick).recordsOf('real@example.org')).toHaveLength(1);
    } finally {
      await cleanup();
    }
  });
});

describe('what opening quickly builds, as its readers need it', () => {
  it('a person’s history reaches the lead’s screen with every record, before anything is parsed', async () => {
    const { dir, cleanup } = await withTempDir();
    try {
      const learner = {
        fullName: 'Ceri Jones',
        role: 'staff',
        identifier: 'ceri@example.org',
      } as const;
      const ledger = await Ledger.open(dir, TEST_LEDGER);
      const theirs = [sampleRecord({ learner }), sampleRecord({ learner })];
      await ledger.appendCompletions([...theirs, sampleRecord()]);
      const quick = await Ledger.openInBackground(dir, { key: TEST_KEY });
      await prepareRecordIndex(quick);
      const reviewed = recordIndexOf(quick).reviewedOf('CERI@example.org');
      const history = personHistory(reviewed, 'ceri@example.org', 12, 'Europe/London', new Date());
      // As an IPC reply carries it: a structured clone keeps own data only.
      const sent = structuredClone(history);
      expect(sent?.records.map((r) => r.record).sort(bySigning)).toEqual(theirs.sort(bySigning));
    } finally {
      await cleanup();
    }
  });

  it('a ledger numbered out of order is still checkpointed at the first line with the head’s number', async () => {
    const { dir, cleanup } = await withTempDir();
    try {
      const ledger = await Ledger.open(dir, TEST_LEDGER);
      await ledger.appendCompletions([sampleRecord(), sampleRecord(), sampleRecord()]);
      // A copy of the last line slipped in before it: its number now comes twice.
      const lines = (await readFile(ledgerPath(dir), 'utf8')).split('\n').filter(Boolean);
      lines.splice(1, 0, lines[2]!);
      await writeFile(ledgerPath(dir), `${lines.join('\n')}\n`);
      const reopened = await Ledger.open(dir, TEST_LEDGER);
      const { head } = reopened['scan'];
      const firstWithHead = lines.findIndex((line) => JSON.parse(line).seq === head.seq);
      const endOfIt = Buffer.byteLength(`${lines.slice(0, firstWithHead + 1).join('\n')}\n`);
      expect(reopened.checkpoint()).toMatchObject({ entries: head.seq, bytes: endOfIt });
    } finally {
      await cleanup();
    }
  });
});

const bySigning = (a: { recordId: string }, b: { recordId: string }) =>
  a.recordId.localeCompare(b.recordId);
