/** Commands the app menu sends to the renderer (main → renderer, one channel). */
export const MENU_COMMAND_CHANNEL = 'esafety:menu-command';
export const MENU_COMMANDS = ['open-lead-area', 'open-exports', 'open-about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
