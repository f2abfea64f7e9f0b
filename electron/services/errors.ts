/**
 * A failure a user can be told about. The IPC router passes `code` and `i18nKey` to the renderer,
 * which shows the translated message; `details` carries values for interpolation (never a stack).
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
