import { useTranslation } from 'react-i18next';
import type { PackTailoring } from '../../../common/content/content-schema';

/**
 * The organisation's own note on a module (where equipment is kept, who keeps the incident
 * log), placeholders already filled by main. A note not yet translated shows in the language it
 * was written in, saying so.
 */
export function OrgNote({ note }: { note: PackTailoring['notes'][string] }) {
  const { t, i18n } = useTranslation(['learner', 'common']);
  if (!note) return null;
  const otherLanguage = note.language !== i18n.language;
  return (
    <aside className="notice notice--info" aria-labelledby="org-note-heading">
      <h2 id="org-note-heading">{t('orgNote.heading')}</h2>
      <p lang={note.language}>{note.text}</p>
      {otherLanguage && (
        <p>
          {t('orgNote.otherLanguage', { language: t(`common:language.afterIn.${note.language}`) })}
        </p>
      )}
    </aside>
  );
}
