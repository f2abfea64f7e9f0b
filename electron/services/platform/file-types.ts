import cyCommon from '../../../common/locales/cy/common.json' with { type: 'json' };
import enCommon from '../../../common/locales/en-GB/common.json' with { type: 'json' };
import type { Locale } from '../../../common/content/content-schema';
import type { FileFilter } from './native-dialogs';

export type FileKind = 'csv' | 'pdf' | 'json' | 'backup';

const EXTENSIONS: Record<FileKind, string[]> = {
  csv: ['csv'],
  pdf: ['pdf'],
  json: ['json'],
  backup: ['json'],
};

// The save and open dialogs show these names, so they come from the same translation files.
const NAMES: Record<Locale, Record<FileKind, string>> = {
  'en-GB': enCommon.fileTypes,
  cy: cyCommon.fileTypes,
};

/** The file-type filter a native save or open dialog offers, named in the user's language. */
export function fileFilter(kind: FileKind, locale: Locale): FileFilter {
  return { name: NAMES[locale][kind], extensions: EXTENSIONS[kind] };
}
