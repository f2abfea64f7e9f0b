import type { Locale } from '../../../common/i18n/locales';
import { translatorFor } from '../i18n/main-translator';

export type DialogKind = 'save' | 'open' | 'folder';

/** The title and confirm button of one native file dialog. */
export interface DialogWords {
  title: string;
  buttonLabel: string;
}

/**
 * The words of the desktop's own file dialogs in the app's language, from common.json through
 * main's translator: left to the system, they would be in the system's language (an English
 * "Save As" for a learner using the app in Welsh).
 */
export function dialogWords(kind: DialogKind, locale: Locale): DialogWords {
  const t = translatorFor(locale);
  return {
    title: t(`common:fileDialogs.${kind}Title`),
    buttonLabel: t(`common:fileDialogs.${kind}Button`),
  };
}
