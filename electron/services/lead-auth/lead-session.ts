/**
 * Whether the lead area is open right now. It locks itself after `timeoutMinutes` without
 * activity, so a lead who walks away from a shared machine does not leave records exposed.
 * Time is always passed in, so the rule can be checked without waiting.
 */
export class LeadSession {
  private lastActivity: Date | null = null;

  constructor(private timeoutMinutes: number) {}

  /** Call after a successful `LeadAuth.unlock`. */
  open(now: Date): void {
    this.lastActivity = now;
  }

  /**
   * The check the IPC router makes before every lead operation: true while the session is open,
   * and then the call counts as activity. A lapsed session stays closed, so a late click cannot
   * revive it.
   */
  admit(now: Date): boolean {
    if (!this.isUnlocked(now)) return false;
    this.lastActivity = now;
    return true;
  }

  isUnlocked(now: Date): boolean {
    if (this.lastActivity === null) return false;
    const idleMs = now.getTime() - this.lastActivity.getTime();
    if (idleMs >= this.timeoutMinutes * 60_000) {
      this.lastActivity = null;
      return false;
    }
    return true;
  }

  lock(): void {
    this.lastActivity = null;
  }

  /** The lead can change the timeout in settings; it applies to the current session too. */
  setTimeoutMinutes(minutes: number): void {
    this.timeoutMinutes = minutes;
  }
}
