import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ORGANISATION_TEXT, PERSON_NAME } from '../../common/text/text-policy';
import { certificateLabelsFor } from '../../electron/services/certificates/certificate-locale-labels';
import { certificatePdf } from '../../electron/services/certificates/certificate-pdf';
import { PAGE_SIZE } from '../../electron/services/certificates/certificate-layout';
import { sampleRecord } from './fixtures/sample-record';
import { withTempDir } from './fixtures/temp-dir';

const run = promisify(execFile);
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await withTempDir()));
afterEach(() => cleanup());

interface Word {
  text: string;
  xMin: number;
  xMax: number;
  height: number;
}

/** Every word poppler reads on the page, with where it sits (points from the left edge). */
async function wordsOf(pdf: Uint8Array): Promise<Word[]> {
  const file = join(dir, 'certificate.pdf');
  await writeFile(file, pdf);
  const { stdout } = await run('pdftotext', ['-bbox', file, '-']);
  const words: Word[] = [];
  const pattern =
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)<\/word>/g;
  for (const [, xMin, yMin, xMax, yMax, text] of stdout.matchAll(pattern)) {
    words.push({
      text: (text ?? '').normalize('NFC'),
      xMin: Number(xMin),
      xMax: Number(xMax),
      height: Number(yMax) - Number(yMin),
    });
  }
  return words;
}

/** The words that spell `text` (spaces aside), in order: where it was printed. */
function wordsSpelling(words: Word[], text: string): Word[] {
  const target = text.replace(/\s+/g, '');
  for (let start = 0; start < words.length; start += 1) {
    let spelt = '';
    for (let end = start; end < words.length && target.startsWith(spelt); end += 1) {
      spelt += words[end]!.text;
      if (spelt === target) return words.slice(start, end + 1);
    }
  }
  throw new Error(`"${text}" is not on the page whole`);
}

// Inside the inner border (certificate-layout.ts draws it 30 points in from each edge).
const INSIDE = { left: 30, right: PAGE_SIZE[0] - 30 };
const wide = (length: number, letter = 'W') => letter.repeat(length);
const wideWords = (length: number, letter = 'W') =>
  `${letter.repeat(9)} `
    .repeat(length / 10)
    .trim()
    .padEnd(length, letter);

describe('the longest name and organisation the forms accept', () => {
  it.each([
    ['one long word', wide(PERSON_NAME.maxLength, 'Ŵ'), wide(ORGANISATION_TEXT.maxLength)],
    ['many words', wideWords(PERSON_NAME.maxLength, 'Ŵ'), wideWords(ORGANISATION_TEXT.maxLength)],
  ])(
    'are printed whole, inside the border, the name still readable (%s)',
    async (_, fullName, organisationName) => {
      expect([...fullName]).toHaveLength(PERSON_NAME.maxLength);
      expect([...organisationName]).toHaveLength(ORGANISATION_TEXT.maxLength);
      const record = sampleRecord({
        learner: { fullName, role: 'staff', identifier: 'x@example.org' },
        organisationName,
      });
      const { pdf } = await certificatePdf(record, {
        labels: certificateLabelsFor('en-GB'),
        locale: 'en-GB',
        timeZone: 'Europe/London',
      });
      const words = await wordsOf(pdf);
      const name = wordsSpelling(words, fullName);
      const organisation = wordsSpelling(words, organisationName);
      for (const word of [...name, ...organisation]) {
        expect(word.xMin).toBeGreaterThanOrEqual(INSIDE.left);
        expect(word.xMax).toBeLessThanOrEqual(INSIDE.right);
      }
      // A name at 6 points is a smudge on a printed certificate; two lines keep it legible.
      for (const word of name) expect(word.height).toBeGreaterThanOrEqual(12);
    },
  );
});
