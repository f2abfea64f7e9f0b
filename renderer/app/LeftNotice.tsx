import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEARNER_IDLE_TIMEOUT_MS } from '../../common/learning/learner-idle';
import type { LeaveReason } from './navigation';

/**
 * Tells whoever is at the welcome screen why a learner's screen closed and how to carry on. The
 * status region is rendered empty first and filled just after, so screen readers announce it
 * even though focus goes to the welcome heading.
 */
export function LeftNotice({ reason }: { reason: LeaveReason }) {
  const { t } = useTranslation('learner');
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), 50);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className={shown ? 'notice notice--info' : undefined} role="status">
      {shown && t(`left.${reason}`, { count: LEARNER_IDLE_TIMEOUT_MS / 60_000 })}
    </div>
  );
}
