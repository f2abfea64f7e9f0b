import { AlertTriangle, CheckCircle2, Clock, ShieldX, UserX } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { PersonStatus } from '../../../common/status/person-status';
import type { RecordDamage } from '../../../electron/services/ledger/ledger-problem';

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

/**
 * Shown instead of the status on a record that fails its integrity check: the words say why, so
 * the flag reads the same to a screen reader as it looks.
 */
export function DamageBadge({ damage }: { damage: RecordDamage }) {
  const { t } = useTranslation('lead');
  return (
    <span className="lead-badge lead-badge--damaged">
      <ShieldX aria-hidden="true" size={16} />
      {t(`records.damage.${damage}`)}
    </span>
  );
}
