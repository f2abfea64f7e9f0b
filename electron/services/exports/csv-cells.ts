/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a cell that starts with one of these
 * characters may be run as a formula when the lead opens the export in Excel or LibreOffice,
 * and learner names are typed by learners. Tab, CR and LF are included because some
 * spreadsheets skip them and then see the formula behind. The full-width (＝ ＋ － ＠) and small
 * (﹦ ﹢ ﹣ ﹫) forms are included too: spreadsheets with East Asian input settings, and some
 * import paths, fold them to their ASCII twins before deciding what a cell is.
 */
const FORMULA_TRIGGERS = new Set([
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  '\uFF1D', // ＝ FULLWIDTH EQUALS SIGN
  '\uFF0B', // ＋ FULLWIDTH PLUS SIGN
  '\uFF0D', // － FULLWIDTH HYPHEN-MINUS
  '\uFF20', // ＠ FULLWIDTH COMMERCIAL AT
  '\uFE66', // ﹦ SMALL EQUALS SIGN
  '\uFE62', // ﹢ SMALL PLUS SIGN
  '\uFE63', // ﹣ SMALL HYPHEN-MINUS
  '\uFE6B', // ﹫ SMALL COMMERCIAL AT
]);

export function isFormulaLike(value: string): boolean {
  return FORMULA_TRIGGERS.has(value.charAt(0));
}

/** Quotes, then a formula character: how a neutralised cell starts (see `neutraliseCell`). */
function startsAsNeutralised(text: string): boolean {
  let at = 0;
  while (text.charAt(at) === "'") at += 1;
  return at > 0 && isFormulaLike(text.slice(at));
}

/**
 * Prefixes a single quote to a formula-like cell so spreadsheets show it as text. The writer
 * also quotes such cells (see `csvCell`). A value that already starts like a neutralised cell
 * (a name typed as `'=1+1`) gets one too, so every cell reads back to exactly one value: drop
 * one leading quote from a cell that `wasNeutralised`. Everything else is returned unchanged.
 */
export function neutraliseCell(value: string): string {
  return isFormulaLike(value) || startsAsNeutralised(value) ? `'${value}` : value;
}

/** True for a cell that `neutraliseCell` changed; those are always written inside quotes. */
export function wasNeutralised(cell: string): boolean {
  return startsAsNeutralised(cell);
}

/** Papa Parse's rule for when a cell must be quoted: a quote, comma, line break or BOM in it, or a space at either end (kept that way by spreadsheets only when quoted). */
const NEEDS_QUOTES = /[",\r\n\uFEFF]|^ | $/;

/**
 * One cell as RFC 4180 text: neutralised (see `neutraliseCell`), then in quotes, with quotes
 * doubled, when it needs them or was neutralised.
 */
export function csvCell(value: string): string {
  const cell = neutraliseCell(value);
  return cell !== value || NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
