import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import type { TFunction } from 'i18next';
import { formatCalendarDate, formatInstant } from '../../../common/calendar/format-date';
import { loadCertificateFonts } from '../certificates/certificate-fonts';
import { translatorFor } from '../i18n/main-translator';
import { checkpointText } from '../ledger/ledger-checkpoint';
import { A4, INK, MARGIN, Pen, type Fonts } from './pdf-pen';
import type { EvidenceSummary, RoleCounts, SummaryStatus } from './evidence-summary';

/**
 * The summary report: ONE A4 page, black ink on white only (bars are solid black, rules are
 * black lines, nothing relies on colour), so it photocopies and reads in black and white. It is
 * the first file of an evidence pack and, alone, the trustee's report. Every word comes from
 * evidence.json (and lead.json for roles and statuses) in the chosen language.
 */
const STATUS_COLUMNS: readonly SummaryStatus[] = [
  'current',
  'due-soon',
  'overdue',
  'never',
  're-sign',
];

function countsRow(label: string, counts: RoleCounts): string[] {
  return [label, ...STATUS_COLUMNS.map((s) => String(counts[s])), String(counts.total)];
}

function statusLabel(t: TFunction, status: SummaryStatus): string {
  return status === 're-sign' ? t('evidence:report.resign') : t(`lead:statuses.${status}`);
}

function drawChart(pen: Pen, summary: EvidenceSummary, t: TFunction) {
  const months = summary.months;
  const height = 90;
  const width = A4[0] - 2 * MARGIN;
  const top = pen.y - 14;
  const base = top - height;
  const max = Math.max(1, ...months.map((m) => m.count));
  const slot = width / Math.max(1, months.length);
  const size = 7;
  pen.page.drawLine({
    start: { x: MARGIN, y: base },
    end: { x: MARGIN + width, y: base },
    thickness: 0.8,
    color: INK,
  });
  months.forEach((m, i) => {
    const barHeight = (m.count / max) * (height - 12);
    const x = MARGIN + i * slot + slot * 0.2;
    if (barHeight > 0) {
      pen.page.drawRectangle({ x, y: base, width: slot * 0.6, height: barHeight, color: INK });
    }
    const value = String(m.count);
    const vx = x + (slot * 0.6 - pen.fonts.regular.widthOfTextAtSize(value, size)) / 2;
    pen.page.drawText(value, {
      x: vx,
      y: base + barHeight + 2,
      size,
      font: pen.fonts.regular,
      color: INK,
    });
    const label = formatCalendarDate(t, `${m.month}-01`, 'month-year-short');
    const lx = MARGIN + i * slot + (slot - pen.fonts.regular.widthOfTextAtSize(label, size)) / 2;
    pen.page.drawText(label, { x: lx, y: base - 10, size, font: pen.fonts.regular, color: INK });
  });
  pen.y = base - 14;
}

/** The month table under the chart: the same figures, 12 months to a row. */
function monthTableRows(summary: EvidenceSummary, t: TFunction): string[][][] {
  const tables: string[][][] = [];
  for (let start = 0; start < summary.months.length; start += 12) {
    const slice = summary.months.slice(start, start + 12);
    tables.push([
      [
        t('evidence:report.month'),
        ...slice.map((m) => formatCalendarDate(t, `${m.month}-01`, 'month-year-short')),
      ],
      [t('evidence:report.completions'), ...slice.map((m) => String(m.count))],
    ]);
  }
  return tables;
}

export async function summaryReportPdf(
  summary: EvidenceSummary,
  options: { fontsDir: string; timeZone: string },
): Promise<Uint8Array> {
  const t = translatorFor(summary.locale);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const bytes = await loadCertificateFonts(options.fontsDir);
  const fonts: Fonts = {
    regular: await doc.embedFont(bytes.regular, { subset: true }),
    bold: await doc.embedFont(bytes.bold, { subset: true }),
  };
  const pen = new Pen(doc.addPage(A4), fonts);
  const day = (date: string) => formatCalendarDate(t, date, 'long');
  const { scope } = summary;

  pen.text(t('evidence:report.title'), { size: 16, bold: true, gap: 2 });
  pen.text(summary.organisation, { size: 11, bold: true, gap: 2 });
  pen.text(t('evidence:report.period', { from: day(scope.from), to: day(scope.to) }));
  pen.text(
    t('evidence:report.made', {
      date: formatInstant(t, summary.createdAt, 'long', options.timeZone),
    }),
  );
  pen.text(
    t('evidence:report.roles', { roles: scope.roles.map((r) => t(`lead:roles.${r}`)).join(', ') }),
  );

  pen.heading(t('evidence:report.statusHeading', { date: day(scope.to) }));
  pen.table(
    [
      [
        t('evidence:report.role'),
        ...STATUS_COLUMNS.map((s) => statusLabel(t, s)),
        t('evidence:report.total'),
      ],
      ...summary.byRole.map(({ role, counts }) => countsRow(t(`lead:roles.${role}`), counts)),
      countsRow(t('evidence:report.allRoles'), summary.totals),
    ],
    110,
    new Set([0, summary.byRole.length + 1]),
  );
  pen.text(t('evidence:report.resignNote'), { size: 7 });

  pen.heading(t('evidence:report.monthsHeading', { total: summary.completions }));
  if (summary.monthsCut)
    pen.text(t('evidence:report.monthsCut', { months: summary.months.length }), { size: 7 });
  drawChart(pen, summary, t);
  for (const rows of monthTableRows(summary, t)) pen.table(rows, 70, new Set([0]));

  pen.heading(t('evidence:report.hardestHeading'));
  if (summary.hardest.length === 0) pen.text(t('evidence:report.noAnswers'));
  summary.hardest.forEach((q, i) => {
    const title = q.prompt ?? `${q.moduleId} / ${q.stepId}`;
    const rate = Math.round(q.firstTryBestRate * 100);
    pen.text(
      `${i + 1}. ${t('evidence:report.hardestLine', { question: title, module: q.moduleTitle ?? q.moduleId, rate, tries: q.firstTries })}`,
      { size: 8 },
    );
  });

  pen.heading(t('evidence:report.aupHeading'));
  if (summary.aup.length === 0) pen.text(t('evidence:report.noAup'));
  for (const aup of summary.aup) {
    pen.text(
      t('evidence:report.aupLine', {
        title: aup.title,
        version: aup.version,
        language: t(`common:language.names.${aup.locale}`),
        clauses: aup.clauses,
        signed: aup.signed,
      }),
      { size: 8 },
    );
    pen.text(
      aup.revisedClauses.length > 0
        ? t('evidence:report.aupChanged', { clauses: aup.revisedClauses.join(', ') })
        : t('evidence:report.aupUnchanged'),
      { size: 8, x: MARGIN + 12 },
    );
  }

  pen.heading(t('evidence:report.ledgerHeading'));
  pen.text(
    t('evidence:report.checkpoint', {
      entries: summary.checkpoint.entries,
      hash: checkpointText(summary.checkpoint),
    }),
    { size: 8 },
  );
  pen.text(
    summary.ledgerProblems === 0
      ? t('evidence:report.ledgerSound')
      : t('evidence:report.ledgerProblems', { count: summary.ledgerProblems }),
    { size: 8 },
  );

  doc.setTitle(`${t('evidence:report.title')}: ${summary.organisation}`);
  doc.setAuthor(summary.organisation);
  doc.setLanguage(summary.locale);
  // A fixed date keeps the same summary byte-for-byte the same (the date is on the page).
  doc.setCreationDate(new Date(summary.createdAt));
  doc.setModificationDate(new Date(summary.createdAt));
  return doc.save();
}
