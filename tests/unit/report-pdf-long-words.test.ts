import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ORGANISATION_TEXT } from '../../common/text/text-policy';
import { defaultFontsDir } from '../../electron/services/certificates/certificate-fonts';
import { A4, MARGIN } from '../../electron/services/evidence/pdf-pen';
import type { ReminderList } from '../../electron/services/reminders/reminder-list';
import { reminderPdf } from '../../electron/services/reminders/reminder-files';
import { withTempDir } from './fixtures/temp-dir';

const run = promisify(execFile);
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await withTempDir()));
afterEach(() => cleanup());

/** Each word poppler reads on the pages, with its left and right edges in points. */
async function wordsOf(pdf: Uint8Array): Promise<{ text: string; xMin: number; xMax: number }[]> {
  const file = join(dir, 'report.pdf');
  await writeFile(file, pdf);
  const { stdout } = await run('pdftotext', ['-bbox', file, '-']);
  const pattern =
    /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*?)<\/word>/g;
  return [...stdout.matchAll(pattern)].map(([, xMin, xMax, text]) => ({
    text: (text ?? '').normalize('NFC'),
    xMin: Number(xMin),
    xMax: Number(xMax),
  }));
}

const NOBODY: ReminderList = { windowDays: 30, today: '2027-06-01', total: 0, byRole: [] };

describe('a report headed by an organisation name with a word longer than the page is wide', () => {
  it.each([
    ['one word as long as the form allows', 'W'.repeat(ORGANISATION_TEXT.maxLength)],
    ['a long word before ordinary ones', `${'W'.repeat(150)} Youth Club Ltd`],
  ])('prints it whole, broken over lines inside the margins (%s)', async (_, organisation) => {
    const pdf = await reminderPdf(NOBODY, 'en-GB', { fontsDir: defaultFontsDir(), organisation });
    const words = await wordsOf(pdf);
    for (const word of words) {
      expect(word.xMin).toBeGreaterThanOrEqual(MARGIN - 1);
      expect(word.xMax).toBeLessThanOrEqual(A4[0] - MARGIN + 1);
    }
    expect(words.map((word) => word.text).join('')).toContain(organisation.replace(/ /g, ''));
  });
});

describe('a name too long for its column in the reminder list', () => {
  it('is shortened by whole characters: an emoji is never cut in half', async () => {
    const name = `Sam${'😀'.repeat(40)}`;
    const row = {
      fullName: name,
      identifier: 'sam@example.org',
      role: 'volunteer',
      locale: 'en-GB',
      dueOn: '2027-06-01',
      daysLeft: 0,
      reason: 'due',
    } as const;
    const list: ReminderList = {
      ...NOBODY,
      total: 1,
      byRole: [{ role: 'volunteer', rows: [row] }],
    };
    const pdf = await reminderPdf(list, 'en-GB', {
      fontsDir: defaultFontsDir(),
      organisation: 'Riverside Youth Club',
    });
    const shortened = (await wordsOf(pdf)).map((word) => word.text).find((t) => t.endsWith('…'));
    expect(shortened).toMatch(/^Sam😀+…$/u);
  });
});
