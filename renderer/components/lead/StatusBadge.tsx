import { AlertTriangle, CheckCircle2, Clock, UserX } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { PersonStatus } from '../../../common/status/person-status';

export const STATUS_ICONS = {
  current: CheckCircle2,
  'due-soon': Clock,
  overdue: AlertTriangle,
  never: UserX,
} as const;

/** A status as words plus an icon on a tinted pill: colour is never the only cue. */
export function StatusBadge({ status }: { status: PersonStatus }) {
  const { t } = useTranslation('lead');
  const Icon = STATUS_ICONS[status];
  return (
    <span className={`lead-badge lead-badge--${status}`}>
      <Icon aria-hidden="true" size={16} />
      {t(`statuses.${status}`)}
    </span>
  );
}
