import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUTBOX_FILE, Outbox } from '../../electron/services/lrs-sync/outbox';
import { recordToStatements } from '../../electron/services/xapi/record-to-statements';
import { sampleRecord } from '../support/lrs-sync-fakes';

const OPTIONS = {
  homePage: 'https://charity.example.org',
  activityBase: 'https://charity.example.org/xapi',
  passMarkPercent: 80,
};
const [first, second, third] = recordToStatements(
  sampleRecord('0b7c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c4', 'T4', 'Learner Four'),
  OPTIONS,
);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'esafety-outbox-damaged-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const queueFile = () => join(dir, OUTBOX_FILE);
const keptCopies = async () =>
  (await readdir(dir)).filter((name) => name.startsWith('lrs-outbox.damaged-'));

describe('a damaged LRS queue file', () => {
  it('a line edited in the middle is not sent, the file as it was is kept, and the lead is told', async () => {
    await new Outbox(dir).enqueue([first!, second!, third!]);
    const lines = (await readFile(queueFile(), 'utf8')).split('\n');
    lines[1] = lines[1]!.replace('{"seq"', '{"seq" oops');
    const damaged = lines.join('\n');
    await writeFile(queueFile(), damaged);

    const outbox = new Outbox(dir);
    expect((await outbox.pending()).map((line) => line.statement.id)).toEqual([
      first!.id,
      third!.id,
    ]);
    const damage = await outbox.damage();
    expect(damage).toEqual({ unreadable: 1, keptAs: expect.stringMatching(/\.jsonl$/) });
    expect(await keptCopies()).toEqual([damage!.keptAs]);
    // Opened again before the queue drains (the next start, say): still the one copy.
    expect(await new Outbox(dir).damage()).toEqual(damage);
    expect(await keptCopies()).toEqual([damage!.keptAs]);
    // Sending everything rewrites the queue; the copy still holds the line as it was found.
    await outbox.acknowledge(3);
    expect(await readFile(queueFile(), 'utf8')).toBe('');
    expect(await readFile(join(dir, damage!.keptAs), 'utf8')).toBe(damaged);
  });

  it('a line cut short by a kill mid-append is no damage: it was never queued, and the next append cuts it off', async () => {
    await new Outbox(dir).enqueue([first!]);
    const torn = JSON.stringify({ seq: 2, statement: second }).slice(0, 40);
    await appendFile(queueFile(), torn);

    const outbox = new Outbox(dir);
    expect(await outbox.damage()).toBeNull();
    await outbox.enqueue([third!]);
    const text = await readFile(queueFile(), 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    const ids = text
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { statement: { id: string } }).statement.id);
    expect(ids).toEqual([first!.id, third!.id]);
    // Opened afresh, as at the next start: both whole statements, in order, and still no damage.
    const reopened = new Outbox(dir);
    expect((await reopened.pending()).map((line) => line.statement.id)).toEqual([
      first!.id,
      third!.id,
    ]);
    expect(await reopened.damage()).toBeNull();
    expect(await keptCopies()).toEqual([]);
  });
});
