/**
 * A failure a user can be told about. The IPC router passes `code` and `i18nKey` to the renderer,
 * which shows the translated message; `details` carries values for interpolation (never a stack).
 * It lives in common/ because shared rules (the calendar) refuse bad input too, in main and in
 * the renderer alike.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly i18nKey: string,
    readonly details: Record<string, string | number> = {},
  ) {
    super(`${code}: ${i18nKey}`);
    this.name = 'DomainError';
  }
}
