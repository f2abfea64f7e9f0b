import {
  Ban,
  Bluetooth,
  Camera,
  Gamepad2,
  LockKeyhole,
  Mail,
  ShieldCheck,
  Siren,
  UserRoundCog,
  Video,
  type LucideIcon,
} from 'lucide-react';
import type { MODULE_ICONS } from '../../common/content/content-schema';

const ICONS: Record<(typeof MODULE_ICONS)[number], LucideIcon> = {
  'shield-check': ShieldCheck,
  'user-round-cog': UserRoundCog,
  'lock-keyhole': LockKeyhole,
  bluetooth: Bluetooth,
  camera: Camera,
  mail: Mail,
  'gamepad-2': Gamepad2,
  video: Video,
  siren: Siren,
  ban: Ban,
};

/** A module's topic icon; decorative, because the module title always sits beside it. */
export function TopicIcon({
  name,
  size = 28,
}: {
  name: (typeof MODULE_ICONS)[number];
  size?: number;
}) {
  const Icon = ICONS[name];
  return <Icon aria-hidden="true" focusable="false" size={size} />;
}
