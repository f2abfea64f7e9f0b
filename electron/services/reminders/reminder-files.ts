import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { formatCalendarDate } from '../../../common/calendar/format-date';
import type { Locale } from '../../../common/content/content-schema';
import { loadCertificateFonts } from '../certificates/certificate-fonts';
import { A4, Pen, type Fonts } from '../evidence/pdf-pen';
import { csvCell } from '../exports/csv-cells';
import { translatorFor } from '../i18n/main-translator';
import { whenText } from '../../../common/lead/reminder-when';
import type { ReminderList, ReminderRow } from './reminder-list';

/** The reminder list's columns, in the lead's language, for the CSV and the printable PDF. */
function table(list: ReminderList, locale: Locale): { header: string[]; rows: string[][] } {
  const t = translatorFor(locale);
  const cells = (row: ReminderRow) => [
    row.fullName,
    row.identifier,
    t(`lead:roles.${row.role}`),
    formatCalendarDate(t, row.dueOn, 'long'),
    whenText(t, row),
    t(`common:language.names.${row.locale}`),
  ];
  return {
    header: ['name', 'identifier', 'role', 'dueOn', 'when', 'language'].map((key) =>
      t(`evidence:reminders.columns.${key}`),
    ),
    rows: list.byRole.flatMap((group) => group.rows.map(cells)),
  };
}

/** Excel-ready like the records export: BOM, CRLF, every cell formula-safe (`csvCell`). */
export function reminderCsv(list: ReminderList, locale: Locale): string {
  const { header, rows } = table(list, locale);
  const line = (cells: string[]) => cells.map((c) => csvCell(c)).join(',');
  return `\uFEFF${[header, ...rows].map(line).join('\r\n')}\r\n`;
}

/** A printable list, black on white, grouped by role, as many pages as it needs. */
export async function reminderPdf(
  list: ReminderList,
  locale: Locale,
  options: { fontsDir: string; organisation: string },
): Promise<Uint8Array> {
  const t = translatorFor(locale);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const bytes = await loadCertificateFonts(options.fontsDir);
  const fonts: Fonts = {
    regular: await doc.embedFont(bytes.regular, { subset: true }),
    bold: await doc.embedFont(bytes.bold, { subset: true }),
  };
  const pen = new Pen(doc.addPage(A4), fonts, doc);
  pen.text(t('evidence:reminders.pdfTitle'), { size: 16, bold: true, gap: 2 });
  pen.text(options.organisation, { size: 11, bold: true, gap: 2 });
  pen.text(
    t('evidence:reminders.intro', {
      days: list.windowDays,
      date: formatCalendarDate(t, list.today, 'long'),
    }),
  );
  const { header, rows } = table(list, locale);
  if (rows.length === 0) pen.text(t('evidence:reminders.none', { days: list.windowDays }));
  let at = 0;
  for (const group of list.byRole) {
    pen.heading(t(`lead:roles.${group.role}`));
    const groupRows = rows.slice(at, at + group.rows.length);
    at += group.rows.length;
    pen.table([header, ...groupRows], 110);
  }
  doc.setTitle(t('evidence:reminders.pdfTitle'));
  doc.setLanguage(locale);
  return doc.save();
}
