import type { Locale } from '../../../common/i18n/locales';
import { translatorFor } from '../i18n/main-translator';
import type { FileFilter } from './native-dialogs';

export type FileKind = 'csv' | 'pdf' | 'json' | 'backup' | 'contentPack' | 'zip';

const EXTENSIONS: Record<FileKind, string[]> = {
  csv: ['csv'],
  pdf: ['pdf'],
  json: ['json'],
  backup: ['json'],
  contentPack: ['json'],
  zip: ['zip'],
};

/**
 * The file-type filter a native save or open dialog offers, named in the user's language from
 * common.json through main's translator (the dialogs are part of the UI).
 */
export function fileFilter(kind: FileKind, locale: Locale): FileFilter {
  return { name: translatorFor(locale)(`common:fileTypes.${kind}`), extensions: EXTENSIONS[kind] };
}
