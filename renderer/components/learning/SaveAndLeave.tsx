import { LogOut } from 'lucide-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLeave } from '../../app/use-leave';
import '../../styles/learning.css';

/**
 * On every learner screen: everything is already saved after each step, so this closes the
 * session and returns to the welcome screen, leaving nothing of the learner's on a shared screen.
 */
export function SaveAndLeave({
  hint = 'leave.hint',
}: {
  hint?: 'leave.hint' | 'leave.hintSigning';
}) {
  const { t } = useTranslation('learner');
  const leave = useLeave();
  const leaving = useRef(false);
  return (
    <div className="save-and-leave">
      <p className="save-and-leave__hint" id="save-and-leave-hint">
        {t(hint)}
      </p>
      <button
        type="button"
        className="button button--secondary"
        aria-describedby="save-and-leave-hint"
        onClick={() => {
          if (leaving.current) return;
          leaving.current = true;
          void leave('saved');
        }}
      >
        <LogOut aria-hidden="true" size={20} />
        {t('leave.button')}
      </button>
    </div>
  );
}
